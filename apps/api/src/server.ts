import { readOrCreateSecret } from '@bazaarche/config';
import { PaymentsConfigError } from '@bazaarche/payments';
import { createConfiguredPayments } from './adapters/payments.ts';
import { createConfiguredSearch } from './adapters/search.ts';
import { createConfiguredStorage } from './adapters/storage.ts';
import { buildServer } from './build-server.ts';
import { loadConfigOrExit, openMigratedDatabase } from './open-database.ts';
import { isEmpty, seedDemo } from './seed/seed-demo.ts';
import { startOrderExpiryWorker } from './services/orders/order-expiry-worker.ts';
import { startOutboxWorker } from './services/search/outbox-worker.ts';

const config = loadConfigOrExit();
const payments = createPaymentsOrExit();
const database = await openMigratedDatabase(config);
const storage = createConfiguredStorage(config);
if (process.argv.includes('--seed-if-empty') && (await isEmpty(database.db))) {
  process.stdout.write('Empty database: adding the demo catalogue (about a minute, once)…\n');
  await seedDemo(database.db, storage, payments, (line) => process.stdout.write(`${line}\n`));
}
const search = createConfiguredSearch(config, database.db);
await search.configure();
const server = await buildServer({ config, database, storage, search, payments, jwtSecret: config.jwtSecret ?? readOrCreateSecret(config.dataDir, 'jwt') });
const worker = startOutboxWorker(database.db, search, server.log);
const expiry = startOrderExpiryWorker(database.db, server.log);
server.addHook('onClose', async () => {
  await Promise.all([worker.stop(), expiry.stop()]);
  await database.close();
});

server.log.info(
  { db: `${database.kind} (${database.location})`, search: search.kind, payments: payments.stripe ? 'manual+stripe' : 'manual', storage: storage.kind },
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

/** A payee card or key the adapters refuse stops start-up with one line, as a bad variable does. */
function createPaymentsOrExit() {
  try {
    return createConfiguredPayments(config);
  } catch (error) {
    if (error instanceof PaymentsConfigError) {
      process.stderr.write(`Invalid configuration: ${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
}
