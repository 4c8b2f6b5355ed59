import { type Database, listings, producers } from '@bazaarche/db';
import type { Locale } from '@bazaarche/i18n';
import type { Storage } from '@bazaarche/media';
import { type AnswerCache, type CatalogSearch, createAnswerCache, createIndexGeneration, type SearchQuery, type SearchResult, type Suggestion } from '@bazaarche/search';
import { and, eq, inArray } from 'drizzle-orm';
import type { ListingSummaryResponse } from '../../schemas/catalogue.ts';
import { canonicalJson } from '../canonical-json.ts';
import { presentListingSummaries } from '../catalogue/present-listing.ts';

interface ListingSearchAnswer {
  items: ListingSummaryResponse[];
  total: number;
  facets: SearchResult['facets'];
}

export interface ListingSearch {
  search(query: SearchQuery, locale: Locale): Promise<ListingSearchAnswer>;
  suggest(text: string, limit: number): Promise<Suggestion[]>;
}

/**
 * Search as the API answers it: the engine's matches and facets with listing cards, kept in the
 * answer cache until the index next changes. Every change that shows on a card (title, price,
 * stock, photos, the shop) reaches the index through the outbox, so a kept card is as fresh as
 * the index; pauses and rejections are checked against the database on every answer, since the
 * index may lag a moment behind them.
 */
export function createListingSearch(db: Database, engine: CatalogSearch, storage: Storage, { cacheEntries }: { cacheEntries: number }): ListingSearch {
  const generation = createIndexGeneration(db);
  const answers: AnswerCache<ListingSearchAnswer> = createAnswerCache(generation, { maxEntries: cacheEntries });
  const suggestions: AnswerCache<Suggestion[]> = createAnswerCache(generation, { maxEntries: cacheEntries });

  async function publicAmong(ids: string[]): Promise<Set<string>> {
    if (ids.length === 0) return new Set();
    const rows = await db
      .select({ id: listings.id })
      .from(listings)
      .innerJoin(producers, eq(producers.id, listings.producerId))
      .where(and(inArray(listings.id, ids), eq(listings.status, 'active'), eq(producers.status, 'approved')));
    return new Set(rows.map((row) => row.id));
  }

  return {
    async search(query, locale) {
      const answer = await answers.get(`${locale}:${canonicalJson(query)}`, async () => {
        const found = await engine.search(query);
        const rows = found.ids.length ? await db.select().from(listings).where(inArray(listings.id, found.ids)) : [];
        const ordered = found.ids.flatMap((id) => rows.filter((row) => row.id === id));
        return { items: await presentListingSummaries(db, ordered, locale, storage), total: found.total, facets: found.facets };
      });
      const shown = await publicAmong(answer.items.map((item) => item.id));
      return shown.size === answer.items.length ? answer : { ...answer, items: answer.items.filter((item) => shown.has(item.id)) };
    },

    suggest(text, limit) {
      return suggestions.get(`${limit}:${text}`, () => engine.suggest(text, limit));
    },
  };
}
