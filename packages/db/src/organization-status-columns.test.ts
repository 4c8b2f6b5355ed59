import { membershipStatuses, organizationKinds, organizationRoles, organizationStatuses } from '@bazaarche/domain';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from './client.ts';
import { organizationMembers, organizations, users } from './schema/index.ts';
import { createTestDatabase, type TestDatabase } from './testing.ts';

describe(`organisations' status columns on ${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite'}`, () => {
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
    ['organizations_status_check', organizationStatuses],
    ['organizations_kind_check', organizationKinds],
    ['organization_members_role_check', organizationRoles],
    ['organization_members_status_check', membershipStatuses],
  ] as const)('%s admits exactly the domain array, as migrated', async (constraint, values) => {
    // A value added to the domain without a migration (pnpm db:generate) fails here.
    expect((await allowed(constraint)).sort()).toEqual([...values].sort());
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
