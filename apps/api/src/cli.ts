import { parseArgs } from 'node:util';
import { isLocale } from '@bazaarche/i18n';
import { PASSWORD_MIN_LENGTH } from '@bazaarche/domain';
import { createConfiguredPayments } from './adapters/payments.ts';
import { createConfiguredSearch } from './adapters/search.ts';
import { createConfiguredStorage } from './adapters/storage.ts';
import { loadConfigOrExit, openMigratedDatabase } from './open-database.ts';
import { createOrUpdateUser } from './services/accounts/create-user.ts';
import { seedDemo } from './seed/seed-demo.ts';
import { expireOverdueOrders } from './services/orders/expire-overdue-orders.ts';
import { drainOutbox } from './services/search/drain-outbox.ts';
import { reindexAll } from './services/search/reindex.ts';

const usage = `Usage: pnpm cli <command>
  migrate                                   apply database migrations and the province/trade taxonomy
  seed                                      add the demo data (idempotent)
  reindex                                   rebuild the search index from the database
  outbox:drain                              deliver every waiting search-index update now
  orders:expire                             expire unpaid orders past their deadline and return their stock
  user:create --email E --password P [--name N] [--locale fa|en] [--admin] [--finance]
                                            create a user, or reset its password; --admin grants admin,
                                            --finance platform finance (confirms bank transfers)`;

const [command, ...rest] = process.argv.slice(2);
const commands: Record<string, () => Promise<string>> = {
  migrate: async () => 'Database is migrated.',
  seed: async () => {
    await seedDemo(database.db, createConfiguredStorage(config), createConfiguredPayments(config), (line) => process.stdout.write(`${line}\n`));
    return 'Demo data is in place.';
  },
  reindex: async () => {
    const started = performance.now();
    const count = await reindexAll(database.db, createConfiguredSearch(config, database.db), { log: (line) => process.stdout.write(`${line}\n`) });
    return `Indexed ${count} listings in ${((performance.now() - started) / 1000).toFixed(1)} s.`;
  },
  'outbox:drain': async () => {
    const search = createConfiguredSearch(config, database.db);
    const { delivered, failed } = await drainOutbox(database.db, search);
    if (failed) process.exitCode = 1;
    return `Delivered ${delivered} outbox rows${failed ? `; ${failed} failed and will be retried` : ''}.`;
  },
  'orders:expire': async () => `Expired ${await expireOverdueOrders(database.db)} overdue orders.`,
  'user:create': async () => {
    const { values } = parseArgs({
      args: rest,
      options: { email: { type: 'string' }, password: { type: 'string' }, name: { type: 'string' }, locale: { type: 'string' }, admin: { type: 'boolean' }, finance: { type: 'boolean' } },
    });
    if (!values.email?.includes('@')) fail('user:create needs --email with an address');
    if (!values.password || values.password.length < PASSWORD_MIN_LENGTH) fail(`user:create needs --password of at least ${PASSWORD_MIN_LENGTH} characters`);
    const locale = values.locale ?? 'fa';
    if (!isLocale(locale)) fail('--locale must be fa or en');
    const { id, created } = await createOrUpdateUser(database.db, {
      email: values.email!,
      password: values.password!,
      name: values.name ?? values.email!.split('@')[0]!,
      locale,
      admin: values.admin ?? false,
      finance: values.finance ?? false,
    });
    const roles = [...(values.admin ? ['admin'] : []), ...(values.finance ? ['finance'] : [])];
    return `${created ? 'Created' : 'Updated'} user ${values.email} (${id})${roles.length > 0 ? ` with ${roles.join(' and ')} role` : ''}.`;
  },
};

function fail(message: string): never {
  process.stderr.write(`${message}\n\n${usage}\n`);
  process.exit(2);
}

const run = command ? commands[command] : undefined;
if (!run) fail(command ? `Unknown command: ${command}` : 'No command given');
const config = loadConfigOrExit();
const database = await openMigratedDatabase(config);
try {
  process.stdout.write(`${await run()}\n`);
} finally {
  await database.close();
}
