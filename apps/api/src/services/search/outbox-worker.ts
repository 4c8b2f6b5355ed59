import type { Database } from '@bazaarche/db';
import type { CatalogSearch } from '@bazaarche/search';
import type { FastifyBaseLogger } from 'fastify';
import { drainOutbox } from './drain-outbox.ts';

/**
 * The in-process outbox worker: drains whatever is due, then waits a moment and looks again.
 * Other workers (more API processes, `pnpm cli outbox:drain`) may run at the same time.
 */
export function startOutboxWorker(db: Database, search: CatalogSearch, log: FastifyBaseLogger, intervalMs = 500) {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();

  const tick = () => {
    running = drainOutbox(db, search)
      .then(({ delivered, failed }) => {
        if (delivered) log.debug({ delivered }, 'search outbox delivered');
        if (failed) log.warn({ failed }, 'search outbox delivery failed; will retry');
      })
      .catch((error: unknown) => log.error({ err: error }, 'search outbox worker error'))
      .finally(() => {
        if (!stopped) timer = setTimeout(tick, intervalMs);
      });
  };
  tick();

  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
