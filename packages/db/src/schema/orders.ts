import { sql } from 'drizzle-orm';
import { bigint, check, index, integer, jsonb, pgTable, text, timestamp, unique, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { fulfilmentStatuses, orderStatuses, paymentMethods, paymentStatuses } from '@bazaarche/domain';
import { listings, listingVariants } from './listings.ts';
import { networks } from './networks.ts';
import { oneOf } from './one-of.ts';
import { producers } from './producers.ts';
import { users } from './users.ts';

/** A buyer's cart, kept on the server so it follows them between devices. */
export const cartItems = pgTable(
  'cart_items',
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    listingId: uuid()
      .notNull()
      .references(() => listings.id, { onDelete: 'cascade' }),
    variantId: uuid().references(() => listingVariants.id, { onDelete: 'cascade' }),
    quantity: integer().notNull(),
    /** The unit price when the buyer last put it in the cart: a change since is shown to them. */
    seenPriceMinor: bigint({ mode: 'number' }).notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('cart_items_line_key').on(t.userId, t.listingId, t.variantId).nullsNotDistinct(),
    check('cart_items_quantity_check', sql`${t.quantity} between 1 and 10000`),
  ],
);

export interface ShippingAddressSnapshot {
  recipientName: string;
  phone: string;
  provinceCode: string;
  city: string;
  addressLine: string;
  postalCode: string;
}

export const orders = pgTable(
  'orders',
  {
    id: uuid().primaryKey().defaultRandom(),
    buyerUserId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    status: text({ enum: orderStatuses }).notNull().default('pending_payment'),
    currency: text().notNull(),
    subtotalMinor: bigint({ mode: 'number' }).notNull(),
    shippingMinor: bigint({ mode: 'number' }).notNull(),
    totalMinor: bigint({ mode: 'number' }).notNull(),
    shippingAddress: jsonb().$type<ShippingAddressSnapshot>().notNull(),
    /** The buyer's `Idempotency-Key`, with a hash of what they asked for, so a replay with other contents is refused. */
    idempotencyKey: text(),
    requestHash: text(),
    /** An unpaid order expires then and its stock returns. */
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('orders_idempotency_key').on(t.buyerUserId, t.idempotencyKey),
    index('orders_buyer_idx').on(t.buyerUserId, t.createdAt),
    index('orders_expiry_idx')
      .on(t.expiresAt)
      .where(sql`${t.status} = 'pending_payment'`),
    check('orders_status_check', oneOf(t.status, orderStatuses)),
    check('orders_totals_check', sql`${t.subtotalMinor} >= 0 and ${t.shippingMinor} >= 0 and ${t.totalMinor} = ${t.subtotalMinor} + ${t.shippingMinor}`),
  ],
);

/**
 * The part of an order one seller sends: its own state, shipping fee and parcel. The seller is a
 * producer, or a network for network listings; a network's part is made and sent by the member its
 * leader assigns (`producerId`, null until then).
 */
export const fulfilments = pgTable(
  'fulfilments',
  {
    id: uuid().primaryKey().defaultRandom(),
    orderId: uuid()
      .notNull()
      .references(() => orders.id, { onDelete: 'cascade' }),
    producerId: uuid().references(() => producers.id, { onDelete: 'restrict' }),
    networkId: uuid().references(() => networks.id, { onDelete: 'restrict' }),
    /** When the network last gave it to a member: its routing rule prefers the member assigned longest ago. */
    assignedAt: timestamp({ withTimezone: true }),
    /** Sellers in the order the buyer first put their items in. */
    position: integer().notNull(),
    status: text({ enum: fulfilmentStatuses }).notNull().default('awaiting_payment'),
    subtotalMinor: bigint({ mode: 'number' }).notNull(),
    shippingMinor: bigint({ mode: 'number' }).notNull(),
    totalMinor: bigint({ mode: 'number' }).notNull(),
    carrier: text(),
    trackingCode: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('fulfilments_order_idx').on(t.orderId),
    index('fulfilments_producer_idx').on(t.producerId, t.status, t.createdAt),
    index('fulfilments_network_idx')
      .on(t.networkId, t.status, t.createdAt)
      .where(sql`${t.networkId} is not null`),
    check('fulfilments_seller_check', sql`${t.producerId} is not null or ${t.networkId} is not null`),
    check('fulfilments_status_check', oneOf(t.status, fulfilmentStatuses)),
    check('fulfilments_totals_check', sql`${t.totalMinor} = ${t.subtotalMinor} + ${t.shippingMinor}`),
  ],
);

