import { allocations, type AllocationRow, type BulkOrder, bulkOrders, type Executor, type Network } from '@bazaarche/db';
import { asc, eq } from 'drizzle-orm';
import { AppError } from '../../errors/app-error.ts';
import type { Actor } from '../../plugins/actor.ts';
import { findNetwork, leads } from '../networks/network-access.ts';

export interface LoadedBulkOrder {
  order: BulkOrder;
  network: Network;
  allocations: AllocationRow[];
  isLeader: boolean;
}

/** A bulk order's allocations, oldest first. */
export async function allocationsOf(db: Executor, bulkOrderId: string): Promise<AllocationRow[]> {
  return db.select().from(allocations).where(eq(allocations.bulkOrderId, bulkOrderId)).orderBy(asc(allocations.createdAt), asc(allocations.producerId));
}

/**
 * A bulk order as `actor` may see it: its network's leader, an admin, or a member with an allocation
 * in it; anyone else gets 404. With `lock`, the order row is locked for the rest of the transaction,
 * so changes to one order's allocations happen one at a time.
 */
export async function loadBulkOrder(db: Executor, actor: Actor | null, id: string, { lock = false } = {}): Promise<LoadedBulkOrder> {
  const query = db.select().from(bulkOrders).where(eq(bulkOrders.id, id));
  const [order] = lock ? await query.for('update') : await query;
  if (!order) throw new AppError('bulk_order_not_found');
  const network = await findNetwork(db, order.networkId);
  const rows = await allocationsOf(db, id);
  const isLeader = leads(actor, network);
  const allocated = Boolean(actor?.producer && rows.some((a) => a.producerId === actor.producer!.id));
  if (!isLeader && !allocated) throw new AppError('bulk_order_not_found');
  return { order, network, allocations: rows, isLeader };
}

/**
 * An allocation with its order locked, for the member who makes it; anyone else who can see the order
 * gets 403, others 404.
 */
export async function loadOwnAllocation(tx: Executor, actor: Actor, allocationId: string): Promise<LoadedBulkOrder & { allocation: AllocationRow }> {
  const [found] = await tx.select({ bulkOrderId: allocations.bulkOrderId }).from(allocations).where(eq(allocations.id, allocationId));
  if (!found) throw new AppError('allocation_not_found');
  let loaded: LoadedBulkOrder;
  try {
    loaded = await loadBulkOrder(tx, actor, found.bulkOrderId, { lock: true });
  } catch (error) {
    if (error instanceof AppError && error.status === 404) throw new AppError('allocation_not_found');
    throw error;
  }
  const allocation = loaded.allocations.find((a) => a.id === allocationId)!;
  if (actor.producer?.id !== allocation.producerId) throw new AppError('forbidden');
  return { ...loaded, allocation };
}
