import type { Database } from '@bazaarche/db';
import type { Actor } from '../../plugins/actor.ts';
import { loadBulkOrder } from './load-bulk-order.ts';
import { bulkOrderCaller, presentBulkOrder } from './present-bulk-order.ts';

/** A bulk order for its network's leader, admins and the members allocated a share of it; 404 to anyone else. */
export async function getBulkOrder(db: Database, actor: Actor, id: string) {
  const { order, allocations, isLeader } = await loadBulkOrder(db, actor, id);
  return presentBulkOrder(db, order, allocations, bulkOrderCaller(actor, isLeader));
}
