import type { Config } from '@bazaarche/config';
import type { DatabaseHandle } from '@bazaarche/db';
import rateLimit from '@fastify/rate-limit';
import type { FastifyPluginAsync } from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { AppError } from './errors/app-error.ts';
import { authPlugin } from './plugins/auth.ts';
import { databasePlugin } from './plugins/database.ts';
import { errorsPlugin } from './plugins/errors.ts';
import { localePlugin } from './plugins/locale.ts';
import { swaggerPlugin } from './plugins/swagger.ts';
import { healthRoutes } from './routes/health.ts';
import { authRoutes } from './routes/v1/auth/index.ts';
import { meRoutes } from './routes/v1/me.ts';
import { taxonomyRoutes } from './routes/v1/taxonomy.ts';

export interface AppOptions {
  config: Config;
  database: DatabaseHandle;
  jwtSecret: string;
}

/** The whole API as a plugin that never listens: the server and the tests both build it. */
export const app: FastifyPluginAsync<AppOptions> = async (fastify, { config, database, jwtSecret }) => {
  fastify.setValidatorCompiler(validatorCompiler);
  fastify.setSerializerCompiler(serializerCompiler);

  await fastify.register(localePlugin);
  await fastify.register(errorsPlugin);
  await fastify.register(databasePlugin, { database });
  await fastify.register(authPlugin, { secret: jwtSecret });
  await fastify.register(rateLimit, {
    global: false,
    errorResponseBuilder: () => new AppError('rate_limited', { status: 429 }),
  });
  await fastify.register(swaggerPlugin);

  await fastify.register(healthRoutes, { config });
  await fastify.register(
    async (v1) => {
      await v1.register(authRoutes, { prefix: '/auth', rateLimit: config.authRateLimit });
      await v1.register(meRoutes);
      await v1.register(taxonomyRoutes);
    },
    { prefix: '/v1' },
  );
};
