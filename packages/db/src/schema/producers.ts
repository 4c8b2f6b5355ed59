import { sql } from 'drizzle-orm';
import { bigint, boolean, check, index, integer, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { producerStatuses } from '@bazaarche/domain';
import { oneOf } from './one-of.ts';
import { categories, provinces } from './taxonomy.ts';
import { users } from './users.ts';

/** A home producer's shop (غرفه). Its owner is the user who opened it: that is the membership. */
export const producers = pgTable(
  'producers',
  {
    id: uuid().primaryKey().defaultRandom(),
    ownerUserId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    /** Derived from the first shop name and never changed, so shared links keep working. */
    slug: text().notNull(),
    shopName: text().notNull(),
    provinceCode: text()
      .notNull()
      .references(() => provinces.code),
    city: text().notNull(),
    licenseNo: text(),
    bio: text(),
    status: text({ enum: producerStatuses }).notNull().default('pending'),
    rejectionReason: text(),
    /** Flat shipping fee per order from this shop, in the marketplace currency's minor units. */
    shippingFeeMinor: bigint({ mode: 'number' }).notNull().default(0),
    /** Orders from this shop at or above this subtotal ship free; null: never free. */
    freeShippingAboveMinor: bigint({ mode: 'number' }),
    /** Whether buyers may pay this shop in cash at the door (`paymentMethod: "cod"`). */
    acceptsCod: boolean().notNull().default(false),
    /** Where payouts go: a Sheba (IBAN), validated before it is stored. */
    payoutSheba: text(),
    /** A Stripe Connect account (`acct_…`) for payouts by transfer, when card payments are on. */
    stripeAccountId: text(),
    approvedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('producers_owner_key').on(t.ownerUserId),
    uniqueIndex('producers_slug_key').on(t.slug),
    index('producers_status_idx').on(t.status),
    check('producers_status_check', oneOf(t.status, producerStatuses)),
    check('producers_shipping_check', sql`${t.shippingFeeMinor} >= 0 and (${t.freeShippingAboveMinor} is null or ${t.freeShippingAboveMinor} >= 0)`),
  ],
);

export const producerTrades = pgTable(
  'producer_trades',
  {
    producerId: uuid()
      .notNull()
      .references(() => producers.id, { onDelete: 'cascade' }),
    categoryId: integer()
      .notNull()
      .references(() => categories.id),
  },
  (t) => [primaryKey({ columns: [t.producerId, t.categoryId] })],
);

export type Producer = typeof producers.$inferSelect;
