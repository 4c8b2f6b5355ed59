import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { ConfiguredPayments } from '../../../adapters/payments.ts';
import { errorResponses } from '../../../errors/error-schema.ts';
import { idParams as params } from '../../../schemas/catalogue.ts';
import { orderResponse } from '../../../schemas/orders.ts';
import { confirmPaymentBody, refundBody } from '../../../schemas/payments.ts';
import { confirmPayment } from '../../../services/orders/confirm-payment.ts';
import { refundPayment } from '../../../services/ledger/refund-payment.ts';
import { presentOrderFor } from '../../../services/orders/present-order.ts';

/** `commissionBps`: the platform's rate, charged on cash a seller takes on delivery as their debt. */
export const paymentRoutes: FastifyPluginAsyncZod<{ commissionBps: number; payments: ConfiguredPayments }> = async (app, { commissionBps, payments }) => {
  const db = app.database.db;

  app.post(
    '/payments/:id/confirm',
    {
      schema: {
        tags: ['orders'],
        security: [{ bearer: [] }],
        description:
          'Says that money for an order arrived. Who may say so follows where the money went. A bank transfer (`manual`) went to the platform’s account: only platform finance (an admin or a `finance` member) confirms it, with the `paymentReference` the buyer quoted (422 on that field unless it is this payment’s) and the bank’s own `bankReference` for the transfer, kept for the audit; the order becomes `paid` and every fulfilment `processing`. Cash on delivery (`cod`) went to the seller: the seller of the parcel (or an admin) confirms it at the door with its `fulfilmentId`, which delivers the parcel; the platform’s commission on it becomes the seller’s debt, netted from their next payout, and the payment succeeds once every parcel is paid. Anyone else who sees the order (its buyer, a seller for a transfer) gets 403, anyone else 404. 409 when the payment or parcel is not in a state for it (confirmed twice, expired, cancelled, not yet shipped) or is a card payment. Answers with the order as the caller sees it.',
        params,
        body: confirmPaymentBody,
        response: { 200: orderResponse, ...errorResponses(401, 403, 404, 409, 422) },
      },
    },
    async (request) => {
      const actor = await app.requireActor(request);
      const orderId = await confirmPayment(db, request.params.id, actor, request.body ?? {}, { commissionBps });
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
          'Sends money back to the buyer for part or all of one fulfilment (admins only) and reverses it in the ledger: from what is held before delivery, from the seller’s payable and the platform’s commission after. A card payment (`stripe`) is refunded through Stripe, whose refund id becomes the reference (a `reference` given is not used); a bank transfer or cash on delivery was sent back by a person, and `reference` is the bank’s reference for that transfer (422 on `reference` without it). Recorded only once the provider has accepted it: 502 `payment_provider_unavailable`, with nothing recorded, when Stripe refuses or cannot be reached; the same request again is safe. 409 above what was paid and not yet refunded, or when the seller’s share is more than they are owed now. The payment becomes `refunded` once all of it has gone back.',
        params,
        body: refundBody,
        response: { 200: orderResponse, ...errorResponses(401, 403, 404, 409, 422, 502) },
      },
    },
    async (request) => {
      const actor = await app.requireActor(request);
      const orderId = await refundPayment(db, request.params.id, request.body, actor.userId, payments);
      return presentOrderFor(db, orderId, actor, request.locale);
    },
  );
};
