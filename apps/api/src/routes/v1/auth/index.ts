import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponses } from '../../../errors/error-schema.ts';
import { authResult, loginBody, logoutBody, refreshBody, registerBody, sessionTokens } from '../../../schemas/auth.ts';
import { logIn } from '../../../services/accounts/log-in.ts';
import { presentUser } from '../../../services/accounts/present-user.ts';
import { registerUser } from '../../../services/accounts/register-user.ts';
import { revokeSession } from '../../../services/accounts/revoke-session.ts';
import { rotateRefreshToken } from '../../../services/accounts/rotate-refresh-token.ts';

const tags = ['auth'];
const limitOf = (max: number) => ({ rateLimit: { max, timeWindow: '1 minute' } });

/** Starting a session: anyone may ask. */
export const authPublicRoutes: FastifyPluginAsyncZod<{ rateLimit: number }> = async (app, { rateLimit }) => {
  const db = app.database.db;
  const sign = app.signAccessToken;
  const config = limitOf(rateLimit);

  app.post(
    '/register',
    {
      config,
      schema: { tags, body: registerBody, response: { 201: authResult, ...errorResponses(400, 409, 415, 422, 429) } },
    },
    async (request, reply) => {
      const { user, ...tokens } = await registerUser(db, { ...request.body, locale: request.body.locale ?? request.locale }, sign);
      return reply.status(201).send({ user: presentUser(user), ...tokens });
    },
  );

  app.post(
    '/login',
    { config, schema: { tags, body: loginBody, response: { 200: authResult, ...errorResponses(400, 401, 415, 422, 429) } } },
    async (request) => {
      const { user, ...tokens } = await logIn(db, request.body.email, request.body.password, sign);
      return { user: presentUser(user), ...tokens };
    },
  );

  app.post(
    '/refresh',
    { config, schema: { tags, body: refreshBody, response: { 200: sessionTokens, ...errorResponses(400, 401, 415, 422, 429) } } },
    async (request) => rotateRefreshToken(db, request.body.refreshToken, sign),
  );
};

/** Ending a session: registered in the authenticated scope, under the same stricter limit. */
export const authRoutes: FastifyPluginAsyncZod<{ rateLimit: number }> = async (app, { rateLimit }) => {
  const db = app.database.db;
  const config = limitOf(rateLimit);

  app.post(
    '/logout',
    {
      config,
      schema: {
        tags,
        security: [{ bearer: [] }],
        body: logoutBody,
        response: { 204: z.null().meta({ description: 'Logged out' }), ...errorResponses(400, 401, 415, 422, 429) },
      },
    },
    async (request, reply) => {
      await revokeSession(db, request.user.id, request.user.familyId, request.body?.refreshToken);
      return reply.status(204).send(null);
    },
  );
};
