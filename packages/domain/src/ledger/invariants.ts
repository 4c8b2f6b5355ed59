import { type AccountKey, parseAccountKey, PLATFORM_CASH } from './accounts.ts';
import { isBalanced, type LedgerTransaction } from './transaction.ts';

/** A rule of the ledger that a transaction broke. */
export type LedgerViolation =
  | { code: 'unbalanced'; kind: LedgerTransaction['kind'] }
  /** The platform would hold less than nothing: it paid out money that never arrived. */
  | { code: 'cash_negative'; balanceMinor: number }
  /** A seller's held, payable or unfunded account went past zero (paid out more than owed), or the platform came to owe on a debt. */
  | { code: 'account_overdrawn'; account: AccountKey; balanceMinor: number }
  /** A payout left the seller still owing: it paid them what they owed the platform. */
  | { code: 'payout_not_netted'; account: AccountKey; balanceMinor: number };

/**
 * What must hold after every transaction, given the balances of the accounts it touched as they are
 * after it (`balancesOf`, debit positive; for a payout, the seller's debt too, touched or not): it is balanced; the platform's cash is never below zero; no
 * seller account the platform owes on (held, payable, unfunded) is ever in debit, and no debt of a
 * seller's in credit; and a payout leaves its seller owing nothing, which with payable never in debit
 * says it took no more than the funded payable net of the debt. Empty when all hold.
 */
export function ledgerViolations(tx: LedgerTransaction, balancesAfter: ReadonlyMap<AccountKey, number>): LedgerViolation[] {
  const violations: LedgerViolation[] = [];
  if (!isBalanced(tx)) violations.push({ code: 'unbalanced', kind: tx.kind });
  for (const account of new Set(tx.entries.map((e) => e.account))) {
    const balanceMinor = balancesAfter.get(account) ?? 0;
    const parsed = parseAccountKey(account);
    if (account === PLATFORM_CASH && balanceMinor < 0) violations.push({ code: 'cash_negative', balanceMinor });
    if (!parsed || !('seller' in parsed)) continue;
    if (parsed.kind === 'owed' ? balanceMinor < 0 : balanceMinor > 0) violations.push({ code: 'account_overdrawn', account, balanceMinor });
  }
  if (tx.kind === 'payout') {
    const owed = `owed:${tx.reference.seller}` as AccountKey;
    const balanceMinor = balancesAfter.get(owed) ?? 0;
    if (balanceMinor !== 0) violations.push({ code: 'payout_not_netted', account: owed, balanceMinor });
  }
  return violations;
}
