import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorResponses } from '../../../errors/error-schema.ts';
import { bulkOrder, bulkOrderParams, qualityCheckBody, reallocateBody, splitBody, suggestedSplit } from '../../../schemas/bulk-orders.ts';
import { getBulkOrder } from '../../../services/bulk-orders/get-bulk-order.ts';
import { reallocateRejected } from '../../../services/bulk-orders/reallocate-rejected.ts';
import { recordQualityCheck } from '../../../services/bulk-orders/record-quality-check.ts';
import { splitBulkOrder } from '../../../services/bulk-orders/split-bulk-order.ts';
import { suggestSplit } from '../../../services/bulk-orders/suggest-split.ts';

const secured = { tags: ['networks'], security: [{ bearer: [] }] };

/** A network's bulk orders, for its leader and the members allocated a share: registered inside the authenticated scope. */
export const bulkOrderRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.database.db;

  app.get(
    '/bulk-orders/:id',
    { schema: { ...secured, params: bulkOrderParams, response: { 200: bulkOrder, ...errorResponses(401, 404) } } },
    async (request) => getBulkOrder(db, await app.requireActor(request), request.params.id),
  );

  app.get(
    '/bulk-orders/:id/suggested-split',
    {
      schema: {
        ...secured,
        description:
          'What `strategy: "capacity"` would allocate now of the units not yet offered to anyone (the whole order before its first split), written nowhere, with each active member’s free capacity to the due date: the leader adjusts it and sends it as a manual split.',
        params: bulkOrderParams,
        response: { 200: suggestedSplit, ...errorResponses(401, 403, 404) },
      },
    },
    async (request) => suggestSplit(db, await app.requireActor(request), request.params.id),
  );

  app.post(
    '/bulk-orders/:id/split',
    {
      schema: {
        ...secured,
        description:
          'Shares out the units not yet offered to anyone among active members: in proportion to free capacity, or by the leader’s numbers (checked; 422 with the issues). The whole order at first; later, what no member had room for at a split or after a decline, once someone has. Rejected units go through `/reallocate` instead. 409 when nothing is left to offer.',
        params: bulkOrderParams,
        body: splitBody,
        response: { 200: bulkOrder, ...errorResponses(400, 401, 403, 404, 409, 422) },
      },
    },
    async (request) => splitBulkOrder(db, await app.requireActor(request), request.params.id, request.body),
  );

  app.post(
    '/bulk-orders/:id/quality-check',
    {
      schema: {
        ...secured,
        description: 'Records accepted and rejected units of an allocation; accepted units are paid to the member (less the network’s fee) through the ledger.',
        params: bulkOrderParams,
        body: qualityCheckBody,
        response: { 200: bulkOrder, ...errorResponses(400, 401, 403, 404, 409, 422) },
      },
    },
    async (request) => recordQualityCheck(db, await app.requireActor(request), request.params.id, request.body),
  );

  app.post(
    '/bulk-orders/:id/reallocate',
    {
      schema: {
        ...secured,
        description: 'Offers an allocation’s rejected units to be made again: to one member, or by free capacity.',
        params: bulkOrderParams,
        body: reallocateBody,
        response: { 200: bulkOrder, ...errorResponses(400, 401, 403, 404, 409, 422) },
      },
    },
    async (request) => reallocateRejected(db, await app.requireActor(request), request.params.id, request.body),
  );
};
