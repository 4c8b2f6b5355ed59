import { sql } from 'drizzle-orm';
import { bigint, check, index, integer, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { ledgerTransactionKinds } from '@bazaarche/domain';
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

/** Signed: a debit is positive, a credit negative; an account's balance is the sum of its entries. */
export const ledgerEntries = pgTable(
  'ledger_entries',
  {
    id: bigint({ mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    transactionId: uuid()
      .notNull()
      .references(() => ledgerTransactions.id, { onDelete: 'restrict' }),
    /** e.g. `platform:cash`, `held:producer:<id>`, `payable:producer:<id>`. */
    account: text().notNull(),
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

/** Money paid out to a seller from what they are owed. */
export const payouts = pgTable(
  'payouts',
  {
    id: uuid().primaryKey().defaultRandom(),
    /** `producer:<id>` or, later, `network:<id>`. */
    seller: text().notNull(),
    producerId: uuid().references(() => producers.id, { onDelete: 'restrict' }),
    amountMinor: bigint({ mode: 'number' }).notNull(),
    currency: text().notNull(),
    /** A validated Sheba (IBAN) for a bank transfer, or a Stripe Connect account id. */
    destination: text().notNull(),
    reference: text(),
    createdByUserId: uuid().references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('payouts_seller_idx').on(t.seller, t.createdAt), check('payouts_amount_check', sql`${t.amountMinor} > 0`)],
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
export type LedgerEntryRow = typeof ledgerEntries.$inferSelect;
export type Refund = typeof refunds.$inferSelect;
export type Payout = typeof payouts.$inferSelect;