/** What was bought, as it was at checkout: later edits to the listing do not change it. */
export const orderLines = pgTable(
  'order_lines',
  {
    id: uuid().primaryKey().defaultRandom(),
    orderId: uuid()
      .notNull()
      .references(() => orders.id, { onDelete: 'cascade' }),
    fulfilmentId: uuid()
      .notNull()
      .references(() => fulfilments.id, { onDelete: 'cascade' }),
    listingId: uuid()
      .notNull()
      .references(() => listings.id, { onDelete: 'restrict' }),
    variantId: uuid().references(() => listingVariants.id, { onDelete: 'set null' }),
    position: integer().notNull(),
    titleFa: text().notNull(),
    titleEn: text(),
    variantAttributes: jsonb().$type<Record<string, string>>(),
    unitPriceMinor: bigint({ mode: 'number' }).notNull(),
    quantity: integer().notNull(),
    lineTotalMinor: bigint({ mode: 'number' }).notNull(),
    /** Units taken from stock at checkout, returned on cancellation or expiry; 0 when made to order. */
    reservedUnits: integer().notNull(),
    /** Made to order: the day the seller promised to dispatch by. */
    shipBy: timestamp({ withTimezone: true }),
  },
  (t) => [
    index('order_lines_order_idx').on(t.orderId),
    index('order_lines_fulfilment_idx').on(t.fulfilmentId),
    check('order_lines_quantity_check', sql`${t.quantity} >= 1 and ${t.reservedUnits} in (0, ${t.quantity})`),
    check('order_lines_total_check', sql`${t.lineTotalMinor} = ${t.unitPriceMinor} * ${t.quantity}`),
  ],
);

/** How an order is paid, and the provider's handle on it. */
export const payments = pgTable(
  'payments',
  {
    id: uuid().primaryKey().defaultRandom(),
    orderId: uuid()
      .notNull()
      .references(() => orders.id, { onDelete: 'cascade' }),
    provider: text({ enum: paymentMethods }).notNull(),
    status: text({ enum: paymentStatuses }).notNull().default('pending'),
    amountMinor: bigint({ mode: 'number' }).notNull(),
    currency: text().notNull(),
    /** The provider's own id: a Checkout Session, then its PaymentIntent once paid. */
    providerReference: text(),
    /** Where the buyer pays (Stripe Checkout), while the payment is pending. */
    redirectUrl: text(),
    /** The bank's own reference for the transfer that finance matched to this payment, kept for the audit. */
    bankReference: text(),
    confirmedByUserId: uuid().references(() => users.id, { onDelete: 'set null' }),
    confirmedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('payments_order_idx').on(t.orderId),
    check('payments_provider_check', oneOf(t.provider, paymentMethods)),
    check('payments_status_check', oneOf(t.status, paymentStatuses)),
  ],
);

/** The order's timeline, as the buyer and the sellers see it. */
export const orderEvents = pgTable(
  'order_events',
  {
    id: bigint({ mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    orderId: uuid()
      .notNull()
      .references(() => orders.id, { onDelete: 'cascade' }),
    fulfilmentId: uuid().references(() => fulfilments.id, { onDelete: 'cascade' }),
    /** e.g. `placed`, `paid`, `shipped`, `delivered`, `cancelled`, `expired`. */
    type: text().notNull(),
    actorUserId: uuid().references(() => users.id, { onDelete: 'set null' }),
    data: jsonb().$type<Record<string, string>>(),
    at: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('order_events_order_idx').on(t.orderId, t.id)],
);

export type Order = typeof orders.$inferSelect;
export type Fulfilment = typeof fulfilments.$inferSelect;
export type OrderLine = typeof orderLines.$inferSelect;
export type Payment = typeof payments.$inferSelect;
export type CartItem = typeof cartItems.$inferSelect;
