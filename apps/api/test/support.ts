import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '@bazaarche/config';
import { createTestDatabase, type TestDatabase } from '@bazaarche/db/testing';
import type { FastifyInstance } from 'fastify';
import { buildServer } from '../src/build-server.ts';

export interface TestApp {
  app: FastifyInstance;
  database: TestDatabase;
  close(): Promise<void>;
}

/**
 * The API on a fresh database of its own: a throw-away database on the PostgreSQL server named by
 * DATABASE_URL, or an in-memory PGlite when it is unset. Nothing is shared between test files.
 */
export async function createTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const database = await createTestDatabase(process.env.DATABASE_URL);
  const config = loadConfig({
    DATA_DIR: mkdtempSync(join(tmpdir(), 'bz-api-')),
    LOG_LEVEL: 'silent',
    AUTH_RATE_LIMIT: '10000',
    NODE_ENV: 'test',
    ...env,
  });
  const app = await buildServer({ config, database, jwtSecret: 'test-secret-that-is-long-enough-for-hs256' });
  await app.ready();
  return {
    app,
    database,
    close: async () => {
      await app.close();
      await database.close();
    },
  };
}

let counter = 0;
/** A registered user with a fresh session; every call makes a new, unique person. */
export async function registerUser(app: FastifyInstance, overrides: Partial<{ email: string; password: string; name: string }> = {}) {
  const body = {
    email: `user${Date.now()}-${counter++}@example.com`,
    password: 'correct horse battery',
    name: 'مریم رضایی',
    ...overrides,
  };
  const response = await app.inject({ method: 'POST', url: '/v1/auth/register', payload: body });
  if (response.statusCode !== 201) throw new Error(`register failed: ${response.statusCode} ${response.body}`);
  const session = response.json() as { user: { id: string; email: string }; accessToken: string; refreshToken: string };
  return { ...session, password: body.password, auth: { authorization: `Bearer ${session.accessToken}` } };
}
