import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponses } from '../../../errors/error-schema.ts';
import { capacityDeclaration, inviteMemberBody, membership, networkMemberParams, networkParams } from '../../../schemas/networks.ts';
import { acceptInvitation } from '../../../services/networks/accept-invitation.ts';
import { declareCapacity } from '../../../services/networks/declare-capacity.ts';
import { inviteMember } from '../../../services/networks/invite-member.ts';
import { removeMember } from '../../../services/networks/remove-member.ts';

const secured = { tags: ['networks'], security: [{ bearer: [] }] };

/** A network's memberships: registered by networkRoutes, inside the authenticated scope. */
export const networkMemberRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.database.db;

  app.post(
    '/networks/:id/members',
    { schema: { ...secured, params: networkParams, body: inviteMemberBody, response: { 201: membership, ...errorResponses(400, 401, 403, 404, 409, 422) } } },
    async (request, reply) => reply.status(201).send(await inviteMember(db, await app.requireActor(request), request.params.id, request.body)),
  );

  app.post(
    '/networks/:id/members/accept',
    { schema: { ...secured, params: networkParams, response: { 200: membership, ...errorResponses(401, 403, 404, 409) } } },
    async (request) => acceptInvitation(db, await app.requireActor(request), request.params.id),
  );

  app.patch(
    '/networks/:id/members/:producerId',
    {
      schema: {
        ...secured,
        description:
          'A member declares the units a week they can make (the leader may set it for them): `capacityPerWeek` for every trade of the network, and `trades: [{ trade, capacityPerWeek }]` for one trade over that (null goes back to the default; a trade the network does not have is 422). It counts from now on in splits (in the bulk order’s trade) and routing (in the trade of the order’s first line); what was already allocated stays. An invited producer may declare it before accepting. Anyone else: 403, or 404 when not a member.',
        params: networkMemberParams,
        body: capacityDeclaration,
        response: { 200: membership, ...errorResponses(400, 401, 403, 404, 422) },
      },
    },
    async (request) => declareCapacity(db, await app.requireActor(request), request.params.id, request.params.producerId, request.body),
  );

  app.delete(
    '/networks/:id/members/:producerId',
    {
      schema: {
        ...secured,
        description:
          'A member leaves the network, or its leader (or an admin) removes them or withdraws an invitation: 204. 409 `network_member_busy` while they have bulk shares not yet checked or retail parts given to them and not yet delivered. Their listings sold through the network go back to their shop alone. Anyone else: 403, or 404 when not a member.',
        params: networkMemberParams,
        response: { 204: z.null().meta({ description: 'Left or removed' }), ...errorResponses(401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      await removeMember(db, await app.requireActor(request), request.params.id, request.params.producerId);
      return reply.status(204).send(null);
    },
  );
};
