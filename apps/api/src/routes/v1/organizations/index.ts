import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorResponses } from '../../../errors/error-schema.ts';
import { organization, organizationBody, organizationParams } from '../../../schemas/organizations.ts';
import { createOrganization } from '../../../services/organizations/create-organization.ts';
import { getOrganization } from '../../../services/organizations/get-organization.ts';
import { organizationMemberRoutes } from './members.ts';

const secured = { tags: ['organizations'], security: [{ bearer: [] }] };

/** Organisations that buy in bulk: registered inside the authenticated scope. */
export const organizationRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.database.db;
  await app.register(organizationMemberRoutes);

  app.post(
    '/organizations',
    {
      schema: {
        ...secured,
        description: 'Opens an organisation’s account, pending until a platform admin approves it; the caller is its first admin.',
        body: organizationBody,
        response: { 201: organization, ...errorResponses(400, 401, 422) },
      },
    },
    async (request, reply) => reply.status(201).send(await createOrganization(db, await app.requireActor(request), request.body)),
  );

  app.get(
    '/organizations/:id',
    {
      schema: {
        ...secured,
        description: 'For its members (invited or active) and platform admins; 404 to anyone else, as for an id that names nothing.',
        params: organizationParams,
        response: { 200: organization, ...errorResponses(401, 404, 422) },
      },
    },
    async (request) => getOrganization(db, await app.requireActor(request), request.params.id),
  );
};
