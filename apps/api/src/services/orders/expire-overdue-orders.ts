import { type Database, orders } from '@bazaarche/db';
import { and, asc, eq, lte } from 'drizzle-orm';
import { closeOrders } from './close-orders.ts';

export interface ExpireOptions {
  /** The clock to judge deadlines by; tests move it forward. */
  now?: Date;
  batchSize?: number;
}

/**
 * Expires unpaid orders whose deadline has passed, a batch per transaction, and returns how many.
 * Orders are claimed with FOR UPDATE SKIP LOCKED, so any number of sweepers can run at once, and
 * an order someone is paying or cancelling right now is left to them: the sweep after sees it
 * paid or cancelled, or still overdue.
 */
export async function expireOverdueOrders(db: Database, { now = new Date(), batchSize = 100 }: ExpireOptions = {}): Promise<number> {
  let expired = 0;
  for (;;) {
    const claimed = await db.transaction(async (tx) => {
      const overdue = await tx
        .select()
        .from(orders)
        .where(and(eq(orders.status, 'pending_payment'), lte(orders.expiresAt, now)))
        .orderBy(asc(orders.expiresAt))
        .limit(batchSize)
        .for('update', { skipLocked: true });
      await closeOrders(tx, overdue, 'expire', { actorUserId: null });
      return overdue.length;
    });
    expired += claimed;
    if (claimed < batchSize) return expired;
  }
}
