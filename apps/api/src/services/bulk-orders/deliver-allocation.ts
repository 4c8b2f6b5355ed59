import type { Database } from '@bazaarche/db';
import { deliveryEvent, nextAllocationStatus } from '@bazaarche/domain';
import type { Actor } from '../../plugins/actor.ts';
import { allocationConflict, changeAllocation } from './change-allocation.ts';
import { loadOwnAllocation } from './load-bulk-order.ts';
import { bulkOrderCaller, presentAllocation } from './present-bulk-order.ts';

/** The member hands over everything made so far; the allocation is delivered once all of it is. */
export async function deliverAllocation(db: Database, actor: Actor, allocationId: string, now = new Date()) {
  return db.transaction(async (tx) => {
    const { allocation, allocations: rows, order, isLeader } = await loadOwnAllocation(tx, actor, allocationId);
    const status = nextAllocationStatus(allocation.status, deliveryEvent(allocation));
    if (!status || allocation.doneQuantity <= allocation.deliveredQuantity) throw allocationConflict(allocation);
    const delivered = await changeAllocation(tx, allocationId, { deliveredQuantity: allocation.doneQuantity, status }, now);
    return { allocation: presentAllocation(delivered, rows, order, bulkOrderCaller(actor, isLeader)) };
  });
}
