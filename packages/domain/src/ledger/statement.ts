import { sumMinorUnits } from '../money/minor-units.ts';
import { heldAccount, owedAccount, payableAccount, PLATFORM_CASH, type SellerAccountKind, type SellerKey, unfundedAccount } from './accounts.ts';
import type { LedgerTransaction, LedgerTransactionKind } from './transaction.ts';

/** One entry on a seller's account, signed from the seller's side: positive when they are owed more. */
export interface SellerStatementLine {
  kind: LedgerTransactionKind;
  reference: LedgerTransaction['reference'];
  /** The rate, on a commission line. */
  commissionBps: number | null;
  /** The rate, on a coordination fee line: taken from a member's payable, added to the network's. */
  coordinationFeeBps: number | null;
  account: SellerAccountKind;
  amountMinor: number;
}

export interface SellerStatement {
  seller: SellerKey;
  /** Paid by buyers, waiting for delivery. */
  heldMinor: number;
  /** Earned, funded and not yet paid out. */
  payableMinor: number;
  /** Earned on a bulk order whose buyer has not paid yet: not payable until they do. */
  unfundedMinor: number;
  /** What the seller owes the platform (commission on cash they collected), netted from their next payout. */
  owedMinor: number;
  /** Cash sent to the seller. */
  paidOutMinor: number;
  /** In the order of the transactions given. */
  lines: SellerStatementLine[];
}

/**
 * A seller account's balance as the seller's statement shows it, from its ledger balance (debit
 * positive): held, payable and unfunded are owed by the platform, so credits, read positive; `owed` is
 * the seller's debt, a debit, read as it is. The statement's totals and finance's list of sellers both
 * read balances this way.
 */
export function sellerBalanceMinor(account: SellerAccountKind, ledgerBalanceMinor: number): number {
  // 0 - x, so never -0.
  return account === 'owed' ? ledgerBalanceMinor : 0 - ledgerBalanceMinor;
}

/** What a seller, producer or network, sees of the ledger; transactions that do not touch their accounts are ignored. */
export function statementFor(seller: SellerKey, transactions: Iterable<LedgerTransaction>): SellerStatement {
  const accounts = new Map<string, SellerAccountKind>([
    [heldAccount(seller), 'held'],
    [payableAccount(seller), 'payable'],
    [unfundedAccount(seller), 'unfunded'],
    [owedAccount(seller), 'owed'],
  ]);
  const lines: SellerStatementLine[] = [];
  const paidOut: number[] = [];
  for (const tx of transactions) {
    let touched = false;
    for (const entry of tx.entries) {
      const account = accounts.get(entry.account);
      if (!account) continue;
      touched = true;
      lines.push({
        kind: tx.kind,
        reference: tx.reference,
        commissionBps: tx.kind === 'commission' || tx.kind === 'cod_commission' ? tx.commissionBps : null,
        coordinationFeeBps: tx.kind === 'coordination_fee' ? tx.coordinationFeeBps : null,
        account,
        // Held, payable and unfunded are owed by the platform, so credits in the ledger, and a debt a debit:
        // flipped to read as the seller's, a debt negative (0 - x, so never -0).
        amountMinor: 0 - entry.amountMinor,
      });
    }
    // What was sent is the cash that left, not the payable debited, which includes the debt netted.
    if (touched && tx.kind === 'payout') paidOut.push(0 - sumMinorUnits(tx.entries.filter((e) => e.account === PLATFORM_CASH).map((e) => e.amountMinor), 'payout'));
  }
  const sumOf = (account: SellerStatementLine['account']) => sumMinorUnits(lines.filter((l) => l.account === account).map((l) => l.amountMinor), account);
  return {
    seller,
    heldMinor: sumOf('held'),
    payableMinor: sumOf('payable'),
    unfundedMinor: sumOf('unfunded'),
    owedMinor: 0 - sumOf('owed'),
    paidOutMinor: sumMinorUnits(paidOut, 'paidOutMinor'),
    lines,
  };
}
