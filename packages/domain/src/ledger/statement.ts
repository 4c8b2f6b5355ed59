import { sumMinorUnits } from '../money/minor-units.ts';
import { heldAccount, payableAccount, type SellerKey } from './accounts.ts';
import type { LedgerTransaction, LedgerTransactionKind } from './transaction.ts';

/** One entry on a seller's account, signed from the seller's side: positive when they are owed more. */
export interface SellerStatementLine {
  kind: LedgerTransactionKind;
  reference: LedgerTransaction['reference'];
  /** The rate, on a commission line. */
  commissionBps: number | null;
  /** The rate, on a coordination fee line: taken from a member's payable, added to the network's. */
  coordinationFeeBps: number | null;
  account: 'held' | 'payable';
  amountMinor: number;
}

export interface SellerStatement {
  seller: SellerKey;
  /** Paid by buyers, waiting for delivery. */
  heldMinor: number;
  /** Earned and not yet paid out. */
  payableMinor: number;
  paidOutMinor: number;
  /** In the order of the transactions given. */
  lines: SellerStatementLine[];
}

/** What a seller, producer or network, sees of the ledger; transactions that do not touch their accounts are ignored. */
export function statementFor(seller: SellerKey, transactions: Iterable<LedgerTransaction>): SellerStatement {
  const held = heldAccount(seller);
  const payable = payableAccount(seller);
  const lines: SellerStatementLine[] = [];
  const paidOut: number[] = [];
  for (const tx of transactions) {
    for (const entry of tx.entries) {
      if (entry.account !== held && entry.account !== payable) continue;
      lines.push({
        kind: tx.kind,
        reference: tx.reference,
        commissionBps: tx.kind === 'commission' ? tx.commissionBps : null,
        coordinationFeeBps: tx.kind === 'coordination_fee' ? tx.coordinationFeeBps : null,
        account: entry.account === held ? 'held' : 'payable',
        // Held and payable are owed by the platform, so credits in the ledger: flipped to read as the seller's (0 - x, so never -0).
        amountMinor: 0 - entry.amountMinor,
      });
      if (tx.kind === 'payout') paidOut.push(entry.amountMinor);
    }
  }
  const sumOf = (account: SellerStatementLine['account']) => sumMinorUnits(lines.filter((l) => l.account === account).map((l) => l.amountMinor), account);
  return { seller, heldMinor: sumOf('held'), payableMinor: sumOf('payable'), paidOutMinor: sumMinorUnits(paidOut, 'paidOutMinor'), lines };
}
