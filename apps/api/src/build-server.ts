import type { Config } from '@bazaarche/config';
import Fastify, { type FastifyServerOptions } from 'fastify';
import fp from 'fastify-plugin';
import { app, type AppOptions } from './app.ts';

/** A Fastify instance with the app registered: what server.ts listens on and tests inject into. */
export async function buildServer(options: AppOptions, logger: FastifyServerOptions['logger'] = loggerFor(options.config)) {
  const server = Fastify({
    logger,
    // Rate limits key on the client's address, which the web app and proxies pass in X-Forwarded-For.
    trustProxy: options.config.trustProxy,
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
