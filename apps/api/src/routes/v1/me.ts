import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorResponses } from '../../errors/error-schema.ts';
import { profile } from '../../schemas/auth.ts';
import { getProfile } from '../../services/accounts/get-profile.ts';

export const meRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/me',
    { schema: { tags: ['auth'], security: [{ bearer: [] }], response: { 200: profile, ...errorResponses(401) } } },
    async (request) => getProfile(app.database.db, request.user.id),
  );
};
