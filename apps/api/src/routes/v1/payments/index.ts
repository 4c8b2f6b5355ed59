import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponses } from '../../../errors/error-schema.ts';
import { uuidParam } from '../../../schemas/catalogue.ts';
import { orderResponse } from '../../../schemas/orders.ts';
import { confirmManualPayment } from '../../../services/orders/confirm-payment.ts';
import { presentOrderFor } from '../../../services/orders/present-order.ts';

export const paymentRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.database.db;
  app.addHook('preHandler', app.authenticate);

  app.post(
    '/payments/:id/confirm',
    {
      schema: {
        tags: ['orders'],
        security: [{ bearer: [] }],
        description:
          'Marks a manual payment as received: the order becomes `paid` and every seller’s fulfilment `processing`. For admins and the sellers in the order; the buyer gets 403, anyone else 404. 409 when the payment is not pending (confirmed twice, or its order expired or was cancelled) or is not manual. Answers with the order as the caller sees it.',
        params: z.object({ id: uuidParam }),
        response: { 200: orderResponse, ...errorResponses(401, 403, 404, 409, 422) },
      },
    },
    async (request) => {
      const actor = await app.requireActor(request);
      const orderId = await confirmManualPayment(db, request.params.id, actor);
      return presentOrderFor(db, orderId, actor, request.locale);
    },
  );
};
