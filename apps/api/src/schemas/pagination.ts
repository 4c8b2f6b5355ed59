import { z } from 'zod';

export const paginationQuery = z.object({
  // A bound keeps the offset a number the database takes; no list here has 2 million entries a person pages through.
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  perPage: z.coerce.number().int().min(1).max(100).default(20),
});

export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), total: z.number().int(), page: z.number().int(), perPage: z.number().int() });
}
