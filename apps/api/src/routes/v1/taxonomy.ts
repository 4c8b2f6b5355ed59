import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { categoriesResponse, provincesResponse } from '../../schemas/catalogue.ts';
import { listCategories } from '../../services/catalogue/list-categories.ts';
import { listProvinces } from '../../services/catalogue/list-provinces.ts';

export const taxonomyRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.database.db;
  const cache = 'public, max-age=300';

  app.get('/provinces', { schema: { tags: ['taxonomy'], response: { 200: provincesResponse } } }, async (request, reply) => {
    reply.header('Cache-Control', cache);
    return { items: await listProvinces(db, request.locale) };
  });

  app.get('/categories', { schema: { tags: ['taxonomy'], response: { 200: categoriesResponse } } }, async (request, reply) => {
    reply.header('Cache-Control', cache);
    return { items: await listCategories(db, request.locale) };
  });
};
