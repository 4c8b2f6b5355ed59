import type { Database } from '@bazaarche/db';
import type { FastifyBaseLogger } from 'fastify';
import { repeat } from '../workers/repeat.ts';
import { expireOverdueOrders } from './expire-overdue-orders.ts';

/**
 * The in-process expiry sweeper: expires overdue orders now and then. Other sweepers (more API
 * processes, `pnpm cli orders:expire`) may run at the same time.
 */
export function startOrderExpiryWorker(db: Database, log: FastifyBaseLogger, intervalMs = 30_000) {
  return repeat(
    'order expiry sweeper',
    async () => {
      const expired = await expireOverdueOrders(db);
      if (expired) log.info({ expired }, 'overdue orders expired');
    },
    intervalMs,
    log,
  );
}
