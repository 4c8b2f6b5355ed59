import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorResponses } from '../../../errors/error-schema.ts';
import { allocationParams, allocationResult, progressBody } from '../../../schemas/bulk-orders.ts';
import { acceptAllocation } from '../../../services/bulk-orders/accept-allocation.ts';
import { declineAllocation } from '../../../services/bulk-orders/decline-allocation.ts';
import { deliverAllocation } from '../../../services/bulk-orders/deliver-allocation.ts';
import { reportAllocationProgress } from '../../../services/bulk-orders/report-allocation-progress.ts';

const secured = { tags: ['networks'], security: [{ bearer: [] }] };
const step = { schema: { ...secured, params: allocationParams, response: { 200: allocationResult, ...errorResponses(401, 403, 404, 409) } } };

/** What the member allocated a share of a bulk order does with it: registered inside the authenticated scope. */
export const allocationRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.database.db;

  app.post('/allocations/:id/accept', step, async (request) => acceptAllocation(db, await app.requireActor(request), request.params.id));
  app.post('/allocations/:id/decline', step, async (request) => declineAllocation(db, await app.requireActor(request), request.params.id));
  app.post('/allocations/:id/deliver', step, async (request) => deliverAllocation(db, await app.requireActor(request), request.params.id));

  app.post(
    '/allocations/:id/progress',
    {
      schema: {
        ...secured,
        params: allocationParams,
        body: progressBody,
        response: { 200: allocationResult, ...errorResponses(400, 401, 403, 404, 409, 422) },
      },
    },
    async (request) => reportAllocationProgress(db, await app.requireActor(request), request.params.id, request.body.doneQuantity),
  );
};
