import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { type ConfiguredPayments, paymentMethodsOf } from '../../../adapters/payments.ts';
import { errorResponses } from '../../../errors/error-schema.ts';
import { idParams as params } from '../../../schemas/catalogue.ts';
import { checkoutBody, checkoutHeaders, orderResponse } from '../../../schemas/orders.ts';
import { pageOf, paginationQuery } from '../../../schemas/pagination.ts';
import { cancelOrder } from '../../../services/orders/cancel-order.ts';
import { checkout } from '../../../services/orders/checkout.ts';
import { listBuyerOrders } from '../../../services/orders/list-buyer-orders.ts';
import { presentOrderFor, presentOrderRows, presentOrders } from '../../../services/orders/present-order.ts';
import { startOrderPayment } from '../../../services/payments/start-order-payment.ts';

export interface OrderRoutesOptions {
  paymentMinutes: number;
  payments: ConfiguredPayments;
  /** The marketplace currency, the one Stripe charges in. */
  currency: string;
  /** The storefront, where Stripe sends the buyer back to. */
  publicUrl: string;
}

export const orderRoutes: FastifyPluginAsyncZod<OrderRoutesOptions> = async (app, { paymentMinutes, payments, currency, publicUrl }) => {
  const db = app.database.db;
  const paymentMethods = paymentMethodsOf(payments);
  const presentation = { manual: payments.manual, publicUrl };
  const tags = ['orders'];
  const security = [{ bearer: [] }];

  app.post(
    '/orders',
    {
      schema: {
        tags,
        security,
        description:
          'Places an order from the cart, or from `items` when given. The same `Idempotency-Key` from the same buyer returns the same order (201, then 200). `paymentMethod: "stripe"` (when Stripe is configured, for orders in its currency) answers with `payment.redirectUrl`, the Stripe Checkout page; `"manual"` with `payment.transfer`, the platform’s account to send the amount to and the reference to quote; `"cod"` (when every shop in it takes cash on delivery, else 422 on `paymentMethod`) with nothing to pay now: the order is `cash_on_delivery` at once (its sellers start work, it never expires, and it is never counted as paid), its payment `pending` until each seller confirms the cash at the door, when it becomes `completed`. 409 `own_listing` for a listing of the buyer’s own shop or of a network they lead. 502 `payment_provider_unavailable` when the order was placed but Stripe could not be reached: the order stays pending until it expires, and the same request with the same `Idempotency-Key` tries again.',
        headers: checkoutHeaders,
        body: checkoutBody,
        response: { 200: orderResponse, 201: orderResponse, ...errorResponses(400, 401, 404, 409, 422, 502) },
      },
    },
    async (request, reply) => {
      // The token's session was checked by `authenticate`; checkout needs only whose it is.
      const placed = await checkout(db, request.body, {
        buyerUserId: request.user.id,
        idempotencyKey: request.headers['idempotency-key'],
        paymentMinutes,
        paymentMethods,
        stripeCurrency: payments.stripe ? currency : undefined,
        bankTransfer: { provider: payments.manual, publicUrl },
      });
      let payment;
      try {
        payment = await startOrderPayment(db, payments, placed.created ? { order: placed.written.orders[0]!, payment: placed.written.payments[0]! } : placed.orderId, publicUrl);
      } catch (error) {
        request.log.warn({ err: error, orderId: placed.orderId }, 'payment could not start');
        throw error;
      }
      // The caller placed it: they see it as its buyer, without asking which parts they sell. A new
      // order is shown from what its transaction wrote; a replayed one is read.
      const [order] =
        placed.created && payment
          ? await presentOrderRows({ ...placed.written, payments: [payment] }, [placed.orderId], request.locale, () => 'buyer', presentation)
          : await presentOrders(db, [placed.orderId], request.locale, () => 'buyer', presentation);
      return reply.status(placed.created ? 201 : 200).send(order!);
    },
  );

  app.get(
    '/orders',
    {
      schema: { tags, security, description: 'The caller’s orders as a buyer, newest first.', querystring: paginationQuery, response: { 200: pageOf(orderResponse), ...errorResponses(401, 422) } },
    },
    async (request) => listBuyerOrders(db, request.user.id, request.query, request.locale, presentation),
  );

  app.get(
    '/orders/:id',
    {
      schema: {
        tags,
        security,
        description: 'The buyer and admins see the whole order; a seller sees their own fulfilments in it.',
        params,
        response: { 200: orderResponse, ...errorResponses(401, 404, 422) },
      },
    },
    async (request) => presentOrderFor(db, request.params.id, await app.requireActor(request), request.locale, presentation),
  );

  app.post(
    '/orders/:id/cancel',
    {
      schema: {
        tags,
        security,
        description:
          'Cancels an order until its first parcel is shipped: every fulfilment is cancelled and its stock returned; a pending payment is cancelled, one that succeeded becomes `refund_due` (paid back through the ledger). For the buyer and admins, under the same rule; a seller in the order gets 403, anyone else 404. 409 once anything has shipped or the order is already closed. Answers with the order as the caller sees it.',
        params,
        response: { 200: orderResponse, ...errorResponses(401, 403, 404, 409, 422) },
      },
    },
    async (request) => {
      const actor = await app.requireActor(request);
      await cancelOrder(db, request.params.id, actor);
      return presentOrderFor(db, request.params.id, actor, request.locale);
    },
  );
};
