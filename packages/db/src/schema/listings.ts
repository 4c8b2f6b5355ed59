import { sql } from 'drizzle-orm';
import { bigint, check, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { listingStatuses } from '@bazaarche/domain';
import { networks } from './networks.ts';
import { oneOf } from './one-of.ts';
import { producers } from './producers.ts';
import { categories } from './taxonomy.ts';

export const listings = pgTable(
  'listings',
  {
    id: uuid().primaryKey().defaultRandom(),
    producerId: uuid()
      .notNull()
      .references(() => producers.id, { onDelete: 'cascade' }),
    /** Sold by this network, when set: its orders go to the network, whose leader gives each to a member. */
    networkId: uuid().references(() => networks.id, { onDelete: 'restrict' }),
    categoryId: integer()
      .notNull()
      .references(() => categories.id),
    status: text({ enum: listingStatuses }).notNull().default('draft'),
    titleFa: text().notNull(),
    titleEn: text(),
    descriptionFa: text().notNull(),
    descriptionEn: text(),
    priceMinor: bigint({ mode: 'number' }).notNull(),
    currency: text().notNull(),
    /** Null when made to order or when the variants hold the stock. */
    stock: integer(),
    /** Set when made to order: working days from order to dispatch. */
    processingDays: integer(),
    minOrderQty: integer().notNull().default(1),
    rejectionReason: text(),
    publishedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('listings_producer_idx').on(t.producerId, t.status),
    index('listings_category_idx').on(t.categoryId),
    index('listings_network_idx')
      .on(t.networkId, t.status)
      .where(sql`${t.networkId} is not null`),
    check('listings_status_check', oneOf(t.status, listingStatuses)),
    check('listings_price_check', sql`${t.priceMinor} > 0`),
    check('listings_stock_check', sql`${t.stock} is null or ${t.stock} >= 0`),
    check('listings_processing_days_check', sql`${t.processingDays} is null or ${t.processingDays} between 1 and 365`),
    check('listings_stock_or_made_to_order_check', sql`${t.stock} is null or ${t.processingDays} is null`),
    check('listings_min_order_qty_check', sql`${t.minOrderQty} >= 1`),
    check('listings_currency_check', sql`${t.currency} ~ '^[A-Z]{3}$'`),
  ],
);

export const listingVariants = pgTable(
  'listing_variants',
  {
    id: uuid().primaryKey().defaultRandom(),
    listingId: uuid()
      .notNull()
      .references(() => listings.id, { onDelete: 'cascade' }),
    sku: text().notNull(),
    attributes: jsonb().$type<Record<string, string>>().notNull(),
    /** Null: the listing's price. */
    priceMinor: bigint({ mode: 'number' }),
    stock: integer(),
    position: integer().notNull(),
  },
  (t) => [
    uniqueIndex('listing_variants_sku_key').on(t.listingId, t.sku),
    check('listing_variants_price_check', sql`${t.priceMinor} is null or ${t.priceMinor} > 0`),
    check('listing_variants_stock_check', sql`${t.stock} is null or ${t.stock} >= 0`),
  ],
);

export interface StoredImageVariant {
  format: 'webp' | 'avif';
  width: number;
  height: number;
  key: string;
}

export const listingImages = pgTable(
  'listing_images',
  {
    id: uuid().primaryKey().defaultRandom(),
    listingId: uuid()
      .notNull()
      .references(() => listings.id, { onDelete: 'cascade' }),
    position: integer().notNull(),
    width: integer().notNull(),
    height: integer().notNull(),
    placeholder: text().notNull(),
    altFa: text(),
    altEn: text(),
    variants: jsonb().$type<StoredImageVariant[]>().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('listing_images_listing_idx').on(t.listingId, t.position)],
);

export type Listing = typeof listings.$inferSelect;
export type ListingVariant = typeof listingVariants.$inferSelect;
export type ListingImage = typeof listingImages.$inferSelect;
