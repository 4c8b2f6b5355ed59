import { normalizeForSearch } from '@bazaarche/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorResponses } from '../../../errors/error-schema.ts';
import { searchQuery, searchResults, suggestions, suggestQuery } from '../../../schemas/search.ts';
import { localizedTitle } from '../../../services/catalogue/present-listing.ts';
import type { ListingSearch } from '../../../services/search/search-listings.ts';

export const searchRoutes: FastifyPluginAsyncZod<{ search: ListingSearch }> = async (app, { search }) => {
  app.get(
    '/search',
    { schema: { tags: ['search'], querystring: searchQuery, response: { 200: searchResults, ...errorResponses(422) } } },
    async (request) => {
      const started = performance.now();
      const { q, madeToOrder, ...filters } = request.query;
      const found = await search.search(
        { ...filters, text: normalizeForSearch(q), madeToOrder: madeToOrder === undefined ? undefined : madeToOrder === 'true' },
        request.locale,
      );
      return { ...found, page: filters.page, perPage: filters.perPage, tookMs: Math.round((performance.now() - started) * 10) / 10 };
    },
  );

  app.get(
    '/search/suggest',
    { schema: { tags: ['search'], querystring: suggestQuery, response: { 200: suggestions, ...errorResponses(422) } } },
    async (request) => {
      const found = await search.suggest(normalizeForSearch(request.query.q), 8);
      return { items: found.map((s) => ({ ...s, title: localizedTitle(s, request.locale) })) };
    },
  );
};
