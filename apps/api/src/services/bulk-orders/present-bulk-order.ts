import { type AllocationRow, type BulkOrder, categories, type Executor } from '@bazaarche/db';
import { allocationActionsFor, bulkOrderActionsFor } from '@bazaarche/domain';
import { eq } from 'drizzle-orm';
import type { Actor } from '../../plugins/actor.ts';
import { rejectedToReallocate, unofferedOf, unplacedOf } from './bulk-order-units.ts';

/** Who is looking at a bulk order: whether they lead its network (or are an admin), and their shop. */
export interface BulkOrderCaller {
  leads: boolean;
  producerId: string | null;
}

export function bulkOrderCaller(actor: Actor, isLeader: boolean): BulkOrderCaller {
  return { leads: isLeader, producerId: actor.producer?.id ?? null };
}

/** An allocation as the API shows it, with what the caller may do with it now; `rows` are its order's allocations and `order` its order. */
export function presentAllocation(a: AllocationRow, rows: readonly AllocationRow[], order: Pick<BulkOrder, 'status'>, caller: BulkOrderCaller) {
  return {
    id: a.id,
    bulkOrderId: a.bulkOrderId,
    producerId: a.producerId,
    quantity: a.quantity,
    status: a.status,
    doneQuantity: a.doneQuantity,
    deliveredQuantity: a.deliveredQuantity,
    acceptedQuantity: a.acceptedQuantity,
    rejectedQuantity: a.rejectedQuantity,
    reallocatedFromId: a.reallocatedFromId,
    actions: allocationActionsFor(
      { ...a, rejectedWaiting: Math.max(0, rejectedToReallocate(a, rows)), orderStatus: order.status },
      { makesIt: a.producerId === caller.producerId, leads: caller.leads },
    ),
  };
}

/** A bulk order with its allocations, and what the caller may do with each now. */
export async function presentBulkOrder(db: Executor, order: BulkOrder, rows: readonly AllocationRow[], caller: BulkOrderCaller) {
  const [category] = await db.select({ slug: categories.slug }).from(categories).where(eq(categories.id, order.categoryId));
  return {
    id: order.id,
    networkId: order.networkId,
    title: order.title,
    categorySlug: category?.slug ?? '',
    quantity: order.quantity,
    dueDate: order.dueDate,
    unitPriceMinor: order.unitPriceMinor,
    currency: order.currency,
    spec: order.spec,
    status: order.status,
    acceptedQuantity: rows.reduce((sum, a) => sum + a.acceptedQuantity, 0),
    unplaced: unplacedOf(order, rows),
    allocations: rows.map((a) => presentAllocation(a, rows, order, caller)),
    actions: bulkOrderActionsFor({ status: order.status, unoffered: unofferedOf(order, rows) }, { leads: caller.leads }),
  };
}
