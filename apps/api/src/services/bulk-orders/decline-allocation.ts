import { allocations, type Database } from '@bazaarche/db';
import { nextAllocationStatus, resplitDeclined } from '@bazaarche/domain';
import { eq, inArray } from 'drizzle-orm';
import type { Actor } from '../../plugins/actor.ts';
import { allocationConflict } from './change-allocation.ts';
import { loadOwnAllocation } from './load-bulk-order.ts';
import { insertOffers, memberCapacities } from './offer-units.ts';
import { bulkOrderCaller, presentAllocation } from './present-bulk-order.ts';

/**
 * The member turns the offer down: all their offered units in the order go back, and are offered at
 * once to the members who have declined nothing of it, as far as they have room (see resplitDeclined).
 */
export async function declineAllocation(db: Database, actor: Actor, allocationId: string, now = new Date()) {
  return db.transaction(async (tx) => {
    const { allocation, allocations: rows, order, isLeader } = await loadOwnAllocation(tx, actor, allocationId);
    const status = nextAllocationStatus(allocation.status, 'decline');
    if (!status) throw allocationConflict(allocation);
    const offered = rows.filter((a) => a.producerId === allocation.producerId && a.status === 'offered');
    const resplit = resplitDeclined(rows, allocation.producerId, await memberCapacities(tx, order, now));
    await tx
      .update(allocations)
      .set({ status, updatedAt: now })
      .where(inArray(allocations.id, offered.map((a) => a.id)));
    const origins = new Set(offered.map((a) => a.reallocatedFromId));
    await insertOffers(tx, order.id, resplit, origins.size === 1 ? [...origins][0]! : null);
    const [declined] = await tx.select().from(allocations).where(eq(allocations.id, allocationId));
    return {
      allocation: presentAllocation(declined!, rows, order, bulkOrderCaller(actor, isLeader)),
      resplit: { allocations: resplit.allocations, unplaced: resplit.unplaced },
    };
  });
}
