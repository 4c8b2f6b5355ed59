import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorResponses } from '../../../errors/error-schema.ts';
import { reasonBody } from '../../../schemas/catalogue.ts';
import { organization, organizationParams as params, organizationsForReviewPage, organizationsForReviewQuery } from '../../../schemas/organizations.ts';
import { listOrganizationsForReview } from '../../../services/organizations/list-organizations-for-review.ts';
import { reviewOrganization } from '../../../services/organizations/review-organization.ts';

/** The review of organisations: registered by the moderation routes, whose hook admits platform admins only. */
export const adminOrganizationRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.database.db;
  const tags = ['admin'];
  const security = [{ bearer: ['admin'] }];

  app.get(
    '/organizations',
    {
      schema: {
        tags,
        security,
        description: 'Organisations oldest first, the review queue with `status=pending`.',
        querystring: organizationsForReviewQuery,
        response: { 200: organizationsForReviewPage, ...errorResponses(401, 403, 422) },
      },
    },
    async (request) => listOrganizationsForReview(db, request.query),
  );

  app.post(
    '/organizations/:id/approve',
    { schema: { tags, security, description: 'A pending or rejected organisation is approved and may post demands; 409 when it already is.', params, response: { 200: organization, ...errorResponses(401, 403, 404, 409, 422) } } },
    async (request) => reviewOrganization(db, await app.requireActor(request), request.params.id, { kind: 'approve' }),
  );

  app.post(
    '/organizations/:id/reject',
    { schema: { tags, security, description: 'A pending or approved organisation is rejected with a reason its members read; 409 when it already is.', params, body: reasonBody, response: { 200: organization, ...errorResponses(400, 401, 403, 404, 409, 422) } } },
    async (request) => reviewOrganization(db, await app.requireActor(request), request.params.id, { kind: 'reject', reason: request.body.reason }),
  );
};
