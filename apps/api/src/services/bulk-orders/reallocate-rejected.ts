import type { Database } from '@bazaarche/db';
import { checkManualSplit, nextBulkOrderStatus, type Split, splitByCapacity } from '@bazaarche/domain';
import { AppError } from '../../errors/app-error.ts';
import type { Actor } from '../../plugins/actor.ts';
import { rejectedToReallocate } from './bulk-order-units.ts';
import { allocationsOf, loadBulkOrder } from './load-bulk-order.ts';
import { insertOffers, memberCapacities } from './offer-units.ts';
import { bulkOrderCaller, presentBulkOrder } from './present-bulk-order.ts';

/**
 * The leader gives an allocation's rejected units (those not yet given to anyone) to be made again:
 * to one member, or by free capacity among the members who have declined nothing of this order.
 */
export async function reallocateRejected(db: Database, actor: Actor, id: string, input: { allocationId: string; producerId?: string | undefined }, now = new Date()) {
  return db.transaction(async (tx) => {
    const { order, isLeader, allocations: rows } = await loadBulkOrder(tx, actor, id, { lock: true });
    if (!isLeader) throw new AppError('forbidden');
    const source = rows.find((a) => a.id === input.allocationId);
    if (!source) throw new AppError('allocation_not_found');
    const units = rejectedToReallocate(source, rows);
    if (units <= 0 || nextBulkOrderStatus(order.status, 'reallocate') === null) {
      throw new AppError('bulk_order_state_conflict', { details: { rejectedToReallocate: Math.max(0, units) } });
    }

    const members = await memberCapacities(tx, order, now, rows);
    let split: Split;
    if (input.producerId) {
      const checked = checkManualSplit(units, [{ producerId: input.producerId, quantity: units }], members);
      if (!checked.ok) throw new AppError('invalid_split', { details: checked.issues });
      split = checked.split;
    } else {
      const declined = new Set(rows.filter((a) => a.status === 'declined').map((a) => a.producerId));
      split = splitByCapacity(
        units,
        members.filter((m) => !declined.has(m.producerId)),
      );
    }
    await insertOffers(tx, order.id, split, source.id);
    return presentBulkOrder(tx, order, await allocationsOf(tx, id), bulkOrderCaller(actor, isLeader));
  });
}
