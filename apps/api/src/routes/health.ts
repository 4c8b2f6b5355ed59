import type { Config } from '@bazaarche/config';
import type { Storage } from '@bazaarche/media';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';

const state = z.enum(['up', 'down', 'unchecked']);
const component = z.object({ adapter: z.string(), state });
const health = z.object({ ok: z.boolean(), db: component, search: component, payments: component, storage: component }).meta({ id: 'Health' });

type State = z.infer<typeof state>;

/** Which adapter each port uses, and whether it answers right now. */
export const healthRoutes: FastifyPluginAsyncZod<{ config: Config; storage: Storage }> = async (app, { config, storage }) => {
  app.get('/health', { schema: { tags: ['health'], response: { 200: health, 503: health } } }, async (_request, reply) => {
    const db: State = (await app.database.ping()) ? 'up' : 'down';
    const [search, storageState] = await Promise.all([
      config.meili ? probeMeilisearch(config.meili.host) : Promise.resolve(db),
      storage.probe().then((up): State => (up ? 'up' : 'down')),
    ]);
    const body = {
      db: { adapter: app.database.kind, state: db },
      search: { adapter: config.meili ? 'meilisearch' : 'postgres', state: search },
      // Stripe is reached only over the internet; its reachability is not ours to probe on every health check.
      payments: config.stripe ? { adapter: 'stripe', state: 'unchecked' as const } : { adapter: 'manual', state: 'up' as const },
      storage: { adapter: storage.kind, state: storageState },
    };
    const ok = Object.values(body).every((part) => part.state !== 'down');
    return reply.status(ok ? 200 : 503).send({ ok, ...body });
  });
};

async function probeMeilisearch(host: string): Promise<State> {
  try {
    const response = await fetch(new URL('/health', host), { signal: AbortSignal.timeout(2000) });
    return response.ok ? 'up' : 'down';
  } catch {
    return 'down';
  }
}
