import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorResponses } from '../../../errors/error-schema.ts';
import { idParams as params } from '../../../schemas/catalogue.ts';
import { assignFulfilmentBody, orderResponse, shipFulfilmentBody } from '../../../schemas/orders.ts';
import { assignNetworkFulfilment } from '../../../services/networks/retail-routing.ts';
import { deliverFulfilment, shipFulfilment } from '../../../services/orders/move-fulfilment.ts';
import { presentOrderFor } from '../../../services/orders/present-order.ts';

/** A seller moves their own parcel on; an admin may do it for them. */
export const fulfilmentRoutes: FastifyPluginAsyncZod<{ commissionBps: number }> = async (app, { commissionBps }) => {
  const db = app.database.db;
  const tags = ['orders'];
  const security = [{ bearer: [] }];
  const who =
    'For the seller who sends it (a shop, or the member a network gave it to), the network’s leader and admins; the buyer gets 403, anyone else 404. Answers with the order as the caller sees it.';

  app.post(
    '/fulfilments/:id/assign',
    {
      schema: {
        tags,
        security,
        description:
          'A network’s leader (or an admin) gives the network’s part of an order to a member: `{ producerId }` names an active member (422 `not_a_member` otherwise); `{ automatic: true }` lets the routing rule pick: most free capacity over the coming week, then the buyer’s province, then the member given a part longest ago (409 `no_member_has_capacity` when no one has room). It may be given again until it ships (409 after). The buyer gets 403, anyone else 404. Answers with the order as the leader sees it.',
        params,
        body: assignFulfilmentBody,
        response: { 200: orderResponse, ...errorResponses(401, 403, 404, 409, 422) },
      },
    },
    async (request) => {
      const actor = await app.requireActor(request);
      const orderId = await assignNetworkFulfilment(db, actor, request.params.id, request.body);
      return presentOrderFor(db, orderId, actor, request.locale);
    },
  );

  app.post(
    '/fulfilments/:id/ship',
    {
      schema: {
        tags,
        security,
        description: `\`processing\` → \`shipped\`, with the carrier and tracking code the buyer sees in the timeline; 409 in any other state. ${who}`,
        params,
        body: shipFulfilmentBody,
        response: { 200: orderResponse, ...errorResponses(401, 403, 404, 409, 422) },
      },
    },
    async (request) => {
      const actor = await app.requireActor(request);
      const orderId = await shipFulfilment(db, request.params.id, actor, request.body);
      return presentOrderFor(db, orderId, actor, request.locale);
    },
  );

  app.post(
    '/fulfilments/:id/deliver',
    {
      schema: {
        tags,
        security,
        description: `\`shipped\` → \`delivered\`; 409 in any other state, and 409 \`cod_confirm_required\` for a cash-on-delivery parcel, which is delivered by confirming its cash (POST /v1/payments/:id/confirm with its \`fulfilmentId\`). When every fulfilment not cancelled has been delivered, the order becomes \`completed\`. ${who}`,
        params,
        response: { 200: orderResponse, ...errorResponses(401, 403, 404, 409, 422) },
      },
    },
    async (request) => {
      const actor = await app.requireActor(request);
      const orderId = await deliverFulfilment(db, request.params.id, actor, { commissionBps });
      return presentOrderFor(db, orderId, actor, request.locale);
    },
  );
};
