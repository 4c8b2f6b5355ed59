import type { Database } from '@bazaarche/db';
import { nextAllocationStatus } from '@bazaarche/domain';
import type { Actor } from '../../plugins/actor.ts';
import { allocationConflict, changeAllocation } from './change-allocation.ts';
import { loadOwnAllocation } from './load-bulk-order.ts';
import { bulkOrderCaller, presentAllocation } from './present-bulk-order.ts';

/** The member takes on the units offered to them. */
export async function acceptAllocation(db: Database, actor: Actor, allocationId: string, now = new Date()) {
  return db.transaction(async (tx) => {
    const { allocation, allocations: rows, order, isLeader } = await loadOwnAllocation(tx, actor, allocationId);
    const status = nextAllocationStatus(allocation.status, 'accept');
    if (!status) throw allocationConflict(allocation);
    return { allocation: presentAllocation(await changeAllocation(tx, allocationId, { status }, now), rows, order, bulkOrderCaller(actor, isLeader)) };
  });
}
