import { InvalidSignatureError, MalformedEventError, type PaymentProvider } from '@bazaarche/payments';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { AppError } from '../../../errors/app-error.ts';
import { errorResponses } from '../../../errors/error-schema.ts';
import { webhookReceipt } from '../../../schemas/payments.ts';
import { applyProviderEvent } from '../../../services/payments/apply-provider-event.ts';

/**
 * Provider webhooks. Encapsulated, so the JSON body stays raw bytes here only: the signature is
 * over exactly what was sent, and a parsed and re-serialised body would not verify.
 */
export const webhookRoutes: FastifyPluginAsyncZod<{ stripe: PaymentProvider | undefined }> = async (app, { stripe }) => {
  app.addContentTypeParser('application/json', { parseAs: 'buffer' }, (_request, body, done) => done(null, body));

  app.post(
    '/webhooks/stripe',
    {
      schema: {
        tags: ['payments'],
        description:
          'Stripe’s events, verified by `Stripe-Signature` over the raw body and applied once per event id, in the same transaction as their effect: a completed Checkout pays the order, an expired one expires it, a final failure fails the payment. A repeat, late or out-of-order event never moves an order backwards; money arriving for an order already closed makes its payment `refund_due`. 400 `invalid_signature` (nothing recorded) for a delivery Stripe did not sign, 400 `malformed_request` for a signed body that is no readable event; 404 when Stripe is not configured.',
        response: { 200: webhookReceipt, ...errorResponses(400, 404) },
      },
    },
    async (request) => {
      if (!stripe) throw new AppError('not_found');
      const body = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
      let event;
      try {
        event = await stripe.parseEvent(body, request.headers);
      } catch (error) {
        if (error instanceof InvalidSignatureError) {
          request.log.warn({ reason: error.message }, 'stripe webhook refused');
          throw new AppError('invalid_signature');
        }
        if (error instanceof MalformedEventError) {
          request.log.warn({ reason: error.message }, 'stripe webhook unreadable');
          throw new AppError('malformed_request');
        }
        throw error;
      }
      const outcome = await applyProviderEvent(app.database.db, event);
      const level = outcome === 'amount_mismatch' || outcome === 'paid_after_close' ? 'warn' : 'info';
      request.log[level]({ eventId: event.eventId, type: event.type, outcome }, 'stripe event');
      return { received: true as const };
    },
  );
};
