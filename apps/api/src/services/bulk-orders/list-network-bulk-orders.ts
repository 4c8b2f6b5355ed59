import { allocations, bulkOrders, type Database, networkMembers } from '@bazaarche/db';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { AppError } from '../../errors/app-error.ts';
import type { Actor } from '../../plugins/actor.ts';
import { findNetwork, leads } from '../networks/network-access.ts';
import { bulkOrderCaller, presentBulkOrder } from './present-bulk-order.ts';

/** A network's bulk orders, newest first, for its leader, admins and its active members. */
export async function listNetworkBulkOrders(db: Database, actor: Actor, networkId: string) {
  const network = await findNetwork(db, networkId);
  const member =
    actor.producer &&
    (await db
      .select({ status: networkMembers.status })
      .from(networkMembers)
      .where(and(eq(networkMembers.networkId, networkId), eq(networkMembers.producerId, actor.producer.id), eq(networkMembers.status, 'active'))))[0];
  const isLeader = leads(actor, network);
  if (!isLeader && !member) throw new AppError('network_not_found');
  const orders = await db.select().from(bulkOrders).where(eq(bulkOrders.networkId, networkId)).orderBy(sql`${bulkOrders.createdAt} desc`);
  if (orders.length === 0) return [];
  const rows = await db.select().from(allocations).where(inArray(allocations.bulkOrderId, orders.map((o) => o.id)));
  const caller = bulkOrderCaller(actor, isLeader);
  return Promise.all(orders.map((order) => presentBulkOrder(db, order, rows.filter((a) => a.bulkOrderId === order.id), caller)));
}
