import { allocationStatuses, bulkOrderStatuses, membershipStatuses, networkRoutings } from '@bazaarche/domain';
import { sql } from 'drizzle-orm';
import { bigint, check, date, foreignKey, index, integer, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { oneOf } from './one-of.ts';
import { producers } from './producers.ts';
import { categories, provinces } from './taxonomy.ts';
import { users } from './users.ts';

/** A supply-chain network (شبکه زنجیره تأمین): producers who take big orders together under a leader. */
export const networks = pgTable(
  'networks',
  {
    id: uuid().primaryKey().defaultRandom(),
    slug: text().notNull(),
    name: text().notNull(),
    provinceCode: text()
      .notNull()
      .references(() => provinces.code),
    /** The backer who leads it (پشتیبان): a producer's owner, or an admin who founded it. */
    leaderUserId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    /** The leader's share of each bulk order's value for coordinating it, in basis points. */
    coordinationFeeBps: integer().notNull().default(500),
    /** How its retail orders reach a member: the leader picks (`manual`), or the routing rule does at payment (`automatic`). */
    routing: text({ enum: networkRoutings }).notNull().default('manual'),
    /** The network's shipping rule for its listings, as a shop's: a flat fee per order, free at or above a subtotal. */
    shippingFeeMinor: bigint({ mode: 'number' }).notNull().default(0),
    freeShippingAboveMinor: bigint({ mode: 'number' }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('networks_slug_key').on(t.slug),
    index('networks_leader_idx').on(t.leaderUserId),
    check('networks_fee_check', sql`${t.coordinationFeeBps} between 0 and 10000`),
    check('networks_routing_check', oneOf(t.routing, networkRoutings)),
    check('networks_shipping_check', sql`${t.shippingFeeMinor} >= 0 and (${t.freeShippingAboveMinor} is null or ${t.freeShippingAboveMinor} > 0)`),
  ],
);

export const networkTrades = pgTable(
  'network_trades',
  {
    networkId: uuid()
      .notNull()
      .references(() => networks.id, { onDelete: 'cascade' }),
    categoryId: integer()
      .notNull()
      .references(() => categories.id),
  },
  (t) => [primaryKey({ columns: [t.networkId, t.categoryId] })],
);

/** A producer in a network: invited by the leader, a member once they accept. */
export const networkMembers = pgTable(
  'network_members',
  {
    networkId: uuid()
      .notNull()
      .references(() => networks.id, { onDelete: 'cascade' }),
    producerId: uuid()
      .notNull()
      .references(() => producers.id, { onDelete: 'cascade' }),
    status: text({ enum: membershipStatuses }).notNull().default('invited'),
    /** Units per week the member can make in each of the network's trades, unless declared per trade (networkMemberCapacities). */
    capacityPerWeek: integer().notNull(),
    invitedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    joinedAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.networkId, t.producerId] }),
    index('network_members_producer_idx').on(t.producerId),
    // The membership states of packages/domain/src/networks/membership-status.ts.
    check('network_members_status_check', oneOf(t.status, membershipStatuses)),
    check('network_members_capacity_check', sql`${t.capacityPerWeek} between 0 and 1000000`),
  ],
);

/** A member's own capacity in one of the network's trades, declared over the member's default. */
export const networkMemberCapacities = pgTable(
  'network_member_capacities',
  {
    networkId: uuid().notNull(),
    producerId: uuid().notNull(),
    categoryId: integer()
      .notNull()
      .references(() => categories.id),
    capacityPerWeek: integer().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.networkId, t.producerId, t.categoryId] }),
    foreignKey({ name: 'network_member_capacities_member_fk', columns: [t.networkId, t.producerId], foreignColumns: [networkMembers.networkId, networkMembers.producerId] }).onDelete('cascade'),
    check('network_member_capacities_check', sql`${t.capacityPerWeek} between 0 and 1000000`),
  ],
);

/** A big order given to a network, split among its members. */
export const bulkOrders = pgTable(
  'bulk_orders',
  {
    id: uuid().primaryKey().defaultRandom(),
    networkId: uuid()
      .notNull()
      .references(() => networks.id, { onDelete: 'restrict' }),
    title: text().notNull(),
    categoryId: integer()
      .notNull()
      .references(() => categories.id),
    quantity: integer().notNull(),
    /** The day (YYYY-MM-DD) the units are due; the work may go on until that day ends in Tehran. */
    dueDate: date({ mode: 'string' }).notNull(),
    unitPriceMinor: bigint({ mode: 'number' }).notNull(),
    currency: text().notNull(),
    spec: text(),
    status: text({ enum: bulkOrderStatuses }).notNull().default('open'),
    createdByUserId: uuid().references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('bulk_orders_network_idx').on(t.networkId, t.createdAt),
    // The bulk order state machine's statuses (packages/domain/src/networks/bulk-order-status.ts).
    check('bulk_orders_status_check', oneOf(t.status, bulkOrderStatuses)),
    check('bulk_orders_quantity_check', sql`${t.quantity} between 1 and 10000000`),
    check('bulk_orders_price_check', sql`${t.unitPriceMinor} > 0`),
  ],
);

/** A member's share of a bulk order, and how its making and checking went. */
export const allocations = pgTable(
  'allocations',
  {
    id: uuid().primaryKey().defaultRandom(),
    bulkOrderId: uuid()
      .notNull()
      .references(() => bulkOrders.id, { onDelete: 'cascade' }),
    producerId: uuid()
      .notNull()
      .references(() => producers.id, { onDelete: 'restrict' }),
    quantity: integer().notNull(),
    status: text({ enum: allocationStatuses }).notNull().default('offered'),
    doneQuantity: integer().notNull().default(0),
    deliveredQuantity: integer().notNull().default(0),
    acceptedQuantity: integer().notNull().default(0),
    rejectedQuantity: integer().notNull().default(0),
    /** Rejected units of another allocation given to this member to make again. */
    reallocatedFromId: uuid(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('allocations_bulk_order_idx').on(t.bulkOrderId),
    index('allocations_producer_idx').on(t.producerId, t.status),
    // The allocation state machine's statuses (packages/domain/src/networks/allocation-status.ts).
    check('allocations_status_check', oneOf(t.status, allocationStatuses)),
    check(
      'allocations_quantities_check',
      sql`${t.quantity} >= 1 and ${t.doneQuantity} between 0 and ${t.quantity} and ${t.deliveredQuantity} between 0 and ${t.quantity} and ${t.acceptedQuantity} + ${t.rejectedQuantity} <= ${t.deliveredQuantity}`,
    ),
  ],
);

export type Network = typeof networks.$inferSelect;
export type NetworkMember = typeof networkMembers.$inferSelect;
export type BulkOrder = typeof bulkOrders.$inferSelect;
export type AllocationRow = typeof allocations.$inferSelect;
