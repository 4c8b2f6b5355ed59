import type { Executor } from '@bazaarche/db';
import { heldAccount, owedAccount, payableAccount, type SellerKey, type SellerStatement, type SellerStatementLine, statementFor, unfundedAccount } from '@bazaarche/domain';
import { loadTransactions } from './ledger-store.ts';

export interface DatedStatementLine extends SellerStatementLine {
  at: Date;
}

/** A seller's balances and every entry on their accounts, oldest first, each with its date. */
export async function sellerStatement(db: Executor, seller: SellerKey): Promise<Omit<SellerStatement, 'lines'> & { lines: DatedStatementLine[] }> {
  const stored = await loadTransactions(db, { accounts: [heldAccount(seller), payableAccount(seller), unfundedAccount(seller), owedAccount(seller)] });
  const { lines: _, ...balances } = statementFor(
    seller,
    stored.map((s) => s.transaction),
  );
  return { ...balances, lines: stored.flatMap((s) => statementFor(seller, [s.transaction]).lines.map((line) => ({ ...line, at: s.createdAt }))) };
}
