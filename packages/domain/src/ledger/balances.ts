import { sumMinorUnits } from '../money/minor-units.ts';
import type { AccountKey } from './accounts.ts';
import type { LedgerTransaction } from './transaction.ts';

/** Each account's balance: the sum of its entries, debit positive (see LedgerEntry). Accounts never posted to are absent. */
export function balancesOf(transactions: Iterable<LedgerTransaction>): Map<AccountKey, number> {
  const balances = new Map<AccountKey, number>();
  for (const tx of transactions) {
    for (const { account, amountMinor } of tx.entries) balances.set(account, sumMinorUnits([balances.get(account) ?? 0, amountMinor], account));
  }
  return balances;
}
