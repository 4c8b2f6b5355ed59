/**
 * What the catalogue search needs from an engine. Documents and queries arrive already
 * normalised by `normalizeForSearch` (packages/domain), so every adapter sees the same text.
 */
export interface SearchDocument {
  id: string;
  /** Normalised text of titles, descriptions, shop and trade names: what words match. */
  text: string;
  /** Normalised titles alone: matches here rank first. */
  titleText: string;
  /** The listing's trade and all its ancestors, so filtering by a parent finds its children. */
  categorySlugs: string[];
  provinceCode: string;
  sellerId: string;
  networkId: string | null;
  madeToOrder: boolean;
  priceMinor: number;
  currency: string;
  /** Epoch milliseconds of first publication: `newest` sorts by it. */
  publishedAt: number;
  /** Titles as written, for suggestions. */
  titleFa: string;
  titleEn: string | null;
}

export type SearchSort = 'relevance' | 'price_asc' | 'price_desc' | 'newest';

export interface SearchQuery {
  /** Normalised query text; empty means "everything matching the filters". */
  text: string;
  category?: string | undefined;
  province?: string | undefined;
  seller?: string | undefined;
  network?: string | undefined;
  madeToOrder?: boolean | undefined;
  priceMin?: number | undefined;
  priceMax?: number | undefined;
  sort: SearchSort;
  page: number;
  perPage: number;
}

export interface SearchResult {
  /** Listing ids in result order. */
  ids: string[];
  total: number;
  /** Over the whole filtered set: a listing counts for its trade and every ancestor of it. */
  facets: { category: Record<string, number>; province: Record<string, number> };
}

export interface Suggestion {
  id: string;
  titleFa: string;
  titleEn: string | null;
}

export interface CatalogSearch {
  readonly kind: 'postgres' | 'meilisearch';
  /** Creates or updates the index's settings; safe to call at every start. */
  configure(): Promise<void>;
  /** Adds or replaces documents; resolves once they are searchable. */
  index(documents: SearchDocument[]): Promise<void>;
  /** Removes documents; unknown ids are fine. */
  remove(ids: string[]): Promise<void>;
  /** Removes every document (before a full reindex). */
  clear(): Promise<void>;
  search(query: SearchQuery): Promise<SearchResult>;
  /** Up to `limit` listings whose titles start with, or closely match, the normalised text. */
  suggest(text: string, limit: number): Promise<Suggestion[]>;
  /** Whether the engine answers, for /health. */
  probe(): Promise<boolean>;
}
