import type { Config } from '@bazaarche/config';
import type { Database } from '@bazaarche/db';
import { type CatalogSearch, createMeilisearchSearch, createPostgresSearch } from '@bazaarche/search';

/** Meilisearch when MEILI_HOST is set; otherwise search runs in the database itself. */
export function createConfiguredSearch(config: Config, db: Database): CatalogSearch {
  return config.meili ? createMeilisearchSearch({ host: config.meili.host, apiKey: config.meili.apiKey }) : createPostgresSearch(db);
}
