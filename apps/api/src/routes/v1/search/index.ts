import { normalizeForSearch } from '@bazaarche/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponses } from '../../../errors/error-schema.ts';
import { listingSummary } from '../../../schemas/catalogue.ts';
import { categorySlug, minorAmount, provinceCode, text, uuid } from '../../../schemas/primitives.ts';
import { localizedTitle } from '../../../services/catalogue/present-listing.ts';
import type { ListingSearch } from '../../../services/search/search-listings.ts';

const query = z
  .object({
    q: text(200, { min: 0 }).default(''),
    category: categorySlug.optional(),
    province: provinceCode.optional(),
    priceMin: z.coerce.number().pipe(minorAmount()).optional(),
    priceMax: z.coerce.number().pipe(minorAmount()).optional(),
    seller: uuid.optional(),
    network: uuid.optional(),
    madeToOrder: z.enum(['true', 'false']).optional(),
    sort: z.enum(['relevance', 'price_asc', 'price_desc', 'newest']).default('relevance'),
    // Deep pages cost the engine the most and help no one: 1,000 pages of 100 is the whole catalogue.
    page: z.coerce.number().int().min(1).max(1000).default(1),
    perPage: z.coerce.number().int().min(1).max(100).default(20),
  })
  .strict();

const results = z
  .object({
    items: z.array(listingSummary),
    total: z.number().int(),
    page: z.number().int(),
    perPage: z.number().int(),
    facets: z.object({ category: z.record(z.string(), z.number().int()), province: z.record(z.string(), z.number().int()) }),
    tookMs: z.number(),
  })
  .meta({ id: 'SearchResults' });

const suggestions = z.object({
  items: z.array(z.object({ id: z.string(), title: z.string(), titleFa: z.string(), titleEn: z.string().nullable() })),
});

export const searchRoutes: FastifyPluginAsyncZod<{ search: ListingSearch }> = async (app, { search }) => {
  app.get(
    '/search',
    { schema: { tags: ['search'], querystring: query, response: { 200: results, ...errorResponses(422) } } },
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
    { schema: { tags: ['search'], querystring: z.object({ q: text(200, { min: 0 }).default('') }).strict(), response: { 200: suggestions, ...errorResponses(422) } } },
    async (request) => {
      const found = await search.suggest(normalizeForSearch(request.query.q), 8);
      return { items: found.map((s) => ({ ...s, title: localizedTitle(s, request.locale) })) };
    },
  );
};
