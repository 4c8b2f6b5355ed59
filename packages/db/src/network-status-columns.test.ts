import { allocationStatuses, bulkOrderStatuses, membershipStatuses, networkRoutings } from '@bazaarche/domain';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from './client.ts';
import { createTestDatabase, type TestDatabase } from './testing.ts';

describe(`networks' status columns on ${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite'}`, () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase(process.env.DATABASE_URL);
  });
  afterAll(() => database.close());

  /** The values a migrated check constraint admits, read back from the database itself. */
  async function allowed(constraint: string): Promise<string[]> {
    const [row] = await queryRows<{ definition: string }>(database.db, sql`select pg_get_constraintdef(oid) as definition from pg_constraint where conname = ${constraint}`);
    return [...(row?.definition ?? '').matchAll(/'([a-z_]+)'/g)].map((m) => m[1]!);
  }

  it.each([
    ['allocations_status_check', allocationStatuses],
    ['bulk_orders_status_check', bulkOrderStatuses],
    ['network_members_status_check', membershipStatuses],
    ['networks_routing_check', networkRoutings],
  ] as const)('%s admits exactly the domain array, as migrated', async (constraint, values) => {
    // A value added to the domain's state machine without a migration (pnpm db:generate) fails here.
    expect((await allowed(constraint)).sort()).toEqual([...values].sort());
  });
});
