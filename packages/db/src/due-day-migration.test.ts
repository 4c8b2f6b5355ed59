import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { asc, sql } from 'drizzle-orm';
import { date, integer, pgSchema } from 'drizzle-orm/pg-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrationsFolder } from './migrate.ts';
import { createTestDatabase, type TestDatabase } from './testing.ts';

/** The migration that turned bulk_orders.due_date from a moment into a day, run on rows stored before it. */
const migration = readFileSync(join(migrationsFolder, '0017_bulk_order_due_day.sql'), 'utf8');
/** The table as the migration leaves it, in a schema of its own so that the migrated one is left alone. */
const migrated = pgSchema('before_due_day').table('bulk_orders', { id: integer().primaryKey(), dueDate: date('due_date', { mode: 'string' }).notNull() });

describe(`the due-day migration on ${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite'}`, () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase(process.env.DATABASE_URL);
  });
  afterAll(() => database.close());

  it('turns each stored due moment into the day it fell on in Tehran', async () => {
    const days = await database.db.transaction(async (tx) => {
      // bulk_orders as it was before the migration, which names the table without a schema.
      await tx.execute(sql`create schema before_due_day`);
      await tx.execute(sql`set local search_path to before_due_day`);
      await tx.execute(sql`create table bulk_orders (id integer primary key, due_date timestamptz not null)`);
      await tx.execute(sql`insert into bulk_orders values
        (1, '2026-03-10T20:29:59Z'),
        (2, '2026-03-10T20:30:00Z'),
        (3, '2026-03-09T23:00:00Z'),
        (4, '2021-06-01T19:45:00Z')`);
      await tx.execute(sql.raw(migration));
      const rows = await tx.select().from(migrated).orderBy(asc(migrated.id));
      await tx.execute(sql`drop schema before_due_day cascade`);
      return rows;
    });
    expect(days.map((row) => row.dueDate)).toEqual([
      '2026-03-10', // 23:59:59 in Tehran
      '2026-03-11', // midnight in Tehran: the next day
      '2026-03-10', // still 9 March in UTC, already 10 March in Tehran
      '2021-06-02', // 00:15 in Tehran under the daylight saving time Iran kept until 2022
    ]);
  });
});
