import type { Storage } from '@bazaarche/media';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorResponses } from '../../../errors/error-schema.ts';
import { producer, shopBody, shopIdParams, shopPage, shopPatch, shopSlugParams } from '../../../schemas/catalogue.ts';
import { getShopPage } from '../../../services/catalogue/get-shop-page.ts';
import { openShop } from '../../../services/catalogue/open-shop.ts';
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
    async (request) => getShopPage(db, request.params.producer, await app.loadActor(request), request.locale, { currency, storage }),
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
