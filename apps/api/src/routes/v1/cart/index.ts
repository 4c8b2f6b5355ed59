import type { Storage } from '@bazaarche/media';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponses } from '../../../errors/error-schema.ts';
import { cartLineBody, cartResponse } from '../../../schemas/cart.ts';
import { uuidParam } from '../../../schemas/catalogue.ts';
import { type CartPaymentOptions, presentCart, putCartLine, readCart, removeCartLine } from '../../../services/orders/cart.ts';

/** The signed-in buyer's cart, kept on the server: every route here is the caller's own cart. */
/**
 * `currency`: the marketplace currency (`config.currency`), the one an empty cart answers in;
 * `payment`: what checkout takes, so the cart can say which methods the buyer may choose.
 */
export const cartRoutes: FastifyPluginAsyncZod<{ storage: Storage; currency: string; payment: CartPaymentOptions }> = async (app, { storage, currency, payment }) => {
  const db = app.database.db;
  const tags = ['cart'];
  const security = [{ bearer: [] }];
  app.addHook('preHandler', app.authenticate);

  app.get('/cart', { schema: { tags, security, response: { 200: cartResponse, ...errorResponses(401) } } }, async (request) =>
    presentCart(db, await readCart(db, request.user.id), request.locale, storage, currency, payment),
  );

  app.put(
    '/cart/items',
    { schema: { tags, security, body: cartLineBody, response: { 200: cartResponse, ...errorResponses(400, 401, 404, 409, 422) } } },
    async (request) => {
      await putCartLine(db, request.user.id, request.body);
      return presentCart(db, await readCart(db, request.user.id), request.locale, storage, currency, payment);
    },
  );

  app.delete(
    '/cart/items/:id',
    {
      schema: {
        tags,
        security,
        params: z.object({ id: uuidParam }),
        response: { 204: z.null().meta({ description: 'Removed' }), ...errorResponses(401, 404, 422) },
      },
    },
    async (request, reply) => {
      await removeCartLine(db, request.user.id, request.params.id);
      return reply.status(204).send(null);
    },
  );
};
