import { type Database, searchDocuments, searchWords } from '@bazaarche/db';
import { and, arrayContains, asc, desc, eq, gte, inArray, lte, type SQL, sql } from 'drizzle-orm';
import type { CatalogSearch, SearchDocument, SearchQuery, SearchResult, Suggestion } from './port.ts';

const MAX_TERMS = 8;

interface Term {
  word: string;
  prefix: boolean;
}
const MAX_TERM_LENGTH = 40;
/** Trigram similarity a correction must reach; short Persian words share few trigrams. */
const MIN_SIMILARITY = 0.25;

/**
 * Search in the database itself, the embedded default: a `simple` tsvector over normalised text
 * with GIN, prefix matching for as-you-type, and typo correction against a small vocabulary of the
 * index's own words (trigram-indexed), so the full-text query stays an index scan.
 */
export function createPostgresSearch(db: Database): CatalogSearch {
  /**
   * The query's words as terms: the last one, still being typed, as a prefix; the others as
   * finished words. A word the index does not know becomes its closest known word.
   */
  async function resolveTerms(text: string): Promise<Term[] | null> {
    const words = text
      .split(' ')
      .filter(Boolean)
      .slice(0, MAX_TERMS)
      .map((word) => word.slice(0, MAX_TERM_LENGTH));
    const terms: Term[] = [];
    for (const [index, word] of words.entries()) {
      const prefix = index === words.length - 1;
      const [known] = await db
        .select({ word: searchWords.word })
        .from(searchWords)
        .where(prefix ? sql`${searchWords.word} like ${`${escapeLike(word)}%`}` : eq(searchWords.word, word))
        .limit(1);
      if (known) {
        terms.push({ word, prefix });
        continue;
      }
      const closest = await db.transaction(async (tx) => {
        // `%` is what the trigram index answers; its threshold is a setting, lowered for this query only.
        await tx.execute(sql.raw(`set local pg_trgm.similarity_threshold = ${MIN_SIMILARITY}`));
        const [row] = await tx
          .select({ word: searchWords.word })
          .from(searchWords)
          .where(sql`${searchWords.word} % ${word}`)
          .orderBy(sql`${searchWords.word} <-> ${word}`, asc(searchWords.word))
          .limit(1);
        return row;
      });
      if (!closest) return null;
      terms.push({ word: closest.word, prefix });
    }
    return terms;
  }

  function tsQuery(terms: Term[]): SQL {
    // Terms hold letters and digits only (normalizeForSearch removes everything else), so the
    // built string has no tsquery syntax of its own; it still travels as a bound parameter.
    const text = terms
      .map(({ word, prefix }) => `${word.replace(/[^\p{L}\p{N}]/gu, '')}${prefix ? ':*' : ''}`)
      .join(' & ');
    return sql`to_tsquery('simple', ${text})`;
  }

  function filters(query: SearchQuery): SQL[] {
    const conditions: SQL[] = [];
    if (query.category) conditions.push(arrayContains(searchDocuments.categorySlugs, [query.category]));
    if (query.province) conditions.push(eq(searchDocuments.provinceCode, query.province));
    if (query.seller) conditions.push(eq(searchDocuments.sellerId, query.seller));
    if (query.network) conditions.push(eq(searchDocuments.networkId, query.network));
    if (query.madeToOrder !== undefined) conditions.push(eq(searchDocuments.madeToOrder, query.madeToOrder));
    if (query.priceMin !== undefined) conditions.push(gte(searchDocuments.priceMinor, query.priceMin));
    if (query.priceMax !== undefined) conditions.push(lte(searchDocuments.priceMinor, query.priceMax));
    return conditions;
  }

  const empty = (): SearchResult => ({ ids: [], total: 0, facets: { category: {}, province: {} } });

  return {
    kind: 'postgres',

    // The tables and indexes come with the database migrations.
    async configure() {},

    async index(documents: SearchDocument[]) {
      if (documents.length === 0) return;
      const rows = documents.map((d) => ({
        listingId: d.id,
        // The document text holds the titles too.
        tsv: sql`to_tsvector('simple', ${d.text})`,
        titleTsv: sql`to_tsvector('simple', ${d.titleText})`,
        categorySlugs: d.categorySlugs,
        provinceCode: d.provinceCode,
        sellerId: d.sellerId,
        networkId: d.networkId,
        madeToOrder: d.madeToOrder,
        priceMinor: d.priceMinor,
        currency: d.currency,
        publishedAt: new Date(d.publishedAt),
        titleFa: d.titleFa,
        titleEn: d.titleEn,
      }));
      const words = [...new Set(documents.flatMap((d) => `${d.titleText} ${d.text}`.split(' ')).filter((w) => w.length > 0 && w.length <= 60))];
      await db.transaction(async (tx) => {
        await tx
          .insert(searchDocuments)
          .values(rows)
          .onConflictDoUpdate({
            target: searchDocuments.listingId,
            set: Object.fromEntries(
              Object.keys(rows[0]!)
                .filter((key) => key !== 'listingId')
                .map((key) => [key, sql.raw(`excluded.${key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)}`)]),
            ),
          });
        for (let i = 0; i < words.length; i += 1000) {
          await tx
            .insert(searchWords)
            .values(words.slice(i, i + 1000).map((word) => ({ word })))
            .onConflictDoNothing();
        }
      });
    },

    async remove(ids: string[]) {
      if (ids.length) await db.delete(searchDocuments).where(inArray(searchDocuments.listingId, ids));
    },

    async clear() {
      await db.execute(sql`truncate ${searchDocuments}, ${searchWords}`);
    },

    async search(query: SearchQuery): Promise<SearchResult> {
      const conditions = filters(query);
      let titleMatch: SQL | undefined;
      if (query.text.trim()) {
        const terms = await resolveTerms(query.text);
        if (!terms || terms.length === 0) return empty();
        conditions.push(sql`${searchDocuments.tsv} @@ ${tsQuery(terms)}`);
        titleMatch = tsQuery(terms);
      }
      const where = conditions.length ? and(...conditions) : undefined;
      const order =
        query.sort === 'price_asc'
          ? [asc(searchDocuments.priceMinor), asc(searchDocuments.listingId)]
          : query.sort === 'price_desc'
            ? [desc(searchDocuments.priceMinor), asc(searchDocuments.listingId)]
            : query.sort === 'newest' || !titleMatch
              ? [desc(searchDocuments.publishedAt), asc(searchDocuments.listingId)]
              : // Relevance: all words in the title first, ranked by the small title vector alone.
                [
                  sql`(${searchDocuments.titleTsv} @@ ${titleMatch}) desc`,
                  sql`ts_rank(${searchDocuments.titleTsv}, ${titleMatch}) desc`,
                  desc(searchDocuments.publishedAt),
                  asc(searchDocuments.listingId),
                ];
      const [page, groups] = await Promise.all([
        db
          .select({ id: searchDocuments.listingId })
          .from(searchDocuments)
          .where(where)
          .orderBy(...order)
          .limit(query.perPage)
          .offset((query.page - 1) * query.perPage),
        // One pass over the matches, grouped by the few distinct (trade path, province) pairs;
        // both facets and the total are added up from those groups.
        db
          .select({ slugs: searchDocuments.categorySlugs, province: searchDocuments.provinceCode, count: sql<number>`count(*)`.mapWith(Number) })
          .from(searchDocuments)
          .where(where)
          .groupBy(searchDocuments.categorySlugs, searchDocuments.provinceCode),
      ]);
      const facets: SearchResult['facets'] = { category: {}, province: {} };
      let total = 0;
      for (const { slugs, province, count } of groups) {
        total += count;
        facets.province[province] = (facets.province[province] ?? 0) + count;
        for (const slug of slugs) facets.category[slug] = (facets.category[slug] ?? 0) + count;
      }
      return {
        ids: page.map((row) => row.id),
        total,
        facets,
      };
    },

    async suggest(text: string, limit: number): Promise<Suggestion[]> {
      const terms = text.trim() ? await resolveTerms(text) : null;
      if (!terms || terms.length === 0) return [];
      const q = tsQuery(terms);
      const rows = await db
        .select({ id: searchDocuments.listingId, titleFa: searchDocuments.titleFa, titleEn: searchDocuments.titleEn })
        .from(searchDocuments)
        .where(sql`${searchDocuments.titleTsv} @@ ${q}`)
        .orderBy(sql`ts_rank(${searchDocuments.titleTsv}, ${q}) desc`, desc(searchDocuments.publishedAt))
        .limit(limit);
      return rows;
    },

    async probe() {
      try {
        await db.execute(sql`select 1 from ${searchWords} limit 1`);
        return true;
      } catch {
        return false;
      }
    },
  };
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
