import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { desc, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from './client.ts';
import { migrateDatabase, migrationsFolder } from './migrate.ts';
import { ledgerAccounts, payouts } from './schema/index.ts';
import { createTestDatabase, type TestDatabase } from './testing.ts';

const MIGRATION = '0019_ledger-accounts';

/** The migrations before MIGRATION, as a folder of their own: the schema the stored rows were written under. */
function migrationsBefore(tag: string): string {
  const folder = mkdtempSync(join(tmpdir(), 'bazaarche-migrations-'));
  const journal = JSON.parse(readFileSync(join(migrationsFolder, 'meta/_journal.json'), 'utf8')) as { entries: { tag: string }[] };
  const entries = journal.entries.slice(
    0,
    journal.entries.findIndex((e) => e.tag === tag),
  );
  mkdirSync(join(folder, 'meta'));
  writeFileSync(join(folder, 'meta/_journal.json'), JSON.stringify({ ...journal, entries }));
  for (const { tag: earlier } of entries) copyFileSync(join(migrationsFolder, `${earlier}.sql`), join(folder, `${earlier}.sql`));
  return folder;
}

describe(`the ledger-accounts migration on ${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite'}`, () => {
  let database: TestDatabase;
  let older: string;
  beforeAll(async () => {
    older = migrationsBefore(MIGRATION);
    database = await createTestDatabase(process.env.DATABASE_URL, { migrationsFolder: older });
  });
  afterAll(async () => {
    await database.close();
    rmSync(older, { recursive: true, force: true });
  });

  it('reads the columns of every account and payout already stored from their strings', async () => {
    const db = database.db;
    // Rows as the code before the migration wrote them: accounts only as entry strings, a payout's seller as `<kind>:<id>`.
    const [leader] = await queryRows<{ id: string }>(db, sql`insert into users (email, name, password_hash) values ('lead@example.com', 'Lead', 'x') returning id`);
    const [shop] = await queryRows<{ id: string }>(db, sql`insert into producers (owner_user_id, slug, shop_name, province_code, city) values (${leader!.id}, 'arta', 'Arta', 'IR-23', 'Tehran') returning id`);
    const [network] = await queryRows<{ id: string }>(db, sql`insert into networks (slug, name, province_code, leader_user_id) values ('weavers', 'Weavers', 'IR-23', ${leader!.id}) returning id`);
    const [category] = await queryRows<{ id: number }>(db, sql`select id from categories limit 1`);
    const [bulk] = await queryRows<{ id: string }>(
      db,
      sql`insert into bulk_orders (network_id, title, category_id, quantity, due_date, unit_price_minor, currency) values (${network!.id}, 'Rugs', ${category!.id}, 10, '2030-01-01', 1000, 'IRR') returning id`,
    );
    const P = shop!.id;
    const N = network!.id;
    const B = bulk!.id;
    const posted = { 'platform:cash': 600, 'platform:commission': -100, [`held:producer:${P}`]: -100, [`payable:producer:${P}`]: -100, [`unfunded:producer:${P}`]: -100, [`owed:producer:${P}`]: 100, [`payable:network:${N}`]: -100, [`receivable:bulk_order:${B}`]: -200 };
    await db.transaction(async (tx) => {
      const [row] = await queryRows<{ id: string }>(tx, sql`insert into ledger_transactions (kind, event_key, currency) values ('payout', 'payout:old', 'IRR') returning id`);
      for (const [account, amount] of Object.entries(posted)) await tx.execute(sql`insert into ledger_entries (transaction_id, account, amount_minor) values (${row!.id}, ${account}, ${amount})`);
    });
    await db.execute(sql`insert into payouts (seller, producer_id, amount_minor, currency, destination) values (${`producer:${P}`}, ${P}, 100, 'IRR', 'IR1'), (${`network:${N}`}, null, 50, 'IRR', 'IR2')`);

    await migrateDatabase(database, database.url);

    const none = { sellerKind: null, producerId: null, networkId: null, bulkOrderId: null };
    const seller = (kind: string, id: string) => ({ ...none, sellerKind: kind, [kind === 'producer' ? 'producerId' : 'networkId']: id });
    const byKey = (a: { key: string }, b: { key: string }) => (a.key < b.key ? -1 : 1);
    expect((await db.select().from(ledgerAccounts)).sort(byKey)).toEqual(
      [
        { key: 'platform:cash', kind: 'platform_cash', ...none },
        { key: 'platform:commission', kind: 'platform_commission', ...none },
        { key: `held:producer:${P}`, kind: 'held', ...seller('producer', P) },
        { key: `payable:producer:${P}`, kind: 'payable', ...seller('producer', P) },
        { key: `unfunded:producer:${P}`, kind: 'unfunded', ...seller('producer', P) },
        { key: `owed:producer:${P}`, kind: 'owed', ...seller('producer', P) },
        { key: `payable:network:${N}`, kind: 'payable', ...seller('network', N) },
        { key: `receivable:bulk_order:${B}`, kind: 'receivable', ...none, bulkOrderId: B },
      ].sort(byKey),
    );
    expect(await db.select({ sellerKind: payouts.sellerKind, producerId: payouts.producerId, networkId: payouts.networkId, amountMinor: payouts.amountMinor }).from(payouts).orderBy(desc(payouts.amountMinor))).toEqual([
      { sellerKind: 'producer', producerId: P, networkId: null, amountMinor: 100 },
      { sellerKind: 'network', producerId: null, networkId: N, amountMinor: 50 },
    ]);
  });
});
