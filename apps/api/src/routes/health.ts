import type { Storage } from '@bazaarche/media';
import type { CatalogSearch } from '@bazaarche/search';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import { type ConfiguredPayments, paymentMethodsOf } from '../adapters/payments.ts';
import { componentState, health } from '../schemas/health.ts';
import { outboxLag } from '../services/search/drain-outbox.ts';

type State = z.infer<typeof componentState>;
const asState = (up: boolean): State => (up ? 'up' : 'down');

/** Which adapter each port uses, and whether it answers right now. */
export const healthRoutes: FastifyPluginAsyncZod<{ storage: Storage; search: CatalogSearch; payments: ConfiguredPayments }> = async (app, { storage, search, payments }) => {
  const paymentAdapters = paymentMethodsOf(payments);
  app.get('/health', { schema: { tags: ['health'], response: { 200: health, 503: health } } }, async (_request, reply) => {
    const db = asState(await app.database.ping());
    const [searchState, storageState, outbox] = await Promise.all([
      search.probe().then(asState),
      storage.probe().then(asState),
      db === 'up' ? outboxLag(app.database.db) : Promise.resolve({ pending: 0, oldestSeconds: 0 }),
    ]);
    const body = {
      db: { adapter: app.database.kind, state: db },
      search: { adapter: search.kind, state: searchState, outbox },
      // Stripe is reached only over the internet; its reachability is not ours to probe on every health check.
      payments: payments.stripe
        ? { adapter: 'stripe', state: 'unchecked' as const, adapters: paymentAdapters }
        : { adapter: 'manual', state: 'up' as const, adapters: paymentAdapters },
      storage: { adapter: storage.kind, state: storageState },
    };
    const ok = [body.db, body.search, body.payments, body.storage].every((part) => part.state !== 'down');
    return reply.status(ok ? 200 : 503).send({ ok, ...body });
  });
};
