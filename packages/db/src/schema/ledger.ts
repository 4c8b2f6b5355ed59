import { sql } from 'drizzle-orm';
import { bigint, check, index, integer, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { accountKinds, ledgerTransactionKinds, sellerAccountKinds, sellerKinds } from '@bazaarche/domain';
import { bulkOrders, networks } from './networks.ts';
import { oneOf } from './one-of.ts';
import { fulfilments, orders, payments } from './orders.ts';
import { producers } from './producers.ts';
import { users } from './users.ts';

/**
 * One money event, posted once: `eventKey` names the event (e.g. `payment_captured:<payment id>`)
 * and is unique, so a confirmation or a webhook that arrives twice posts nothing the second time.
 * Its entries sum to zero (checked by the domain rules before they are written).
 */
export const ledgerTransactions = pgTable(
  'ledger_transactions',
  {
    id: uuid().primaryKey().defaultRandom(),
    /** The order transactions were posted in, also within one database transaction. */
    sequence: bigint({ mode: 'number' }).notNull().generatedAlwaysAsIdentity(),
    kind: text({ enum: ledgerTransactionKinds }).notNull(),
    eventKey: text().notNull(),
    currency: text().notNull(),
    orderId: uuid().references(() => orders.id, { onDelete: 'restrict' }),
    fulfilmentId: uuid().references(() => fulfilments.id, { onDelete: 'restrict' }),
    paymentId: uuid().references(() => payments.id, { onDelete: 'restrict' }),
    refundId: uuid(),
    payoutId: uuid(),
    /** The rate a commission (or a network's coordination fee) was charged at, so a refund reverses it at the same rate. */
    commissionBps: integer(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('ledger_transactions_event_key').on(t.eventKey),
    index('ledger_transactions_order_idx').on(t.orderId),
    check('ledger_transactions_kind_check', oneOf(t.kind, ledgerTransactionKinds)),
  ],
);

/**
 * Every account the ledger has posted to, keyed by the text the domain names it by (`held:producer:<id>`,
 * which its entries carry), with what the key says as columns: the kind, and the producer, network or
 * bulk order it belongs to, with foreign keys. Balances by kind or by seller are read from the columns;
 * the key stays because the domain's rules and invariants (and entries, which are never rewritten) speak
 * in keys. A check keeps the key and the columns the same fact. Written as an account is first posted to.
 */
export const ledgerAccounts = pgTable(
  'ledger_accounts',
  {
    key: text().primaryKey(),
    kind: text({ enum: accountKinds }).notNull(),
    sellerKind: text({ enum: sellerKinds }),
    producerId: uuid().references(() => producers.id, { onDelete: 'restrict' }),
    networkId: uuid().references(() => networks.id, { onDelete: 'restrict' }),
    bulkOrderId: uuid().references(() => bulkOrders.id, { onDelete: 'restrict' }),
  },
  (t) => [
    index('ledger_accounts_producer_idx')
      .on(t.producerId, t.kind)
      .where(sql`${t.producerId} is not null`),
    index('ledger_accounts_network_idx')
      .on(t.networkId, t.kind)
      .where(sql`${t.networkId} is not null`),
    index('ledger_accounts_bulk_order_idx')
      .on(t.bulkOrderId)
      .where(sql`${t.bulkOrderId} is not null`),
    check('ledger_accounts_kind_check', oneOf(t.kind, accountKinds)),
    check('ledger_accounts_seller_kind_check', oneOf(t.sellerKind, sellerKinds)),
    // A seller's account names exactly its seller; the platform's name no one; a receivable its bulk order.
    check(
      'ledger_accounts_owner_check',
      sql`case when ${oneOf(t.kind, sellerAccountKinds)} then (${t.sellerKind} = 'producer' and ${t.producerId} is not null and ${t.networkId} is null) or (${t.sellerKind} = 'network' and ${t.networkId} is not null and ${t.producerId} is null) else ${t.sellerKind} is null and ${t.producerId} is null and ${t.networkId} is null end and (${t.bulkOrderId} is not null) = (${t.kind} = 'receivable')`,
    ),
    // The key is what the columns say, written as the domain writes it (packages/domain/src/ledger/accounts.ts).
    check(
      'ledger_accounts_key_check',
      sql`${t.key} = case ${t.kind} when 'platform_cash' then 'platform:cash' when 'platform_commission' then 'platform:commission' when 'receivable' then 'receivable:bulk_order:' || ${t.bulkOrderId}::text else ${t.kind} || ':' || ${t.sellerKind} || ':' || coalesce(${t.producerId}, ${t.networkId})::text end`,
    ),
  ],
);

/** Signed: a debit is positive, a credit negative; an account's balance is the sum of its entries. */
export const ledgerEntries = pgTable(
  'ledger_entries',
  {
    id: bigint({ mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    transactionId: uuid()
      .notNull()
      .references(() => ledgerTransactions.id, { onDelete: 'restrict' }),
    /** e.g. `platform:cash`, `held:producer:<id>`, `payable:producer:<id>`: the account's key. */
    account: text()
      .notNull()
      .references(() => ledgerAccounts.key, { onDelete: 'restrict' }),
    amountMinor: bigint({ mode: 'number' }).notNull(),
  },
  (t) => [index('ledger_entries_account_idx').on(t.account, t.id), index('ledger_entries_transaction_idx').on(t.transactionId)],
);

/** Money returned to a buyer, for part or all of one fulfilment. */
export const refunds = pgTable(
  'refunds',
  {
    id: uuid().primaryKey().defaultRandom(),
    paymentId: uuid()
      .notNull()
      .references(() => payments.id, { onDelete: 'restrict' }),
    fulfilmentId: uuid()
      .notNull()
      .references(() => fulfilments.id, { onDelete: 'restrict' }),
    amountMinor: bigint({ mode: 'number' }).notNull(),
    currency: text().notNull(),
    reason: text().notNull(),
    /** The bank's reference for a manual refund; the provider's for a card refund. */
    reference: text().notNull(),
    createdByUserId: uuid().references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('refunds_payment_idx').on(t.paymentId), check('refunds_amount_check', sql`${t.amountMinor} > 0`)],
);

/**
 * Money paid out to a seller from what they are owed: a producer, or a network (whose coordination fees
 * go to its leader's shop account, named by `destination`). Exactly one of the two ids is set, as
 * `sellerKind` says.
 */
export const payouts = pgTable(
  'payouts',
  {
    id: uuid().primaryKey().defaultRandom(),
    sellerKind: text({ enum: sellerKinds }).notNull(),
    producerId: uuid().references(() => producers.id, { onDelete: 'restrict' }),
    networkId: uuid().references(() => networks.id, { onDelete: 'restrict' }),
    amountMinor: bigint({ mode: 'number' }).notNull(),
    currency: text().notNull(),
    /** A validated Sheba (IBAN) for a bank transfer, or a Stripe Connect account id. */
    destination: text().notNull(),
    reference: text(),
    createdByUserId: uuid().references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('payouts_created_idx').on(t.createdAt),
    index('payouts_producer_idx')
      .on(t.producerId, t.createdAt)
      .where(sql`${t.producerId} is not null`),
    index('payouts_network_idx')
      .on(t.networkId, t.createdAt)
      .where(sql`${t.networkId} is not null`),
    check('payouts_amount_check', sql`${t.amountMinor} > 0`),
    check('payouts_seller_kind_check', oneOf(t.sellerKind, sellerKinds)),
    check(
      'payouts_seller_check',
      sql`(${t.sellerKind} = 'producer' and ${t.producerId} is not null and ${t.networkId} is null) or (${t.sellerKind} = 'network' and ${t.networkId} is not null and ${t.producerId} is null)`,
    ),
  ],
);

/** Provider events already handled: a webhook delivered twice is recorded once. */
export const providerEvents = pgTable(
  'provider_events',
  {
    provider: text().notNull(),
    eventId: text().notNull(),
    type: text().notNull(),
    receivedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.provider, t.eventId] })],
);

export type LedgerTransactionRow = typeof ledgerTransactions.$inferSelect;
export type LedgerAccountRow = typeof ledgerAccounts.$inferSelect;
export type LedgerEntryRow = typeof ledgerEntries.$inferSelect;
export type Refund = typeof refunds.$inferSelect;
export type Payout = typeof payouts.$inferSelect;
