import { normalizeForSearch } from '@bazaarche/domain';
import {
  Meilisearch,
  type EnqueuedTaskPromise,
  type FacetDistribution,
  type SearchParams,
  type Settings,
} from 'meilisearch';
import type { CatalogSearch, SearchDocument, SearchQuery, SearchResult, SearchSort, Suggestion } from './port.ts';

export interface MeilisearchSearchOptions {
  host: string;
  apiKey?: string;
  /** Defaults to 'listings'. */
  indexUid?: string;
  /** How long to wait for one indexing task; a full reindex of a large catalogue needs more than the client's 5 s. */
  taskTimeoutMs?: number;
  /** Per HTTP request, so that a hung server fails the probe instead of holding /health open. */
  requestTimeoutMs?: number;
}

/** The facets every search returns, mapped to `SearchResult.facets` by `facetsFrom`. */
const FACETS = ['categorySlugs', 'provinceCode'] as const;

// Persian (ISO 639-3 'pes'; 'fa' is accepted too, 'fas' is not) so that charabia never takes
// Persian for Arabic, whose segmenter splits a leading «ال» («الیاف» → «ال» «یاف»); English
// because many titles carry an English half.
const LOCALES = ['pes', 'eng'];

/**
 * Trade words buyers use interchangeably, Persian and English. Written as people type them and
 * normalised when the settings are built, because documents and queries are normalised too.
 */
export const TRADE_SYNONYMS: readonly (readonly string[])[] = [
  ['عسل', 'انگبین', 'honey'],
  ['حوله', 'towel'],
  ['چرم', 'چرمی', 'leather'],
  ['سفال', 'سفالی', 'pottery'],
  ['گلیم', 'kilim'],
  ['فرش', 'قالی', 'carpet', 'rug'],
  ['کیف', 'bag'],
  ['روپوش', 'gown'],
  ['زعفران', 'saffron'],
  ['پسته', 'pistachio'],
  ['خشکبار', 'آجیل', 'nuts'],
  ['ترشی', 'pickle'],
  ['صابون', 'soap'],
  ['سوزن‌دوزی', 'embroidery'],
  ['شال', 'scarf'],
  ['حصیر', 'wicker'],
];

/** Every word of a group maps to all the others (Meilisearch synonyms are one-way unless listed both ways). */
export function synonymsFor(groups: readonly (readonly string[])[]): Record<string, string[]> {
  const synonyms: Record<string, Set<string>> = {};
  for (const group of groups) {
    const words = [...new Set(group.map((word) => normalizeForSearch(word)).filter(Boolean))];
    for (const word of words) {
      const others = (synonyms[word] ??= new Set());
      for (const other of words) if (other !== word) others.add(other);
    }
  }
  return Object.fromEntries(Object.entries(synonyms).map(([word, others]) => [word, [...others]]));
}

/**
 * The ranking rules with `sort` moved first, so that a price or date sort is a strict order
 * rather than a tie-breaker inside relevance buckets; with no sort asked, the rule does nothing.
 * Built from the server's own list because rule names differ between Meilisearch versions.
 */
export function rankingRulesWithSortFirst(current: readonly string[]): string[] {
  return ['sort', ...current.filter((rule) => rule !== 'sort')];
}

