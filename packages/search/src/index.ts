export type { CatalogSearch, SearchDocument, SearchQuery, SearchResult, SearchSort, Suggestion } from './port.ts';
export { createPostgresSearch } from './postgres.ts';
export { createMeilisearchSearch } from './meilisearch.ts';
export { advancingGeneration, type AnswerCache, createAnswerCache, type IndexGeneration } from './cached.ts';
export { createIndexGeneration } from './index-generation.ts';
