import type { Storage } from '@bazaarche/media';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponses } from '../../../errors/error-schema.ts';
import { bulkOrder, bulkOrderBody } from '../../../schemas/bulk-orders.ts';
import { network, networkBody, networkParams, networkSettingsBody } from '../../../schemas/networks.ts';
import { createBulkOrder } from '../../../services/bulk-orders/create-bulk-order.ts';
import { listNetworkBulkOrders } from '../../../services/bulk-orders/list-network-bulk-orders.ts';
import { createNetwork } from '../../../services/networks/create-network.ts';
import { getNetwork } from '../../../services/networks/get-network.ts';
import { updateNetwork } from '../../../services/networks/update-network.ts';
import { networkMemberRoutes } from './members.ts';

const tags = ['networks'];
const secured = { tags, security: [{ bearer: [] }] };

/** A network's public page, which a signed-in caller sees with what they may do there. */
export const networkPublicRoutes: FastifyPluginAsyncZod<{ storage: Storage }> = async (app, { storage }) => {
  const db = app.database.db;

  app.get(
    '/networks/:id',
    { preHandler: app.authenticateOptional, schema: { tags, params: networkParams, response: { 200: network, ...errorResponses(401, 404) } } },
    async (request) => getNetwork(db, request.params.id, await app.loadActor(request), { locale: request.locale, storage }),
  );
};

/** Founding and running a network: registered inside the authenticated scope. */
export const networkRoutes: FastifyPluginAsyncZod<{ storage: Storage }> = async (app, { storage }) => {
  const db = app.database.db;
  await app.register(networkMemberRoutes);

  app.post('/networks', { schema: { ...secured, body: networkBody, response: { 201: network, ...errorResponses(400, 401, 403, 422) } } }, async (request, reply) =>
    reply.status(201).send(await createNetwork(db, await app.requireActor(request), request.body, { locale: request.locale, storage })),
  );

  app.patch(
    '/networks/:id',
    {
      schema: {
        ...secured,
        description: 'The leader (or an admin) changes the network’s name, coordination fee, routing of retail orders, or shipping rule. A new fee applies to what is delivered or checked from now on.',
        params: networkParams,
        body: networkSettingsBody,
        response: { 200: network, ...errorResponses(400, 401, 403, 404, 422) },
      },
    },
    async (request) => updateNetwork(db, await app.requireActor(request), request.params.id, request.body, { locale: request.locale, storage }),
  );

  app.post(
    '/networks/:id/bulk-orders',
    { schema: { ...secured, params: networkParams, body: bulkOrderBody, response: { 201: bulkOrder, ...errorResponses(400, 401, 403, 404, 422) } } },
    async (request, reply) => reply.status(201).send(await createBulkOrder(db, await app.requireActor(request), request.params.id, request.body)),
  );

  app.get(
    '/networks/:id/bulk-orders',
    {
      schema: {
        ...secured,
        description: 'The network’s bulk orders, newest first: for its leader, admins and active members.',
        params: networkParams,
        response: { 200: z.object({ items: z.array(bulkOrder) }), ...errorResponses(401, 404) },
      },
    },
    async (request) => ({ items: await listNetworkBulkOrders(db, await app.requireActor(request), request.params.id) }),
  );
};
