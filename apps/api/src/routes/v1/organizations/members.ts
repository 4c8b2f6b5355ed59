import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponses } from '../../../errors/error-schema.ts';
import { inviteOrganizationMemberBody, organizationMember, organizationMemberParams, organizationParams } from '../../../schemas/organizations.ts';
import { acceptOrganizationInvitation } from '../../../services/organizations/accept-organization-invitation.ts';
import { inviteOrganizationMember } from '../../../services/organizations/invite-organization-member.ts';
import { removeOrganizationMember } from '../../../services/organizations/remove-organization-member.ts';

const secured = { tags: ['organizations'], security: [{ bearer: [] }] };

/** An organisation's colleagues: registered by organizationRoutes, inside the authenticated scope. */
export const organizationMemberRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.database.db;

  app.post(
    '/organizations/:id/members',
    {
      schema: {
        ...secured,
        description:
          'An active admin of the organisation invites a colleague who has an account, by email, as `admin`, `buyer` or `finance`: 201 `invited`. 404 `organization_invitee_not_found` when no account has that email; 409 when they are already invited or a member. Other members: 403; anyone else: 404.',
        params: organizationParams,
        body: inviteOrganizationMemberBody,
        response: { 201: organizationMember, ...errorResponses(400, 401, 403, 404, 409, 422) },
      },
    },
    async (request, reply) => reply.status(201).send(await inviteOrganizationMember(db, await app.requireActor(request), request.params.id, request.body)),
  );

  app.post(
    '/organizations/:id/members/accept',
    {
      schema: {
        ...secured,
        description: 'The invited colleague joins. 409 when already active; a platform admin with no invitation: 403; anyone else: 404.',
        params: organizationParams,
        response: { 200: organizationMember, ...errorResponses(401, 403, 404, 409, 422) },
      },
    },
    async (request) => acceptOrganizationInvitation(db, await app.requireActor(request), request.params.id),
  );

  app.delete(
    '/organizations/:id/members/:userId',
    {
      schema: {
        ...secured,
        description:
          'A colleague leaves, or an active admin removes them or withdraws their invitation: 204. 409 `organization_last_admin` for its last active admin. Other members: 403; anyone else: 404.',
        params: organizationMemberParams,
        response: { 204: z.null().meta({ description: 'Left or removed' }), ...errorResponses(401, 403, 404, 409, 422) },
      },
    },
    async (request, reply) => {
      await removeOrganizationMember(db, await app.requireActor(request), request.params.id, request.params.userId);
      return reply.status(204).send(null);
    },
  );
};
