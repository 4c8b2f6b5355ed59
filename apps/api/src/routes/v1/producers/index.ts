import { listings, producers } from '@bazaarche/db';
import type { Storage } from '@bazaarche/media';
import { and, eq } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { AppError } from '../../../errors/app-error.ts';
import { errorResponses } from '../../../errors/error-schema.ts';
import { producer, shopBody, shopIdParams, shopPage, shopPatch, shopSlugParams } from '../../../schemas/catalogue.ts';
import { pageOfListings } from '../../../services/catalogue/list-listings.ts';
import { openShop } from '../../../services/catalogue/open-shop.ts';
import { presentListingSummaries } from '../../../services/catalogue/present-listing.ts';
import { presentProducer } from '../../../services/catalogue/present-producer.ts';
import { updateShop } from '../../../services/catalogue/update-shop.ts';

const tags = ['producers'];

/**
 * A shop's page, for anyone; its owner and admins see its private fields too. `currency`: the
 * marketplace currency (`config.currency`), the one shops charge shipping in.
 */
export const producerPublicRoutes: FastifyPluginAsyncZod<{ storage: Storage; currency: string }> = async (app, { storage, currency }) => {
  const db = app.database.db;
  app.get(
    '/producers/:producer',
    {
      preHandler: app.authenticateOptional,
      schema: { tags, params: shopSlugParams, response: { 200: shopPage, ...errorResponses(401, 404) } },
    },
    async (request) => {
      const [row] = await db.select().from(producers).where(eq(producers.slug, request.params.producer));
      const actor = await app.loadActor(request);
      const mayManage = actor && (actor.isAdmin || row?.ownerUserId === actor.userId);
      if (!row || (row.status !== 'approved' && !mayManage)) throw new AppError('producer_not_found');
      const { licenseNo, rejectionReason, payoutSheba, stripeAccountId, approvedAt: _approved, ...shop } = await presentProducer(db, row, request.locale, currency);
      const { rows } = await pageOfListings(db, and(eq(listings.producerId, row.id), eq(listings.status, 'active')), { page: 1, perPage: 100 });
      return {
        ...shop,
        ...(mayManage && { licenseNo, rejectionReason, payoutSheba, stripeAccountId }),
        licensed: Boolean(licenseNo),
        listings: await presentListingSummaries(db, rows, request.locale, storage),
      };
    },
  );
};

/** Opening and editing one's own shop. */
export const producerRoutes: FastifyPluginAsyncZod<{ currency: string }> = async (app, { currency }) => {
  const db = app.database.db;

  app.post(
    '/producers',
    {
      schema: { tags, security: [{ bearer: [] }], body: shopBody, response: { 201: producer, ...errorResponses(400, 401, 409, 422) } },
    },
    async (request, reply) => {
      const created = await openShop(db, request.user.id, request.body);
      return reply.status(201).send(await presentProducer(db, created, request.locale, currency));
    },
  );

  app.patch(
    '/producers/:producer',
    {
      schema: {
        tags,
        security: [{ bearer: [] }],
        params: shopIdParams,
        body: shopPatch,
        response: { 200: producer, ...errorResponses(400, 401, 404, 422) },
      },
    },
    async (request) => presentProducer(db, await updateShop(db, request.user.id, request.params.producer, request.body), request.locale, currency),
  );
};
