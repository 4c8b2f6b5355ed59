import type { DatabaseHandle } from '@bazaarche/db';
import fp from 'fastify-plugin';

declare module 'fastify' {
  interface FastifyInstance {
    database: DatabaseHandle;
  }
}

/** Shares the database opened by the caller; whoever opened it closes it. */
export const databasePlugin = fp<{ database: DatabaseHandle }>(
  async (app, { database }) => {
    app.decorate('database', database);
  },
  { name: 'database' },
);
