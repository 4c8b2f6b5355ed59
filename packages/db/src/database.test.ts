import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { asc, eq, isNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { categories, createDatabase, DataDirectoryLockedError, migrateDatabase, provinces, users } from './index.ts';
import { createTestDatabase, type TestDatabase } from './testing.ts';

describe(`database on ${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite'}`, () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase(process.env.DATABASE_URL);
  });
  afterAll(() => database?.close());

  it('has the 31 provinces and the trade tree after migrating', async () => {
    const rows = await database.db.select().from(provinces).orderBy(asc(provinces.sortOrder));
    expect(rows).toHaveLength(31);
    expect(rows.find((p) => p.code === 'IR-23')).toMatchObject({ nameFa: 'تهران', nameEn: 'Tehran' });
    const roots = await database.db.select({ slug: categories.slug }).from(categories).where(isNull(categories.parentId));
    expect(roots.map((r) => r.slug)).toEqual(expect.arrayContaining(['textiles', 'leather', 'food', 'handicrafts', 'clothing', 'gifts']));
    const honey = await database.db.query.categories.findFirst({ where: eq(categories.slug, 'honey') });
    const food = await database.db.query.categories.findFirst({ where: eq(categories.slug, 'food') });
    expect(honey?.parentId).toBe(food?.id);
  });

  it('migrates again without change', async () => {
    await migrateDatabase(database, database.url);
    expect(await database.db.$count(provinces)).toBe(31);
  });

  it('refuses a second user with the same email', async () => {
    await database.db.insert(users).values({ email: 'dup@example.com', name: 'A', passwordHash: 'x' });
    await expect(database.db.insert(users).values({ email: 'dup@example.com', name: 'B', passwordHash: 'x' })).rejects.toThrow();
  });
});

describe('PGlite data directory', () => {
  it('is locked against a second opener until the first closes', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'bz-lock-'));
    const first = await createDatabase({ dataDir });
    await expect(createDatabase({ dataDir })).rejects.toThrow(DataDirectoryLockedError);
    await expect(createDatabase({ dataDir })).rejects.toThrow(/already open in another Bazaarche process/);
    await first.close();
    const second = await createDatabase({ dataDir });
    expect(await second.ping()).toBe(true);
    await second.close();
  });
});
