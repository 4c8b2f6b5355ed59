import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponses } from '../../../errors/error-schema.ts';
import { shopAllocation } from '../../../schemas/bulk-orders.ts';
import { listShopAllocations } from '../../../services/bulk-orders/list-shop-allocations.ts';

/** Registered inside the seller routes, whose hook authenticates. */
export const sellerAllocationRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.database.db;

  app.get(
    '/allocations',
    {
      schema: {
        tags: ['networks'],
        security: [{ bearer: [] }],
        description: 'The caller’s shop’s shares of bulk orders, newest first: the member’s task list.',
        response: { 200: z.object({ items: z.array(shopAllocation) }), ...errorResponses(401, 403) },
      },
    },
    async (request) => ({ items: await listShopAllocations(db, await app.requireActor(request)) }),
  );
};
