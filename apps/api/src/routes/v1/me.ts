import { locales } from '@bazaarche/i18n';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponses } from '../../errors/error-schema.ts';
import { getProfile } from '../../services/accounts/get-profile.ts';

const membership = z.object({ id: z.string(), name: z.string(), role: z.string() });

export const profile = z
  .object({
    id: z.string(),
    email: z.string(),
    name: z.string(),
    locale: z.enum(locales),
    roles: z.array(z.enum(['buyer', 'producer', 'admin', 'finance'])),
    producer: z
      .object({ id: z.string(), slug: z.string(), shopName: z.string(), status: z.enum(['pending', 'approved', 'rejected']) })
      .nullable()
      .meta({ description: 'The shop the user owns, if any' }),
    networks: z.array(membership),
    organizations: z.array(membership),
    /** Lines in the user's cart, for a count beside the cart link; the cart itself is GET /v1/cart. */
    cartLineCount: z.number().int(),
  })
  .meta({ id: 'Profile' });

export const meRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/me',
    {
      schema: { tags: ['auth'], security: [{ bearer: [] }], response: { 200: profile, ...errorResponses(401) } },
    },
    async (request) => getProfile(app.database.db, request.user.id),
  );
};
