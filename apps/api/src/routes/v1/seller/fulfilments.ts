import { fulfilmentStatuses } from '@bazaarche/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../../../errors/app-error.ts';
import { errorResponses } from '../../../errors/error-schema.ts';
import { sellerFulfilmentResponse } from '../../../schemas/orders.ts';
import { pageOf, paginationQuery } from '../../../schemas/pagination.ts';
import { listSellerFulfilments } from '../../../services/orders/list-seller-fulfilments.ts';

/** Registered inside the seller routes, whose hook authenticates. */
export const sellerFulfilmentRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.database.db;

  app.get(
    '/fulfilments',
    {
      schema: {
        tags: ['seller'],
        security: [{ bearer: [] }],
        description:
          'The caller’s shop’s fulfilments, newest first, optionally in one `status`: each with its lines, the buyer’s shipping address, the order’s and the payment’s state, and the timeline of this part of the order. 403 `no_shop` without a shop.',
        querystring: paginationQuery.extend({ status: z.enum(fulfilmentStatuses).optional() }),
        response: { 200: pageOf(sellerFulfilmentResponse), ...errorResponses(401, 403, 422) },
      },
    },
    async (request) => {
      const actor = await app.loadActor(request);
      if (!actor?.producer) throw new AppError('no_shop', { status: 403 });
      const { page, perPage, status } = request.query;
      const { items, total } = await listSellerFulfilments(db, actor.producer.id, { status, page, perPage }, request.locale);
      return { items, total, page, perPage };
    },
  );
};
