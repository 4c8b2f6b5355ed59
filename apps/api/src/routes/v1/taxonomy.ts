import { categories, provinces } from '@bazaarche/db';
import { asc } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { type CategoryNode, categoriesResponse, provincesResponse } from '../../schemas/catalogue.ts';

export const taxonomyRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.database.db;
  const cache = 'public, max-age=300';

  app.get('/provinces', { schema: { tags: ['taxonomy'], response: { 200: provincesResponse } } }, async (request, reply) => {
    const rows = await db.select().from(provinces).orderBy(asc(provinces.sortOrder));
    reply.header('Cache-Control', cache);
    return { items: rows.map(({ code, nameFa, nameEn }) => ({ code, nameFa, nameEn, name: request.locale === 'fa' ? nameFa : nameEn })) };
  });

  app.get('/categories', { schema: { tags: ['taxonomy'], response: { 200: categoriesResponse } } }, async (request, reply) => {
    const rows = await db.select().from(categories).orderBy(asc(categories.sortOrder));
    const nodes = new Map(
      rows.map((row) => [
        row.id,
        { slug: row.slug, nameFa: row.nameFa, nameEn: row.nameEn, name: request.locale === 'fa' ? row.nameFa : row.nameEn, children: [] as CategoryNode[] },
      ]),
    );
    const roots: CategoryNode[] = [];
    for (const row of rows) (row.parentId === null ? roots : nodes.get(row.parentId)!.children).push(nodes.get(row.id)!);
    reply.header('Cache-Control', cache);
    return { items: roots };
  });
};
