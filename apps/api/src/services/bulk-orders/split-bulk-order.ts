import { bulkOrders, type Database } from '@bazaarche/db';
import { checkManualSplit, nextBulkOrderStatus, type Split, splitByCapacity } from '@bazaarche/domain';
import { eq } from 'drizzle-orm';
import { AppError } from '../../errors/app-error.ts';
import type { Actor } from '../../plugins/actor.ts';
import { unofferedOf } from './bulk-order-units.ts';
import { allocationsOf, loadBulkOrder } from './load-bulk-order.ts';
import { insertOffers, memberCapacities } from './offer-units.ts';
import { bulkOrderCaller, presentBulkOrder } from './present-bulk-order.ts';

export type SplitRequest = { strategy: 'capacity' } | { strategy: 'manual'; allocations: Array<{ producerId: string; quantity: number }> };

/**
 * The leader shares out the units not yet offered to anyone, by free capacity or by their own numbers:
 * the whole order at first, and later what no member had room for then (once someone has).
 */
export async function splitBulkOrder(db: Database, actor: Actor, id: string, request: SplitRequest, now = new Date()) {
  return db.transaction(async (tx) => {
    const { order, isLeader, allocations: rows } = await loadBulkOrder(tx, actor, id, { lock: true });
    if (!isLeader) throw new AppError('forbidden');
    const units = unofferedOf(order, rows);
    const status = nextBulkOrderStatus(order.status, 'split');
    if (status === null || units === 0) throw new AppError('bulk_order_state_conflict', { details: { unoffered: units } });
    const members = await memberCapacities(tx, order, now, rows);
    let split: Split;
    if (request.strategy === 'capacity') split = splitByCapacity(units, members);
    else {
      const checked = checkManualSplit(units, request.allocations, members);
      if (!checked.ok) throw new AppError('invalid_split', { details: checked.issues });
      split = checked.split;
    }
    await insertOffers(tx, order.id, split, null);
    const [updated] = await tx.update(bulkOrders).set({ status }).where(eq(bulkOrders.id, order.id)).returning();
    return presentBulkOrder(tx, updated!, await allocationsOf(tx, id), bulkOrderCaller(actor, isLeader));
  });
}
