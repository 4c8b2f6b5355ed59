import { allocations, bulkOrders, type Database, networks } from '@bazaarche/db';
import { and, eq, inArray, ne, sql } from 'drizzle-orm';
import { AppError } from '../../errors/app-error.ts';
import type { Actor } from '../../plugins/actor.ts';
import { leads } from '../networks/network-access.ts';
import { presentAllocation } from './present-bulk-order.ts';

/** The caller's shop's allocations across networks, newest first, each with its bulk order's terms: the member's task list. */
export async function listShopAllocations(db: Database, actor: Actor) {
  if (!actor.producer) throw new AppError('no_shop');
  const producerId = actor.producer.id;
  const rows = await db
    .select({
      allocation: allocations,
      order: { id: bulkOrders.id, networkId: bulkOrders.networkId, title: bulkOrders.title, dueDate: bulkOrders.dueDate, unitPriceMinor: bulkOrders.unitPriceMinor, currency: bulkOrders.currency },
      orderStatus: bulkOrders.status,
      leaderUserId: networks.leaderUserId,
    })
    .from(allocations)
    .innerJoin(bulkOrders, eq(bulkOrders.id, allocations.bulkOrderId))
    .innerJoin(networks, eq(networks.id, bulkOrders.networkId))
    .where(eq(allocations.producerId, producerId))
    .orderBy(sql`${allocations.createdAt} desc`);
  // What was given to others to remake of these allocations' rejected units, for the actions on them.
  const remakes = rows.length === 0 ? [] : await db.select().from(allocations).where(and(inArray(allocations.reallocatedFromId, rows.map((r) => r.allocation.id)), ne(allocations.status, 'declined')));
  return rows.map(({ allocation, order, orderStatus, leaderUserId }) => ({
    ...presentAllocation(allocation, remakes, { status: orderStatus }, { leads: leads(actor, { leaderUserId }), producerId }),
    bulkOrder: order,
  }));
}
