import { type Executor, fulfilments, ledgerAccounts, ledgerEntries, ledgerTransactions } from '@bazaarche/db';
import {
  type AccountKey,
  ledgerViolations,
  type LedgerEntry,
  type LedgerFulfilment,
  type LedgerTransaction,
  owedAccount,
  parseAccountKey,
  type SellerKey,
  sellerKey,
} from '@bazaarche/domain';
import { asc, eq, inArray, or, sql } from 'drizzle-orm';

/** The event a transaction records, which is posted at most once (a unique index says so). */
function eventKey(tx: LedgerTransaction): string {
  switch (tx.kind) {
    case 'payment_captured':
      return `payment_captured:${tx.reference.paymentId}`;
    case 'fulfilment_delivered':
    case 'commission':
    case 'coordination_fee':
    case 'cod_commission':
      return `${tx.kind}:${tx.reference.fulfilmentId}`;
    case 'refund':
      return `refund:${tx.reference.refundId}`;
    case 'payout':
      return `payout:${tx.reference.payoutId}`;
    case 'bulk_acceptance':
      return `bulk_acceptance:${tx.reference.bulkOrderId}:${tx.reference.allocationId}:${tx.reference.checkNumber}`;
    case 'bulk_payment':
      return `bulk_payment:${tx.reference.bulkOrderId}:${tx.reference.paymentId}`;
  }
}

/**
 * Writes transactions in the caller's database transaction, each checked against the ledger's
 * invariants (`ledgerViolations`) on the balances just after it: balanced, the platform's cash never
 * below zero, no seller account overdrawn, a payout netting the seller's debt. The domain's rules
 * refuse such a posting first, with a 409 the caller can act on; one reaching here is a bug, and
 * throws, so the whole transaction rolls back.
 */
export async function postTransactions(db: Executor, transactions: LedgerTransaction[], currency: string): Promise<void> {
  const accounts = new Set(transactions.flatMap((tx) => tx.entries.map((e) => e.account)));
  // Entries name their account by key (a foreign key): an account posted to for the first time is written first.
  if (accounts.size > 0) await db.insert(ledgerAccounts).values([...accounts].map(accountRow)).onConflictDoNothing();
  for (const tx of transactions) {
    const reference = tx.reference as Partial<{ orderId: string; fulfilmentId: string; refundId: string; payoutId: string }>;
    const [row] = await db
      .insert(ledgerTransactions)
      .values({
        kind: tx.kind,
        eventKey: eventKey(tx),
        currency,
        orderId: reference.orderId ?? null,
        fulfilmentId: reference.fulfilmentId ?? null,
        // A bulk order's payment is not an order's: its id lives in the event key alone.
        paymentId: tx.kind === 'payment_captured' ? tx.reference.paymentId : null,
        refundId: reference.refundId ?? null,
        payoutId: reference.payoutId ?? null,
        commissionBps: tx.kind === 'commission' || tx.kind === 'cod_commission' ? tx.commissionBps : tx.kind === 'coordination_fee' ? tx.coordinationFeeBps : null,
      })
      .returning({ id: ledgerTransactions.id });
    await db.insert(ledgerEntries).values(tx.entries.map((entry) => ({ transactionId: row!.id, account: entry.account, amountMinor: entry.amountMinor })));
    const touched = new Set<AccountKey>(tx.entries.map((e) => e.account));
    if (tx.kind === 'payout') touched.add(owedAccount(tx.reference.seller));
    const violations = ledgerViolations(tx, await accountBalances(db, [...touched]));
    if (violations.length > 0) throw new Error(`Ledger invariant broken by ${tx.kind} ${JSON.stringify(tx.reference)}: ${JSON.stringify(violations)}`);
  }
}

/** An account as its row: what its key names, as columns that point at the producer, network or bulk order. */
function accountRow(key: AccountKey): typeof ledgerAccounts.$inferInsert {
  const account = parseAccountKey(key);
  if (!account) throw new Error(`Not a ledger account: ${key}`);
  switch (account.kind) {
    case 'platform_cash':
    case 'platform_commission':
      return { key, kind: account.kind };
    case 'receivable':
      return { key, kind: account.kind, bulkOrderId: account.bulkOrderId };
    default: {
      const { kind, id } = account.seller;
      return { key, kind: account.kind, sellerKind: kind, producerId: kind === 'producer' ? id : null, networkId: kind === 'network' ? id : null };
    }
  }
}

/** The balances of the given accounts as this transaction sees them (debit positive); an account never posted to is absent. */
export async function accountBalances(db: Executor, accounts: AccountKey[]): Promise<Map<AccountKey, number>> {
  if (accounts.length === 0) return new Map();
  const rows = await db
    .select({ account: ledgerEntries.account, balance: sql<string>`sum(${ledgerEntries.amountMinor})` })
    .from(ledgerEntries)
    .where(inArray(ledgerEntries.account, accounts))
    .groupBy(ledgerEntries.account);
  return new Map(rows.map((r) => [r.account as AccountKey, Number(r.balance)]));
}

