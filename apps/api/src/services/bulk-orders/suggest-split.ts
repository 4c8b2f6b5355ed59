import type { Database } from '@bazaarche/db';
import { splitByCapacity } from '@bazaarche/domain';
import { AppError } from '../../errors/app-error.ts';
import type { Actor } from '../../plugins/actor.ts';
import { unofferedOf } from './bulk-order-units.ts';
import { loadBulkOrder } from './load-bulk-order.ts';
import { memberCapacities } from './offer-units.ts';

/** What a capacity split would give now, written nowhere: the leader's starting point for adjusting it. */
export async function suggestSplit(db: Database, actor: Actor, id: string, now = new Date()) {
  const { order, isLeader, allocations: rows } = await loadBulkOrder(db, actor, id);
  if (!isLeader) throw new AppError('forbidden');
  const members = await memberCapacities(db, order, now, rows);
  return { ...splitByCapacity(unofferedOf(order, rows), members), members };
}
