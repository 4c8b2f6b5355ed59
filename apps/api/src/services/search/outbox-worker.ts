import type { Database } from '@bazaarche/db';
import type { CatalogSearch } from '@bazaarche/search';
import type { FastifyBaseLogger } from 'fastify';
import { repeat } from '../workers/repeat.ts';
import { drainOutbox } from './drain-outbox.ts';

/**
 * The in-process outbox worker: drains whatever is due, then waits a moment and looks again.
 * Other workers (more API processes, `pnpm cli outbox:drain`) may run at the same time.
 */
export function startOutboxWorker(db: Database, search: CatalogSearch, log: FastifyBaseLogger, intervalMs = 500) {
  return repeat(
    'search outbox worker',
    async () => {
      const { delivered, failed } = await drainOutbox(db, search);
      if (delivered) log.debug({ delivered }, 'search outbox delivered');
      if (failed) log.warn({ failed }, 'search outbox delivery failed; will retry');
    },
    intervalMs,
    log,
  );
}
