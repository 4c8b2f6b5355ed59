import type { Storage } from '@bazaarche/media';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorResponses } from '../../../errors/error-schema.ts';
import { listingSummary, sellerListingsQuery } from '../../../schemas/catalogue.ts';
import { pageOf } from '../../../schemas/pagination.ts';
import { listSellerListings } from '../../../services/catalogue/list-seller-listings.ts';
import { sellerAllocationRoutes } from './allocations.ts';
import { sellerFulfilmentRoutes } from './fulfilments.ts';

/** The seller's own workbench: everything here is scoped to the caller's shop. */
export const sellerRoutes: FastifyPluginAsyncZod<{ storage: Storage }> = async (app, { storage }) => {
  const db = app.database.db;
  await app.register(sellerFulfilmentRoutes);
  await app.register(sellerAllocationRoutes);

  app.get(
    '/listings',
    {
      schema: {
        tags: ['seller'],
        security: [{ bearer: [] }],
        querystring: sellerListingsQuery,
        response: { 200: pageOf(listingSummary), ...errorResponses(401, 403, 422) },
      },
    },
    async (request) => listSellerListings(db, await app.requireActor(request), request.query, request.locale, storage),
  );
};
