import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import type { PgliteDatabase } from 'drizzle-orm/pglite';
import postgres from 'postgres';
import type { DatabaseHandle, Executor } from './client.ts';
import { categories, provinces } from './schema/index.ts';
import { type CategorySeed, categorySeed } from './taxonomy/categories.ts';
import { provinceSeed } from './taxonomy/provinces.ts';

export const migrationsFolder = fileURLToPath(new URL('../../../drizzle', import.meta.url));

// Any constant will do, as long as every Bazaarche process uses the same one.
const MIGRATION_LOCK = 7_261_004_721;

/**
 * Applies drizzle-kit's migrations, then brings the reference taxonomy (provinces, trades) up to
 * date. On PostgreSQL an advisory lock makes concurrent starts wait for each other instead of
 * racing to create the same tables. `folder`: another set of migrations, for a test that starts from
 * an older schema.
 */
export async function migrateDatabase(handle: DatabaseHandle, databaseUrl?: string, folder = migrationsFolder): Promise<void> {
  if (handle.kind === 'postgres') {
    if (!databaseUrl) throw new Error('migrateDatabase needs the database URL for PostgreSQL');
    const client = postgres(databaseUrl, { max: 1, onnotice: () => {} });
    try {
      await client`select pg_advisory_lock(${MIGRATION_LOCK})`;
      await migratePostgres(drizzlePostgres(client), { migrationsFolder: folder });
      await client`select pg_advisory_unlock(${MIGRATION_LOCK})`;
    } finally {
      await client.end({ timeout: 5 });
    }
  } else {
    await migratePglite(handle.db as unknown as PgliteDatabase, { migrationsFolder: folder });
  }
  await handle.db.transaction((tx) => upsertTaxonomy(tx));
}

async function upsertTaxonomy(db: Executor): Promise<void> {
  await db
    .insert(provinces)
    .values(provinceSeed.map((p, index) => ({ ...p, sortOrder: index })))
    .onConflictDoUpdate({
      target: provinces.code,
      set: { nameFa: sql`excluded.name_fa`, nameEn: sql`excluded.name_en`, sortOrder: sql`excluded.sort_order` },
    });
  await upsertCategories(db, categorySeed, null);
}

async function upsertCategories(db: Executor, seeds: CategorySeed[], parentId: number | null): Promise<void> {
  for (const [index, { children, ...seed }] of seeds.entries()) {
    const [row] = await db
      .insert(categories)
      .values({ ...seed, parentId, sortOrder: index })
      .onConflictDoUpdate({ target: categories.slug, set: { nameFa: seed.nameFa, nameEn: seed.nameEn, parentId, sortOrder: index } })
      .returning({ id: categories.id });
    if (children) await upsertCategories(db, children, row!.id);
  }
}
