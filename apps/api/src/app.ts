import { type Config, RATE_LIMIT_MAX } from '@bazaarche/config';
import type { DatabaseHandle } from '@bazaarche/db';
import type { Storage } from '@bazaarche/media';
import type { CatalogSearch } from '@bazaarche/search';
import multipart from '@fastify/multipart';
import rateLimit from '@fastify/rate-limit';
import type { FastifyPluginAsync } from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { type ConfiguredPayments, paymentMethodsOf } from './adapters/payments.ts';
import { AppError } from './errors/app-error.ts';
import { actorPlugin } from './plugins/actor.ts';
import { authPlugin } from './plugins/auth.ts';
import { databasePlugin } from './plugins/database.ts';
import { errorsPlugin } from './plugins/errors.ts';
import { localePlugin } from './plugins/locale.ts';
import { swaggerPlugin } from './plugins/swagger.ts';
import { healthRoutes } from './routes/health.ts';
import { mediaRoutes } from './routes/media.ts';
import { adminRoutes } from './routes/v1/admin/index.ts';
import { allocationRoutes } from './routes/v1/allocations/index.ts';
import { authPublicRoutes, authRoutes } from './routes/v1/auth/index.ts';
import { bulkOrderRoutes } from './routes/v1/bulk-orders/index.ts';
import { cartPublicRoutes, cartRoutes } from './routes/v1/cart/index.ts';
import { fulfilmentRoutes } from './routes/v1/fulfilments/index.ts';
import { ledgerRoutes } from './routes/v1/ledger/index.ts';
import { listingImageRoutes } from './routes/v1/listings/images.ts';
import { listingPublicRoutes, listingRoutes } from './routes/v1/listings/index.ts';
import { meRoutes } from './routes/v1/me.ts';
import { networkPublicRoutes, networkRoutes } from './routes/v1/networks/index.ts';
import { orderRoutes } from './routes/v1/orders/index.ts';
import { organizationRoutes } from './routes/v1/organizations/index.ts';
import { paymentMethodRoutes } from './routes/v1/payment-methods/index.ts';
import { paymentRoutes } from './routes/v1/payments/index.ts';
import { producerPublicRoutes, producerRoutes } from './routes/v1/producers/index.ts';
import { searchRoutes } from './routes/v1/search/index.ts';
import { sellerRoutes } from './routes/v1/seller/index.ts';
import { taxonomyRoutes } from './routes/v1/taxonomy.ts';
import { webhookRoutes } from './routes/v1/webhooks/index.ts';
import { MAX_PHOTO_BYTES } from './schemas/catalogue.ts';
import { createListingSearch } from './services/search/search-listings.ts';

export interface AppOptions {
  config: Config;
  database: DatabaseHandle;
  storage: Storage;
  search: CatalogSearch;
  payments: ConfiguredPayments;
  jwtSecret: string;
}

/** The window of every rate limit (the auth routes' one-minute limit included). */
const RATE_LIMIT_WINDOW_SECONDS = 60;

/** The whole API as a plugin that never listens: the server and the tests both build it. */
export const app: FastifyPluginAsync<AppOptions> = async (fastify, { config, database, storage, search, payments, jwtSecret }) => {
  fastify.setValidatorCompiler(validatorCompiler);
  fastify.setSerializerCompiler(serializerCompiler);

  await fastify.register(localePlugin);
  await fastify.register(errorsPlugin);
  await fastify.register(databasePlugin, { database });
  await fastify.register(authPlugin, { secret: jwtSecret });
  await fastify.register(actorPlugin);
  await fastify.register(multipart, { limits: { fileSize: MAX_PHOTO_BYTES, files: 1, fields: 4, fieldSize: 2048, parts: 6 } });
  // Every route, per client address; the auth routes count against a stricter limit of their own.
  await fastify.register(rateLimit, {
    max: config.apiRateLimit,
    timeWindow: RATE_LIMIT_WINDOW_SECONDS * 1000,
    errorResponseBuilder: () => new AppError('rate_limited'),
  });
  await fastify.register(swaggerPlugin, { rateLimit: { maxLimit: RATE_LIMIT_MAX, windowSeconds: RATE_LIMIT_WINDOW_SECONDS } });

  await fastify.register(healthRoutes, { storage, search, payments });
  await fastify.register(mediaRoutes, { storage });
  await fastify.register(
    async (v1) => {
      await v1.register(authPublicRoutes, { prefix: '/auth', rateLimit: config.authRateLimit });
      await v1.register(paymentMethodRoutes, { payments, currency: config.currency });
      await v1.register(webhookRoutes, { stripe: payments.stripe });
      await v1.register(taxonomyRoutes);
      await v1.register(searchRoutes, { search: createListingSearch(database.db, search, storage, { cacheEntries: config.searchCacheEntries }) });
      await v1.register(producerPublicRoutes, { storage, currency: config.currency });
      await v1.register(listingPublicRoutes, { storage });
      await v1.register(networkPublicRoutes, { storage });
      const cartOptions = { storage, currency: config.currency, payment: { methods: paymentMethodsOf(payments), stripeCurrency: payments.stripe ? config.currency : undefined } };
      await v1.register(cartPublicRoutes, cartOptions);
      // Every route in here is for signed-in callers: one hook answers 401 for all of them, so no route
      // can forget it. preParsing, not onRequest: the per-route rate limit is an onRequest hook that runs
      // after scope hooks, and a refused token must still be counted and carry the rate-limit headers;
      // and not preHandler, so that no body is read, parsed or validated for a caller without a session.
      await v1.register(async (signedIn) => {
        signedIn.addHook('preParsing', signedIn.authenticate);
        await signedIn.register(authRoutes, { prefix: '/auth', rateLimit: config.authRateLimit });
        await signedIn.register(meRoutes);
        await signedIn.register(cartRoutes, cartOptions);
        await signedIn.register(orderRoutes, { paymentMinutes: config.orderPaymentMinutes, payments, currency: config.currency, publicUrl: config.publicUrl });
        await signedIn.register(ledgerRoutes, { currency: config.currency });
        await signedIn.register(paymentRoutes, { commissionBps: config.commissionBps, payments });
        await signedIn.register(fulfilmentRoutes, { commissionBps: config.commissionBps });
        await signedIn.register(producerRoutes, { currency: config.currency });
        await signedIn.register(listingRoutes, { storage, currency: config.currency });
        await signedIn.register(listingImageRoutes, { storage });
        await signedIn.register(networkRoutes, { storage });
        await signedIn.register(bulkOrderRoutes);
        await signedIn.register(organizationRoutes);
        await signedIn.register(allocationRoutes);
        await signedIn.register(sellerRoutes, { prefix: '/seller', storage });
        await signedIn.register(adminRoutes, { prefix: '/admin', storage, currency: config.currency, stripe: payments.stripe });
      });
    },
    { prefix: '/v1' },
  );
};
