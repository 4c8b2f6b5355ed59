import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ledgerAccounts, ledgerEntries, ledgerTransactions, networks, payouts, producers, users } from './schema/index.ts';
import { createTestDatabase, type TestDatabase } from './testing.ts';

describe(`ledger accounts and payouts point at rows, on ${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite'}`, () => {
  let database: TestDatabase;
  let shopId: string;
  let networkId: string;
  beforeAll(async () => {
    database = await createTestDatabase(process.env.DATABASE_URL);
    const [owner] = await database.db.insert(users).values({ email: 'arta@example.com', name: 'Arta', passwordHash: 'x' }).returning();
    const [shop] = await database.db.insert(producers).values({ ownerUserId: owner!.id, slug: 'arta', shopName: 'Arta', provinceCode: 'IR-23', city: 'Tehran' }).returning();
    const [network] = await database.db.insert(networks).values({ slug: 'weavers', name: 'Weavers', provinceCode: 'IR-23', leaderUserId: owner!.id }).returning();
    shopId = shop!.id;
    networkId = network!.id;
  });
  afterAll(() => database.close());

  const payout = (columns: Partial<typeof payouts.$inferInsert>) => database.db.insert(payouts).values({ sellerKind: 'producer', amountMinor: 100, currency: 'IRR', destination: 'IR1', ...columns });

  it('records a payout to exactly the seller its kind names, and refuses one to a network that does not exist', async () => {
    await expect(payout({ sellerKind: 'producer', producerId: shopId })).resolves.toBeDefined();
    await expect(payout({ sellerKind: 'network', networkId })).resolves.toBeDefined();
    await expect(payout({ sellerKind: 'network', networkId: randomUUID() })).rejects.toThrow();
    await expect(payout({ sellerKind: 'producer', producerId: shopId, networkId })).rejects.toThrow();
    await expect(payout({ sellerKind: 'network', producerId: shopId })).rejects.toThrow();
    await expect(payout({ sellerKind: 'producer' })).rejects.toThrow();
  });

  it('keeps a network with payouts from being deleted', async () => {
    await expect(database.db.delete(networks)).rejects.toThrow();
  });

  it('keeps an account’s key and its columns one fact, and its owner a row that exists', async () => {
    const account = (row: typeof ledgerAccounts.$inferInsert) => database.db.insert(ledgerAccounts).values(row);
    await expect(account({ key: `held:producer:${shopId}`, kind: 'held', sellerKind: 'producer', producerId: shopId })).resolves.toBeDefined();
    await expect(account({ key: `payable:network:${networkId}`, kind: 'payable', sellerKind: 'network', networkId })).resolves.toBeDefined();
    await expect(account({ key: 'platform:cash', kind: 'platform_cash' })).resolves.toBeDefined();
    // The key says another seller, another kind, or nobody; or the columns name two owners, or none.
    await expect(account({ key: `payable:producer:${randomUUID()}`, kind: 'payable', sellerKind: 'producer', producerId: shopId })).rejects.toThrow();
    await expect(account({ key: `owed:producer:${shopId}`, kind: 'held', sellerKind: 'producer', producerId: shopId })).rejects.toThrow();
    await expect(account({ key: 'platform:bank', kind: 'platform_cash' })).rejects.toThrow();
    // Each key below is new, so a refusal is the check's or the foreign key's, never the primary key's.
    await expect(account({ key: `unfunded:producer:${shopId}`, kind: 'unfunded', sellerKind: 'producer', producerId: shopId, networkId })).rejects.toThrow();
    await expect(account({ key: `payable:producer:${shopId}`, kind: 'payable' })).rejects.toThrow();
    const stranger = randomUUID();
    await expect(account({ key: `held:producer:${stranger}`, kind: 'held', sellerKind: 'producer', producerId: stranger })).rejects.toThrow();
    await expect(account({ key: `receivable:bulk_order:${stranger}`, kind: 'receivable', bulkOrderId: stranger })).rejects.toThrow();
  });

  it('refuses an entry on an account the ledger does not have', async () => {
    const post = (accounts: string[]) =>
      database.db.transaction(async (tx) => {
        const [row] = await tx.insert(ledgerTransactions).values({ kind: 'payout', eventKey: `payout:${randomUUID()}`, currency: 'IRR' }).returning();
        await tx.insert(ledgerEntries).values(accounts.map((account, i) => ({ transactionId: row!.id, account, amountMinor: i === 0 ? 100 : -100 })));
      });
    await expect(post(['platform:cash', `held:producer:${shopId}`])).resolves.toBeUndefined();
    await expect(post(['platform:cash', `held:producer:${randomUUID()}`])).rejects.toThrow();
  });
});
