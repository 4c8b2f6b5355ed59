import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { ConfiguredPayments } from '../../../adapters/payments.ts';
import { paymentMethodsResponse } from '../../../schemas/payments.ts';
import { listPaymentMethods } from '../../../services/payments/list-payment-methods.ts';

/** Public: what checkout offers is no secret, and a storefront asks before the buyer signs in. */
export const paymentMethodRoutes: FastifyPluginAsyncZod<{ payments: ConfiguredPayments }> = async (app, { payments }) => {
  const methods = listPaymentMethods(payments);
  app.get(
    '/payment-methods',
    {
      schema: {
        tags: ['orders'],
        description:
          'The payment methods a buyer may choose at checkout (`paymentMethod` of POST /v1/orders). `manual` is a bank transfer to the platform’s account by Sheba, and card-to-card too when `cardToCard` is true; the account itself is given on the order, in `payment.transfer`. Fixed by the configuration, so it may be cached.',
        response: { 200: paymentMethodsResponse },
      },
    },
    async (_request, reply) => {
      reply.header('Cache-Control', 'public, max-age=300');
      return methods;
    },
  );
};
