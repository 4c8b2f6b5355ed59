import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { LIMITS } from '@bazaarche/domain';
import { z } from 'zod';
import { errorResponses } from '../../../errors/error-schema.ts';
import { uuidParam } from '../../../schemas/catalogue.ts';
import { orderResponse } from '../../../schemas/orders.ts';
import { minorAmount, text } from '../../../schemas/primitives.ts';
import { confirmManualPayment } from '../../../services/orders/confirm-payment.ts';
import { refundPayment } from '../../../services/ledger/refund-payment.ts';
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

  app.post(
    '/payments/:id/refunds',
    {
      preHandler: app.requireAdmin,
      schema: {
        tags: ['orders'],
        security: [{ bearer: [] }],
        description:
          'Records money sent back to the buyer for part or all of one fulfilment (admins only), with the bank’s reference, and reverses it in the ledger: from what is held before delivery, from the seller’s payable and the platform’s commission after. 409 above what was paid and not yet refunded, or when the seller’s share is more than they are owed now. The payment becomes `refunded` once all of it has gone back.',
        params: z.object({ id: uuidParam }),
        body: z
          .object({
            fulfilmentId: uuidParam,
            amountMinor: minorAmount({ min: 1, max: LIMITS.orderTotalMinor }),
            reference: text(100),
            reason: z.enum(['order_cancelled', 'requested_by_customer', 'goods_returned', 'duplicate']),
          })
          .strict(),
        response: { 200: orderResponse, ...errorResponses(401, 403, 404, 409, 422) },
      },
    },
    async (request) => {
      const actor = await app.requireActor(request);
      const orderId = await refundPayment(db, request.params.id, request.body, actor.userId);
      return presentOrderFor(db, orderId, actor, request.locale);
    },
  );
};
