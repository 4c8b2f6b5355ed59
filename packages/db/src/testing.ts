import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import { createDatabase, type DatabaseHandle } from './client.ts';
import { migrateDatabase } from './migrate.ts';

export interface TestDatabase extends DatabaseHandle {
  /** The URL of the throw-away database on PostgreSQL; undefined on PGlite. */
  url: string | undefined;
}

/**
 * A fresh, migrated database for one test file: a throw-away database on the PostgreSQL server
 * at `serverUrl` (dropped on close), or an in-memory PGlite when no server is given. `migrationsFolder`:
 * the migrations to apply instead of all of them, for a test of a later one's backfill.
 */
export async function createTestDatabase(serverUrl: string | undefined, { migrationsFolder }: { migrationsFolder?: string } = {}): Promise<TestDatabase> {
  if (!serverUrl) {
    const handle = await createDatabase({ memory: true });
    await migrateDatabase(handle, undefined, migrationsFolder);
    return { ...handle, url: undefined };
  }
  const name = `bz_test_${randomBytes(6).toString('hex')}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  try {
    // C.UTF-8 ctype so that pg_trgm keeps Persian letters.
    await admin.unsafe(`create database ${name} template template0 encoding 'UTF8' lc_collate 'C.UTF-8' lc_ctype 'C.UTF-8'`);
  } finally {
    await admin.end({ timeout: 5 });
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const handle = await createDatabase({ databaseUrl: url.toString(), maxConnections: 5 });
  await migrateDatabase(handle, url.toString(), migrationsFolder);
  return {
    ...handle,
    url: url.toString(),
    close: async () => {
      await handle.close();
      const dropper = postgres(serverUrl, { max: 1, onnotice: () => {} });
      try {
        await dropper.unsafe(`drop database if exists ${name} with (force)`);
      } finally {
        await dropper.end({ timeout: 5 });
      }
    },
  };
}
