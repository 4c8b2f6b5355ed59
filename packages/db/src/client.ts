import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { type SQL, sql } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import { lockDataDirectory } from './data-dir-lock.ts';
import * as schema from './schema/index.ts';

type Schema = typeof schema;
/** The one database type the rest of the code sees, whichever driver is underneath. */
export type Database = PgDatabase<PgQueryResultHKT, Schema>;
/** A transaction or the database itself: queries take this first, so a transaction passes straight through. */
export type Executor = Pick<Database, 'select' | 'selectDistinctOn' | 'insert' | 'update' | 'delete' | 'execute' | 'query' | 'transaction'>;

export type DatabaseOptions =
  | { databaseUrl: string; maxConnections?: number }
  | { dataDir: string }
  | { memory: true };

export interface DatabaseHandle {
  db: Database;
  kind: 'postgres' | 'pglite';
  /** Where the data lives, with any password left out: for start-up logs and /health. */
  location: string;
  ping(): Promise<boolean>;
  close(): Promise<void>;
}

const drizzleConfig = { schema, casing: 'snake_case' } as const;
// PGlite loads extensions at every open, or writes to a trigram-indexed table fail.
const extensions = { pg_trgm };

export async function createDatabase(options: DatabaseOptions): Promise<DatabaseHandle> {
  if ('databaseUrl' in options) return openPostgres(options.databaseUrl, options.maxConnections ?? 10);
  if ('memory' in options) return openPglite(await PGlite.create({ extensions }), 'memory', async () => {});
  const dir = pgliteDirectory(options.dataDir);
  mkdirSync(dir, { recursive: true });
  const release = await lockDataDirectory(dir);
  try {
    return await openPglite(await PGlite.create(dir, { extensions }), dir, release);
  } catch (error) {
    await release();
    throw error;
  }
}

function openPostgres(url: string, max: number): DatabaseHandle {
  const client = postgres(url, { max, onnotice: () => {} });
  const db = drizzlePostgres(client, drizzleConfig) as unknown as Database;
  const parsed = new URL(url);
  return {
    db,
    kind: 'postgres',
    location: `${parsed.hostname}:${parsed.port || 5432}${parsed.pathname}`,
    ping: () => ping(db),
    close: () => client.end({ timeout: 5 }),
  };
}

async function openPglite(client: PGlite, location: string, release: () => Promise<void>): Promise<DatabaseHandle> {
  await client.waitReady;
  const db = drizzlePglite(client, drizzleConfig) as unknown as Database;
  return {
    db,
    kind: 'pglite',
    location,
    ping: () => ping(db),
    close: async () => {
      await client.close();
      await release();
    },
  };
}

async function ping(db: Database): Promise<boolean> {
  try {
    await db.execute(sql`select 1`);
    return true;
  } catch {
    return false;
  }
}

function pgliteDirectory(dataDir: string): string {
  return join(resolve(dataDir), 'pglite');
}

/** Raw SQL rows, whichever driver ran them: postgres.js returns the rows, PGlite an object holding them. */
export async function queryRows<T extends Record<string, unknown>>(db: Pick<Database, 'execute'>, query: SQL): Promise<T[]> {
  const result: unknown = await db.execute(query);
  return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
}
