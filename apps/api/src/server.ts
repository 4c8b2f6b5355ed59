import { readOrCreateSecret } from '@bazaarche/config';
import { createConfiguredSearch } from './adapters/search.ts';
import { createConfiguredStorage } from './adapters/storage.ts';
import { buildServer } from './build-server.ts';
import { loadConfigOrExit, openMigratedDatabase } from './open-database.ts';
import { isEmpty, seedDemo } from './seed/seed-demo.ts';
import { startOrderExpiryWorker } from './services/orders/order-expiry-worker.ts';
import { startOutboxWorker } from './services/search/outbox-worker.ts';

const config = loadConfigOrExit();
const database = await openMigratedDatabase(config);
const storage = createConfiguredStorage(config);
if (process.argv.includes('--seed-if-empty') && (await isEmpty(database.db))) {
  process.stdout.write('Empty database: adding the demo catalogue (about a minute, once)…\n');
  await seedDemo(database.db, storage, (line) => process.stdout.write(`${line}\n`));
}
const search = createConfiguredSearch(config, database.db);
await search.configure();
const server = await buildServer({ config, database, storage, search, jwtSecret: config.jwtSecret ?? readOrCreateSecret(config.dataDir, 'jwt') });
const worker = startOutboxWorker(database.db, search, server.log);
const expiry = startOrderExpiryWorker(database.db, server.log);
server.addHook('onClose', async () => {
  await Promise.all([worker.stop(), expiry.stop()]);
  await database.close();
});

server.log.info(
  { db: `${database.kind} (${database.location})`, search: search.kind, payments: config.stripe ? 'stripe' : 'manual', storage: storage.kind },
  'adapters chosen',
);

let closing = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, async () => {
    if (closing) return;
    closing = true;
    server.log.info({ signal }, 'closing');
    await server.close();
    process.exit(0);
  });
}

await server.listen({ port: config.apiPort, host: config.host });
