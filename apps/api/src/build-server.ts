import type { Config } from '@bazaarche/config';
import Fastify, { type FastifyServerOptions } from 'fastify';
import fp from 'fastify-plugin';
import { app, type AppOptions } from './app.ts';

/** A Fastify instance with the app registered: what server.ts listens on and tests inject into. */
export async function buildServer(options: AppOptions, logger: FastifyServerOptions['logger'] = loggerFor(options.config)) {
  const server = Fastify({
    logger,
    // Behind a proxy the client's address is in X-Forwarded-For; rate limits key on it.
    trustProxy: options.config.env === 'production',
    bodyLimit: 1024 * 1024,
  });
  // Not encapsulated, so the app's error and not-found handlers answer for the whole server.
  await server.register(fp(app, { name: 'bazaarche' }), options);
  return server;
}

function loggerFor(config: Config): FastifyServerOptions['logger'] {
  if (config.logLevel === 'silent') return false;
  return {
    level: config.logLevel,
    redact: ['req.headers.authorization', 'req.headers.cookie'],
    ...(config.env === 'development' && process.stdout.isTTY ? { transport: { target: 'pino-pretty' } } : {}),
  };
}
