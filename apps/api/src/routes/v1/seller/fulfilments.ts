import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorResponses } from '../../../errors/error-schema.ts';
import { sellerFulfilmentResponse, sellerFulfilmentsQuery } from '../../../schemas/orders.ts';
import { pageOf } from '../../../schemas/pagination.ts';
import { listSellerFulfilments } from '../../../services/orders/list-seller-fulfilments.ts';

/** Registered inside the seller routes, in the authenticated scope. */
export const sellerFulfilmentRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.database.db;

  app.get(
    '/fulfilments',
    {
      schema: {
        tags: ['seller'],
        security: [{ bearer: [] }],
        description:
          'The fulfilments the caller works, newest first, optionally in one `status`: their shop’s own, those of the networks they lead, and network parts assigned to their shop. Each has its lines, the buyer’s shipping address, the order’s and the payment’s state, and the timeline of this part of the order. `unassigned=true` keeps network parts no member has been given yet: a leader’s queue; `networkId` keeps one network’s parts (those the caller leads or was given). 403 `no_shop` for a caller with neither a shop nor a network.',
        querystring: sellerFulfilmentsQuery,
        response: { 200: pageOf(sellerFulfilmentResponse), ...errorResponses(401, 403, 422) },
      },
    },
    async (request) => listSellerFulfilments(db, await app.requireActor(request), request.query, request.locale),
  );
};
