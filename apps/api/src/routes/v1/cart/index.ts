import type { Storage } from '@bazaarche/media';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponses } from '../../../errors/error-schema.ts';
import { cartLineBody, cartQuoteBody, cartQuoteResponse, cartResponse } from '../../../schemas/cart.ts';
import { uuidParam } from '../../../schemas/catalogue.ts';
import { type CartPaymentOptions, presentCart, putCartLine, readCart, removeCartLine } from '../../../services/orders/cart.ts';
import { quoteCart } from '../../../services/orders/quote-cart.ts';

/**
 * `currency`: the marketplace currency (`config.currency`), the one an empty cart answers in;
 * `payment`: what checkout takes, so the cart can say which methods the buyer may choose.
 */
export interface CartRoutesOptions {
  storage: Storage;
  currency: string;
  payment: CartPaymentOptions;
}

/** Anyone's: a cart priced from the lines sent, for a guest's cart that the storefront keeps. */
export const cartPublicRoutes: FastifyPluginAsyncZod<CartRoutesOptions> = async (app, { storage, currency, payment }) => {
  const db = app.database.db;
  app.post(
    '/cart/quote',
    {
      // Signed in or not: a signed-in caller is told which lines are their own to not buy.
      preHandler: app.authenticateOptional,
      schema: {
        tags: ['cart'],
        description:
          'Prices the lines given as `GET /v1/cart` prices the account’s cart, and answers in its shape: each line with its problem in the caller’s language, the sums per seller with shipping, the payment methods and `actions`. Nothing is stored. Lines of one listing and variant are added together. A listing that is not public is a line with the problem `listing_not_found` and `listing: null`; a signed-in caller’s own listing (their shop’s, or a network’s they lead) has the problem `own_listing`.',
        body: cartQuoteBody,
        response: { 200: cartQuoteResponse, ...errorResponses(400, 401, 422) },
      },
    },
    async (request) =>
      quoteCart(db, request.body.items, { callerUserId: request.user?.id ?? null, locale: request.locale, storage, marketplaceCurrency: currency, payment }),
  );
};

/** The signed-in buyer's cart, kept on the server (registered in the signed-in scope): every route here is the caller's own cart. */
export const cartRoutes: FastifyPluginAsyncZod<CartRoutesOptions> = async (app, { storage, currency, payment }) => {
  const db = app.database.db;
  const tags = ['cart'];
  const security = [{ bearer: [] }];

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
