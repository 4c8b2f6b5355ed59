import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { ConfiguredPayments } from '../../../adapters/payments.ts';
import { paymentMethodsResponse } from '../../../schemas/payments.ts';
import { listPaymentMethods } from '../../../services/payments/list-payment-methods.ts';

/** Public: what checkout offers is no secret, and a storefront asks before the buyer signs in. */
/** `currency`: the marketplace currency (`config.currency`), told here so that a storefront never assumes one. */
export const paymentMethodRoutes: FastifyPluginAsyncZod<{ payments: ConfiguredPayments; currency: string }> = async (app, { payments, currency }) => {
  const methods = listPaymentMethods(payments, currency);
  app.get(
    '/payment-methods',
    {
      schema: {
        tags: ['orders'],
        description:
          'The payment methods a buyer may choose at checkout (`paymentMethod` of POST /v1/orders). `manual` is a bank transfer to the platform’s account by Sheba, and card-to-card too when `cardToCard` is true; the account itself is given on the order, in `payment.transfer`. `currency` is the marketplace currency, the one listings are priced, orders paid and payouts made in. Fixed by the configuration, so it may be cached.',
        response: { 200: paymentMethodsResponse },
      },
    },
    async (_request, reply) => {
      reply.header('Cache-Control', 'public, max-age=300');
      return methods;
    },
  );
};
