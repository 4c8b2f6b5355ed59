// The API on the bench's database, in its own process; prints `{ port }`.
import { loadConfig } from '@bazaarche/config';
import { createDatabase } from '@bazaarche/db';
import { createConfiguredSearch } from '../apps/api/src/adapters/search.ts';
import { createConfiguredPayments } from '../apps/api/src/adapters/payments.ts';
import { createConfiguredStorage } from '../apps/api/src/adapters/storage.ts';
import { buildServer } from '../apps/api/src/build-server.ts';

// The load comes from one address, far above a visitor's limit: the limiter still counts every request, as in production.
const config = loadConfig({ ...process.env, DATABASE_URL: process.env.BENCH_DATABASE_URL, LOG_LEVEL: 'silent', DATA_DIR: '/tmp/bz-bench-search', API_RATE_LIMIT: '10000000' });
const database = await createDatabase({ databaseUrl: config.databaseUrl!, maxConnections: 16 });
const search = createConfiguredSearch(config, database.db);
const app = await buildServer({ config, database, storage: createConfiguredStorage(config), payments: createConfiguredPayments(config), search, jwtSecret: 'x'.repeat(32) });
await app.listen({ port: 0, host: '127.0.0.1' });
const address = app.server.address();
process.stdout.write(`${JSON.stringify({ port: typeof address === 'object' ? address?.port : 0 })}\n`);
process.on('SIGTERM', async () => {
  await app.close();
  await database.close();
  process.exit(0);
});
