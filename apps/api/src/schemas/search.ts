import { z } from 'zod';
import { listingSummary } from './catalogue.ts';
import { categorySlug, minorAmount, provinceCode, text, uuid } from './primitives.ts';

export const searchQuery = z
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

export const searchResults = z
  .object({
    items: z.array(listingSummary),
    total: z.number().int(),
    page: z.number().int(),
    perPage: z.number().int(),
    facets: z.object({ category: z.record(z.string(), z.number().int()), province: z.record(z.string(), z.number().int()) }),
    tookMs: z.number(),
  })
  .meta({ id: 'SearchResults' });

export const suggestions = z.object({
  items: z.array(z.object({ id: z.string(), title: z.string(), titleFa: z.string(), titleEn: z.string().nullable() })),
});

export const suggestQuery = z.object({ q: text(200, { min: 0 }).default('') }).strict();