export function meilisearchSettings(rankingRules: string[]): Settings {
  return {
    // Title first: the attribute ranking rule ranks a title match above a description match.
    searchableAttributes: ['titleText', 'text'],
    filterableAttributes: ['categorySlugs', 'provinceCode', 'sellerId', 'networkId', 'madeToOrder', 'priceMinor'],
    sortableAttributes: ['priceMinor', 'publishedAt'],
    rankingRules,
    typoTolerance: {
      enabled: true,
      // Persian words are short (عسل، کیف، حوله): one typo from four letters, two from eight.
      minWordSizeForTypos: { oneTypo: 4, twoTypos: 8 },
      // «۱۰۰۰» must not find «۲۰۰۰».
      disableOnNumbers: true,
    },
    synonyms: synonymsFor(TRADE_SYNONYMS),
    localizedAttributes: [{ attributePatterns: ['titleText', 'text'], locales: LOCALES }],
    faceting: { maxValuesPerFacet: 200 },
    pagination: { maxTotalHits: 100_000 },
  };
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const PROVINCE = /^IR-\d{2}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A filter string literal: backslashes and double quotes escaped, as Meilisearch's filter parser reads them. */
export function quoteFilterValue(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

function checked(field: string, value: string, pattern: RegExp): string {
  if (!pattern.test(value)) throw new Error(`Invalid search filter ${field}: ${JSON.stringify(value)}`);
  return quoteFilterValue(value);
}

function checkedPrice(field: string, value: number): number {
  if (!Number.isSafeInteger(value) || value < 0) throw new Error(`Invalid search filter ${field}: ${String(value)}`);
  return value;
}

/**
 * The query's filters as Meilisearch conditions (an array is AND-ed). Values are checked against
 * strict patterns and then quoted anyway: the API validates them first, this is defence in depth.
 */
export function buildFilter(query: Omit<SearchQuery, 'text' | 'sort' | 'page' | 'perPage'>): string[] {
  const filter: string[] = [];
  if (query.category !== undefined) filter.push(`categorySlugs = ${checked('category', query.category, SLUG)}`);
  if (query.province !== undefined) filter.push(`provinceCode = ${checked('province', query.province, PROVINCE)}`);
  if (query.seller !== undefined) filter.push(`sellerId = ${checked('seller', query.seller.toLowerCase(), UUID)}`);
  if (query.network !== undefined) filter.push(`networkId = ${checked('network', query.network.toLowerCase(), UUID)}`);
  if (query.madeToOrder !== undefined) {
    if (typeof query.madeToOrder !== 'boolean') throw new Error('Invalid search filter madeToOrder');
    filter.push(`madeToOrder = ${query.madeToOrder}`);
  }
  if (query.priceMin !== undefined) filter.push(`priceMinor >= ${checkedPrice('priceMin', query.priceMin)}`);
  if (query.priceMax !== undefined) filter.push(`priceMinor <= ${checkedPrice('priceMax', query.priceMax)}`);
  return filter;
}

export function sortFor(sort: SearchSort): string[] | undefined {
  switch (sort) {
    case 'price_asc':
      return ['priceMinor:asc'];
    case 'price_desc':
      return ['priceMinor:desc'];
    case 'newest':
      return ['publishedAt:desc'];
    case 'relevance':
      return undefined;
  }
}

/**
 * Query text reaches Meilisearch with its two query operators removed: `"` (phrase) and a leading
 * `-` (exclusion). Normalised text has neither; this keeps raw text that skipped normalisation plain.
 */
export function plainQuery(text: string): string {
  return text.replace(/"/g, ' ').replace(/(^|\s)-+/g, '$1');
}

export function facetsFrom(distribution: FacetDistribution | undefined): SearchResult['facets'] {
  return { category: { ...distribution?.categorySlugs }, province: { ...distribution?.provinceCode } };
}

export function createMeilisearchSearch(options: MeilisearchSearchOptions): CatalogSearch {
  const client = new Meilisearch({
    host: options.host,
    ...(options.apiKey ? { apiKey: options.apiKey } : {}),
    timeout: options.requestTimeoutMs ?? 10_000,
    defaultWaitOptions: { timeout: options.taskTimeoutMs ?? 120_000, interval: 50 },
  });
  const uid = options.indexUid ?? 'listings';
  const index = client.index<SearchDocument>(uid);

  // `waitTask` resolves with a failed task too; a write that did not happen must not look as if it had.
  async function settled(task: EnqueuedTaskPromise, what: string, tolerated?: string): Promise<void> {
    const done = await task.waitTask();
    if (done.status === 'succeeded') return;
    if (tolerated && done.error?.code === tolerated) return;
    throw new Error(`Meilisearch ${what} on index ${uid} ${done.status}: ${done.error?.message ?? 'no reason given'}`);
  }

  return {
    kind: 'meilisearch',

    async configure() {
      await settled(client.createIndex(uid, { primaryKey: 'id' }), 'index creation', 'index_already_exists');
      const rankingRules = rankingRulesWithSortFirst(await index.getRankingRules());
      await settled(index.updateSettings(meilisearchSettings(rankingRules)), 'settings update');
    },

    async index(documents) {
      if (documents.length === 0) return;
      const tasks = index.addDocumentsInBatches(documents, 1_000, { primaryKey: 'id' });
      for (const task of tasks) await settled(task, 'document indexing');
    },

    async remove(ids) {
      if (ids.length === 0) return;
      await settled(index.deleteDocuments(ids), 'document removal');
    },

    async clear() {
      await settled(index.deleteAllDocuments(), 'clearing');
    },

    async search(query) {
      const filter = buildFilter(query);
      const sort = sortFor(query.sort);
      const params = {
        ...(filter.length > 0 ? { filter } : {}),
        ...(sort ? { sort } : {}),
        facets: [...FACETS],
        // page/hitsPerPage make Meilisearch count every hit, so `total` is exact rather than estimated.
        page: query.page,
        hitsPerPage: query.perPage,
        attributesToRetrieve: ['id'],
        // Every word must match, as a buyer narrowing a search expects; typos and prefixes still apply.
        matchingStrategy: 'all',
        locales: LOCALES,
      } satisfies SearchParams;
      const response = await index.search<Pick<SearchDocument, 'id'>, typeof params>(plainQuery(query.text), params);
      return {
        ids: response.hits.map((hit) => hit.id),
        total: response.totalHits,
        facets: facetsFrom(response.facetDistribution),
      };
    },

    async suggest(text, limit) {
      if (text.trim() === '' || limit < 1) return [];
      const response = await index.search<Pick<SearchDocument, 'id' | 'titleFa' | 'titleEn'>>(plainQuery(text), {
        limit,
        attributesToRetrieve: ['id', 'titleFa', 'titleEn'],
        attributesToSearchOn: ['titleText'],
        locales: LOCALES,
      });
      return response.hits.map(
        (hit): Suggestion => ({ id: hit.id, titleFa: hit.titleFa, titleEn: hit.titleEn ?? null }),
      );
    },

    async probe() {
      try {
        return (await client.health()).status === 'available';
      } catch {
        return false;
      }
    },
  };
}