export interface StoredTransaction {
  transaction: LedgerTransaction;
  createdAt: Date;
  currency: string;
}

/** Transactions of an order, or touching any of the given accounts, oldest first, as the domain rules read them. */
export async function loadTransactions(db: Executor, where: { orderId: string } | { accounts: AccountKey[] }): Promise<StoredTransaction[]> {
  const ids =
    'orderId' in where
      ? db.select({ id: ledgerTransactions.id }).from(ledgerTransactions).where(eq(ledgerTransactions.orderId, where.orderId))
      : db
          .select({ id: ledgerEntries.transactionId })
          .from(ledgerEntries)
          .where(or(...where.accounts.map((account) => eq(ledgerEntries.account, account))));
  const rows = await db
    .select({ tx: ledgerTransactions, account: ledgerEntries.account, amountMinor: ledgerEntries.amountMinor })
    .from(ledgerTransactions)
    .innerJoin(ledgerEntries, eq(ledgerEntries.transactionId, ledgerTransactions.id))
    .where(inArray(ledgerTransactions.id, ids))
    .orderBy(asc(ledgerTransactions.sequence), asc(ledgerEntries.id));
  const grouped = new Map<string, { row: typeof ledgerTransactions.$inferSelect; entries: LedgerEntry[] }>();
  for (const { tx, account, amountMinor } of rows) {
    const group = grouped.get(tx.id) ?? { row: tx, entries: [] };
    group.entries.push({ account: account as AccountKey, amountMinor });
    grouped.set(tx.id, group);
  }
  return [...grouped.values()].map(({ row, entries }) => ({ transaction: toDomain(row, entries), createdAt: row.createdAt, currency: row.currency }));
}

function toDomain(row: typeof ledgerTransactions.$inferSelect, entries: LedgerEntry[]): LedgerTransaction {
  const kind = row.kind;
  const orderId = row.orderId ?? '';
  const fulfilmentId = row.fulfilmentId ?? '';
  switch (kind) {
    case 'payment_captured':
      return { kind, reference: { orderId, paymentId: row.paymentId ?? '' }, entries };
    case 'fulfilment_delivered':
      return { kind, reference: { orderId, fulfilmentId }, entries };
    case 'commission':
    case 'cod_commission':
      return { kind, reference: { orderId, fulfilmentId }, commissionBps: row.commissionBps ?? 0, entries };
    case 'coordination_fee':
      return { kind, reference: { orderId, fulfilmentId }, coordinationFeeBps: row.commissionBps ?? 0, entries };
    case 'refund':
      return { kind, reference: { orderId, fulfilmentId, refundId: row.refundId ?? '' }, entries };
    case 'payout': {
      // A payout names its seller only through the payable account it debits.
      const payable = entries.find((e) => e.account.startsWith('payable:'));
      return { kind, reference: { payoutId: row.payoutId ?? '', seller: (payable?.account.slice('payable:'.length) ?? '') as SellerKey }, entries };
    }
    case 'bulk_acceptance': {
      // No columns of its own: its event key names the bulk order, the allocation and the check.
      const [, bulkOrderId = '', allocationId = '', checkNumber = '0'] = row.eventKey.split(':');
      return { kind, reference: { bulkOrderId, allocationId, checkNumber: Number(checkNumber) }, entries };
    }
    case 'bulk_payment': {
      const [, bulkOrderId = '', paymentId = ''] = row.eventKey.split(':');
      return { kind, reference: { bulkOrderId, paymentId }, entries };
    }
  }
}

/** An order's fulfilments as the ledger sees them: the amounts snapshotted at checkout, and who sells each. */
export async function ledgerFulfilments(db: Executor, orderId: string): Promise<LedgerFulfilment[]> {
  const rows = await db
    .select({ id: fulfilments.id, producerId: fulfilments.producerId, networkId: fulfilments.networkId, subtotalMinor: fulfilments.subtotalMinor, shippingMinor: fulfilments.shippingMinor })
    .from(fulfilments)
    .where(eq(fulfilments.orderId, orderId))
    .orderBy(asc(fulfilments.position));
  return rows.map((f) => ({
    id: f.id,
    orderId,
    // A network's part is paid to the network and earned by the member it was given to.
    seller: f.networkId ? sellerKey('network', f.networkId) : sellerKey('producer', f.producerId!),
    ...(f.networkId && f.producerId ? { payee: sellerKey('producer', f.producerId) } : {}),
    subtotalMinor: f.subtotalMinor,
    shippingMinor: f.shippingMinor,
  }));
}

