import type { Config } from '@bazaarche/config';
import type { Database } from '@bazaarche/db';
import { advancingGeneration, type CatalogSearch, createIndexGeneration, createMeilisearchSearch, createPostgresSearch } from '@bazaarche/search';

/**
 * Meilisearch when MEILI_HOST is set; otherwise search runs in the database itself. Either way
 * each change to the index moves the generation that cached answers are checked against.
 */
export function createConfiguredSearch(config: Pick<Config, 'meili'>, db: Database): CatalogSearch {
  const engine = config.meili ? createMeilisearchSearch({ host: config.meili.host, apiKey: config.meili.apiKey }) : createPostgresSearch(db);
  return advancingGeneration(engine, createIndexGeneration(db));
}
