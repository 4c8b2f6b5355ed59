import { createTestDatabase } from '@bazaarche/db/testing';
import { runCatalogSearchContract } from './contract.test-suite.ts';
import { createPostgresSearch } from './postgres.ts';

runCatalogSearchContract(process.env.DATABASE_URL ? 'postgres (PostgreSQL)' : 'postgres (PGlite)', async () => {
  const database = await createTestDatabase(process.env.DATABASE_URL);
  return { search: createPostgresSearch(database.db), close: () => database.close() };
});
