import type { Database } from '@bazaarche/db';
import { nextAllocationStatus } from '@bazaarche/domain';
import { AppError } from '../../errors/app-error.ts';
import type { Actor } from '../../plugins/actor.ts';
import { allocationConflict, changeAllocation } from './change-allocation.ts';
import { loadOwnAllocation } from './load-bulk-order.ts';
import { bulkOrderCaller, presentAllocation } from './present-bulk-order.ts';

/** The member says how many units of an accepted allocation are made so far; the count never goes back. */
export async function reportAllocationProgress(db: Database, actor: Actor, allocationId: string, doneQuantity: number, now = new Date()) {
  return db.transaction(async (tx) => {
    const { allocation, allocations: rows, order, isLeader } = await loadOwnAllocation(tx, actor, allocationId);
    const status = nextAllocationStatus(allocation.status, 'progress');
    if (!status || doneQuantity < allocation.doneQuantity) throw allocationConflict(allocation);
    if (doneQuantity > allocation.quantity) throw AppError.invalid({ field: 'doneQuantity', code: 'invalid', value: String(doneQuantity) });
    return { allocation: presentAllocation(await changeAllocation(tx, allocationId, { status, doneQuantity }, now), rows, order, bulkOrderCaller(actor, isLeader)) };
  });
}
