import { listingStatuses } from '@bazaarche/domain';
import type { Storage } from '@bazaarche/media';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../../../errors/app-error.ts';
import { errorResponses } from '../../../errors/error-schema.ts';
import { listingSummary } from '../../../schemas/catalogue.ts';
import { pageOf, paginationQuery } from '../../../schemas/pagination.ts';
import { pageOfListings, sellerListingsFilter } from '../../../services/catalogue/list-listings.ts';
import { presentListingSummaries } from '../../../services/catalogue/present-listing.ts';
import { sellerAllocationRoutes } from './allocations.ts';
import { sellerFulfilmentRoutes } from './fulfilments.ts';

/** The seller's own workbench: everything here is scoped to the caller's shop. */
export const sellerRoutes: FastifyPluginAsyncZod<{ storage: Storage }> = async (app, { storage }) => {
  const db = app.database.db;
  app.addHook('preHandler', app.authenticate);
  await app.register(sellerFulfilmentRoutes);
  await app.register(sellerAllocationRoutes);

  app.get(
    '/listings',
    {
      schema: {
        tags: ['seller'],
        security: [{ bearer: [] }],
        querystring: paginationQuery.extend({ status: z.enum(listingStatuses).optional() }),
        response: { 200: pageOf(listingSummary), ...errorResponses(401, 403, 422) },
      },
    },
    async (request) => {
      const actor = await app.loadActor(request);
      if (!actor?.producer) throw new AppError('no_shop');
      const { page, perPage, status } = request.query;
      const { rows, total } = await pageOfListings(db, sellerListingsFilter(actor.producer.id, status), { page, perPage });
      return { items: await presentListingSummaries(db, rows, request.locale, storage), total, page, perPage };
    },
  );
};
