import { allocations, type AllocationRow, type BulkOrder, type Executor, networkMembers } from '@bazaarche/db';
import { endOfCalendarDay, freeCapacity, type MemberCapacity, type Split } from '@bazaarche/domain';
import { and, eq } from 'drizzle-orm';
import { unitsCommitted } from '../networks/member-load.ts';
import { capacitiesFor } from '../networks/trade-capacity.ts';
import { unitsToMake } from './bulk-order-units.ts';

/**
 * Free capacity of the network's active members in the order's trade up to its due date, counting what they still
 * have to make in other bulk orders and in network retail orders (see unitsCommitted, freeCapacity);
 * `thisOrder` also subtracts their units to make in this one, for placing units beside existing allocations.
 */
export async function memberCapacities(db: Executor, order: BulkOrder, now: Date, thisOrder: readonly AllocationRow[] = []): Promise<MemberCapacity[]> {
  const members = await capacitiesFor(
    db,
    order.networkId,
    order.categoryId,
    await db
      .select({ producerId: networkMembers.producerId, capacityPerWeek: networkMembers.capacityPerWeek })
      .from(networkMembers)
      .where(and(eq(networkMembers.networkId, order.networkId), eq(networkMembers.status, 'active')))
      // Held until the offers are written, so a member cannot leave between being counted and being offered (see removeMember).
      .for('share'),
  );
  if (members.length === 0) return [];
  const committedOf = await unitsCommitted(db, members.map((m) => m.producerId), { exceptBulkOrderId: order.id });
  return members.map((m) => {
    const here = thisOrder.filter((a) => a.producerId === m.producerId).reduce((sum, a) => sum + unitsToMake(a), 0);
    const free = freeCapacity({ unitsPerWeek: m.capacityPerWeek, now, dueDate: endOfCalendarDay(order.dueDate), unitsCommitted: committedOf.get(m.producerId) ?? 0 });
    return { producerId: m.producerId, freeCapacity: Math.max(0, free - here) };
  });
}

/** Writes a split's shares as offers to their members; `reallocatedFromId` when they remake another's rejected units. */
export async function insertOffers(db: Executor, orderId: string, split: Split, reallocatedFromId: string | null): Promise<void> {
  if (split.allocations.length === 0) return;
  await db.insert(allocations).values(split.allocations.map((a) => ({ bulkOrderId: orderId, producerId: a.producerId, quantity: a.quantity, reallocatedFromId })));
}
