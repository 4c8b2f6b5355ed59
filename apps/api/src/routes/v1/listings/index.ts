import type { ListingAction } from '@bazaarche/domain';
import type { Storage } from '@bazaarche/media';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorResponses } from '../../../errors/error-schema.ts';
import { createListingBody, idParams as params, listing, listingPatchBody } from '../../../schemas/catalogue.ts';
import { changeListingStatus } from '../../../services/catalogue/change-listing-status.ts';
import { createListing } from '../../../services/catalogue/create-listing.ts';
import { findVisibleListing } from '../../../services/catalogue/listing-access.ts';
import { presentListing } from '../../../services/catalogue/present-listing.ts';
import { updateListing } from '../../../services/catalogue/update-listing.ts';

const tags = ['listings'];

/** A listing as the public sees it; its seller and admins also see it before it is published. */
export const listingPublicRoutes: FastifyPluginAsyncZod<{ storage: Storage }> = async (app, { storage }) => {
  const db = app.database.db;
  app.get(
    '/listings/:id',
    { preHandler: app.authenticateOptional, schema: { tags, params, response: { 200: listing, ...errorResponses(401, 404, 422) } } },
    async (request) => {
      await findVisibleListing(db, request.params.id, await app.loadActor(request));
      return presentListing(db, request.params.id, request.locale, storage);
    },
  );
};

/** A seller's own listings. `currency`: the marketplace currency (`config.currency`), the only one a listing may be priced in. */
export const listingRoutes: FastifyPluginAsyncZod<{ storage: Storage; currency: string }> = async (app, { storage, currency }) => {
  const db = app.database.db;
  const security = [{ bearer: [] }];

  app.post(
    '/listings',
    {
      schema: { tags, security, body: createListingBody, response: { 201: listing, ...errorResponses(400, 401, 403, 422) } },
    },
    async (request, reply) => {
      const id = await createListing(db, await app.requireActor(request), request.body, { currency });
      return reply.status(201).send(await presentListing(db, id, request.locale, storage));
    },
  );

  app.patch(
    '/listings/:id',
    {
      schema: { tags, security, params, body: listingPatchBody, response: { 200: listing, ...errorResponses(400, 401, 403, 404, 409, 422) } },
    },
    async (request) => {
      await updateListing(db, await app.requireActor(request), request.params.id, request.body, { currency });
      return presentListing(db, request.params.id, request.locale, storage);
    },
  );

  for (const action of ['publish', 'pause', 'archive'] as const satisfies ListingAction[]) {
    app.post(
      `/listings/:id/${action}`,
      { schema: { tags, security, params, response: { 200: listing, ...errorResponses(401, 403, 404, 409, 422) } } },
      async (request) => {
        await changeListingStatus(db, await app.requireActor(request), request.params.id, action);
        return presentListing(db, request.params.id, request.locale, storage);
      },
    );
  }
};
