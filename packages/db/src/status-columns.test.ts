import {
  allocationStatuses,
  bulkOrderStatuses,
  fulfilmentStatuses,
  ledgerTransactionKinds,
  listingStatuses,
  membershipStatuses,
  networkRoutings,
  orderStatuses,
  organizationKinds,
  organizationRoles,
  organizationStatuses,
  paymentMethods,
  paymentStatuses,
  producerStatuses,
  sessionEndReasons,
} from '@bazaarche/domain';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from './client.ts';
import { oneOf } from './schema/one-of.ts';
import { organizationMembers, organizations, producers, users } from './schema/index.ts';
import { createTestDatabase, type TestDatabase } from './testing.ts';

describe(`status columns on ${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite'}`, () => {
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
    ['orders_status_check', orderStatuses],
    ['fulfilments_status_check', fulfilmentStatuses],
    ['payments_status_check', paymentStatuses],
    ['payments_provider_check', paymentMethods],
    ['listings_status_check', listingStatuses],
    ['producers_status_check', producerStatuses],
    ['ledger_transactions_kind_check', ledgerTransactionKinds],
    ['refresh_token_families_revoked_reason_check', sessionEndReasons],
    ['allocations_status_check', allocationStatuses],
    ['bulk_orders_status_check', bulkOrderStatuses],
    ['network_members_status_check', membershipStatuses],
    ['networks_routing_check', networkRoutings],
    ['organizations_status_check', organizationStatuses],
    ['organizations_kind_check', organizationKinds],
    ['organization_members_role_check', organizationRoles],
    ['organization_members_status_check', membershipStatuses],
  ] as const)('%s admits exactly the domain array, as migrated', async (constraint, values) => {
    // A value added to the domain without a migration (pnpm db:generate) fails here.
    expect((await allowed(constraint)).sort()).toEqual([...values].sort());
  });

  it('refuses a status outside the array', async () => {
    const [user] = await database.db.insert(users).values({ email: 's@example.com', name: 'S', passwordHash: 'x' }).returning();
    // IR-23 (Tehran) comes with the migrations.
    const shop = { ownerUserId: user!.id, slug: 'shop', shopName: 'Shop', provinceCode: 'IR-23', city: 'Tehran' };
    await expect(database.db.insert(producers).values({ ...shop, status: 'suspended' as never })).rejects.toThrow();
    await expect(database.db.insert(producers).values({ ...shop, status: 'approved' })).resolves.toBeDefined();
  });

  it('refuses a kind or role outside the arrays, and a second membership of the same user', async () => {
    const [user] = await database.db.insert(users).values({ email: 'o@example.com', name: 'O', passwordHash: 'x' }).returning();
    await expect(database.db.insert(organizations).values({ name: 'X', kind: 'church' as never, provinceCode: 'IR-23' })).rejects.toThrow();
    const [org] = await database.db.insert(organizations).values({ name: 'Hospital', kind: 'hospital', provinceCode: 'IR-23' }).returning();
    await expect(database.db.insert(organizationMembers).values({ organizationId: org!.id, userId: user!.id, role: 'owner' as never })).rejects.toThrow();
    await database.db.insert(organizationMembers).values({ organizationId: org!.id, userId: user!.id, role: 'admin', status: 'active' });
    await expect(database.db.insert(organizationMembers).values({ organizationId: org!.id, userId: user!.id, role: 'buyer' })).rejects.toThrow();
  });
});

describe('oneOf', () => {
  it('takes only plain values, since they are written into the SQL', () => {
    const column = producers.status;
    expect(() => oneOf(column, [])).toThrow(RangeError);
    expect(() => oneOf(column, ["x') or (true"])).toThrow(RangeError);
    expect(() => oneOf(column, ['Pending'])).toThrow(RangeError);
  });
});
