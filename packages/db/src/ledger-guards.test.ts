import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ledgerAccounts, ledgerEntries, ledgerTransactions } from './schema/index.ts';
import { createTestDatabase, type TestDatabase } from './testing.ts';

describe(`the ledger's own guards on ${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite'}`, () => {
  let database: TestDatabase;
  // Entries name an account that exists (a foreign key): the platform's two will do.
  const accounts = ['platform:cash', 'platform:commission'];
  beforeAll(async () => {
    database = await createTestDatabase(process.env.DATABASE_URL);
    await database.db.insert(ledgerAccounts).values([
      { key: accounts[0]!, kind: 'platform_cash' },
      { key: accounts[1]!, kind: 'platform_commission' },
    ]);
  });
  afterAll(() => database.close());

  const post = (eventKey: string, amounts: number[]) =>
    database.db.transaction(async (tx) => {
      const [row] = await tx.insert(ledgerTransactions).values({ kind: 'payout', eventKey, currency: 'IRR' }).returning({ id: ledgerTransactions.id });
      await tx.insert(ledgerEntries).values(amounts.map((amountMinor, i) => ({ transactionId: row!.id, account: accounts[i % 2]!, amountMinor })));
      return row!.id;
    });

  it('commits a transaction whose entries sum to zero, and refuses one that does not', async () => {
    const id = await post('balanced', [500, -300, -200]);
    expect(await database.db.select().from(ledgerEntries).where(eq(ledgerEntries.transactionId, id))).toHaveLength(3);
    await expect(post('unbalanced', [500, -300])).rejects.toThrow();
    expect(await database.db.select().from(ledgerTransactions).where(eq(ledgerTransactions.eventKey, 'unbalanced'))).toEqual([]);
  });

  it('never changes or removes an entry', async () => {
    const id = await post('kept', [100, -100]);
    await expect(database.db.update(ledgerEntries).set({ amountMinor: 0 }).where(eq(ledgerEntries.transactionId, id))).rejects.toThrow();
    await expect(database.db.delete(ledgerEntries).where(eq(ledgerEntries.transactionId, id))).rejects.toThrow();
  });

  it('posts each event once', async () => {
    await post('payment_captured:once', [100, -100]);
    await expect(post('payment_captured:once', [100, -100])).rejects.toThrow();
  });
});
