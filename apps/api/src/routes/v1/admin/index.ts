import type { Storage } from '@bazaarche/media';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorResponses } from '../../../errors/error-schema.ts';
import { idParams as params, listing, producer, producersForReviewPage, producersForReviewQuery, reasonBody } from '../../../schemas/catalogue.ts';
import { changeListingStatus } from '../../../services/catalogue/change-listing-status.ts';
import { listProducersForReview } from '../../../services/catalogue/list-producers-for-review.ts';
import { presentListing } from '../../../services/catalogue/present-listing.ts';
import { presentProducer } from '../../../services/catalogue/present-producer.ts';
import { reviewProducer } from '../../../services/catalogue/review-producer.ts';
import { adminOrganizationRoutes } from './organizations.ts';
import { adminPaymentRoutes } from './payments.ts';
import { adminPayoutRoutes } from './payouts.ts';
import type { PaymentProvider } from '@bazaarche/payments';

/**
 * Platform staff. Moderation (shops, listings) is for admins; the platform's money (transfers to
 * confirm, payouts) for finance, which an admin also is (decision 018). Registered in the authenticated
 * scope, which has checked the session; each folder here carries its role check as a hook.
 */
export const adminRoutes: FastifyPluginAsyncZod<{ storage: Storage; currency: string; stripe?: PaymentProvider | undefined }> = async (app, { storage, currency, stripe }) => {
  await app.register(moderationRoutes, { storage, currency });
  await app.register(financeRoutes, { currency, stripe });
};

const financeRoutes: FastifyPluginAsyncZod<{ currency: string; stripe?: PaymentProvider | undefined }> = async (app, { currency, stripe }) => {
  app.addHook('preHandler', app.requireFinance);
  await app.register(adminPaymentRoutes);
  await app.register(adminPayoutRoutes, { currency, stripe });
};

/** Moderation (shops, listings, organisations): every route here is for platform admins only. */
const moderationRoutes: FastifyPluginAsyncZod<{ storage: Storage; currency: string }> = async (app, { storage, currency }) => {
  const db = app.database.db;
  const tags = ['admin'];
  const security = [{ bearer: ['admin'] }];
  app.addHook('preHandler', app.requireAdmin);
  await app.register(adminOrganizationRoutes);

  app.get(
    '/producers',
    {
      schema: {
        tags,
        security,
        querystring: producersForReviewQuery,
        response: { 200: producersForReviewPage, ...errorResponses(401, 403, 422) },
      },
    },
    async (request) => listProducersForReview(db, request.query, request.locale, currency),
  );

  app.post(
    '/producers/:id/approve',
    { schema: { tags, security, params, response: { 200: producer, ...errorResponses(401, 403, 404, 409, 422) } } },
    async (request) => presentProducer(db, await reviewProducer(db, request.params.id, { kind: 'approve' }), request.locale, currency),
  );

  app.post(
    '/producers/:id/reject',
    { schema: { tags, security, params, body: reasonBody, response: { 200: producer, ...errorResponses(400, 401, 403, 404, 409, 422) } } },
    async (request) => presentProducer(db, await reviewProducer(db, request.params.id, { kind: 'reject', reason: request.body.reason }), request.locale, currency),
  );

  app.post(
    '/listings/:id/reject',
    { schema: { tags, security, params, body: reasonBody, response: { 200: listing, ...errorResponses(400, 401, 403, 404, 409, 422) } } },
    async (request) => {
      await changeListingStatus(db, await app.requireActor(request), request.params.id, 'reject', request.body.reason);
      return presentListing(db, request.params.id, request.locale, storage);
    },
  );
};
