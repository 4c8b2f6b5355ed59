import { loadConfig } from '@bazaarche/config';
import { createDatabase } from '@bazaarche/db';
import { createPostgresSearch } from '@bazaarche/search';
import { createConfiguredStorage } from './adapters/storage.ts';
import { createConfiguredPayments } from './adapters/payments.ts';
import { buildServer } from './build-server.ts';

/** Prints the OpenAPI document: the source the typed API client is generated from. */
export async function exportOpenApi(): Promise<string> {
  const database = await createDatabase({ memory: true });
  const config = loadConfig({ LOG_LEVEL: 'silent' });
  const server = await buildServer({ config, database, storage: createConfiguredStorage(config), payments: createConfiguredPayments(config), search: createPostgresSearch(database.db), jwtSecret: 'x'.repeat(32) });
  try {
    await server.ready();
    return `${JSON.stringify(server.swagger(), null, 2)}\n`;
  } finally {
    await server.close();
    await database.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) process.stdout.write(await exportOpenApi());
