import { allocations, bulkOrders, type Database, ledgerTransactions } from '@bazaarche/db';
import { checkEvent, nextAllocationStatus, nextBulkOrderStatus, postBulkAcceptance } from '@bazaarche/domain';
import { eq, like } from 'drizzle-orm';
import { AppError } from '../../errors/app-error.ts';
import type { Actor } from '../../plugins/actor.ts';
import { postTransactions } from '../ledger/ledger-store.ts';
import { allocationsOf, loadBulkOrder } from './load-bulk-order.ts';
import { bulkOrderCaller, presentBulkOrder } from './present-bulk-order.ts';

export interface QualityCheckInput {
  allocationId: string;
  acceptedQuantity: number;
  rejectedQuantity: number;
}

/**
 * The leader checks delivered units of an allocation: accepted units are paid through the ledger in
 * the same transaction (the member's share and the network's fee), rejected ones wait to be
 * re-allocated. The order completes when its accepted units reach its quantity.
 */
export async function recordQualityCheck(db: Database, actor: Actor, id: string, input: QualityCheckInput) {
  return db.transaction(async (tx) => {
    const { order, network, isLeader, allocations: rows } = await loadBulkOrder(tx, actor, id, { lock: true });
    if (!isLeader) throw new AppError('forbidden');
    const allocation = rows.find((a) => a.id === input.allocationId);
    if (!allocation) throw new AppError('allocation_not_found');
    const checked = input.acceptedQuantity + input.rejectedQuantity;
    if (checked === 0) throw AppError.invalid({ field: 'acceptedQuantity', code: 'invalid', value: '0' });
    const unchecked = allocation.deliveredQuantity - allocation.acceptedQuantity - allocation.rejectedQuantity;
    if (checked > unchecked) throw new AppError('quality_check_exceeds_delivered', { details: { uncheckedQuantity: unchecked } });

    const accepted = allocation.acceptedQuantity + input.acceptedQuantity;
    const rejected = allocation.rejectedQuantity + input.rejectedQuantity;
    // Units were handed over, so the allocation is accepted or delivered, from which a check always goes.
    const status = nextAllocationStatus(allocation.status, checkEvent(allocation, accepted + rejected))!;
    await tx.update(allocations).set({ acceptedQuantity: accepted, rejectedQuantity: rejected, status, updatedAt: new Date() }).where(eq(allocations.id, allocation.id));

    const eventPrefix = `bulk_acceptance:${order.id}:${allocation.id}:`;
    const posted = await tx.$count(ledgerTransactions, like(ledgerTransactions.eventKey, `${eventPrefix}%`));
    const acceptance = postBulkAcceptance({
      bulkOrderId: order.id,
      allocationId: allocation.id,
      checkNumber: posted + 1,
      networkId: network.id,
      producerId: allocation.producerId,
      acceptedQuantity: input.acceptedQuantity,
      unitPriceMinor: order.unitPriceMinor,
      coordinationFeeBps: network.coordinationFeeBps,
    });
    if (acceptance) await postTransactions(tx, [acceptance], order.currency);

    const after = await allocationsOf(tx, id);
    const total = after.reduce((sum, a) => sum + a.acceptedQuantity, 0);
    const completed = total >= order.quantity ? nextBulkOrderStatus(order.status, 'complete') : null;
    const [updated] = completed ? await tx.update(bulkOrders).set({ status: completed }).where(eq(bulkOrders.id, id)).returning() : [order];
    return presentBulkOrder(tx, updated!, after, bulkOrderCaller(actor, isLeader));
  });
}
