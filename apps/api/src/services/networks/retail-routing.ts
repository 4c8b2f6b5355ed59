import { type Database, type Executor, fulfilments, listings, networkMembers, networks, orderEvents, orderLines, orders, producers } from '@bazaarche/db';
import { assignFulfilment, freeCapacity } from '@bazaarche/domain';
import { and, asc, eq, isNotNull, isNull, max, sum } from 'drizzle-orm';
import { AppError } from '../../errors/app-error.ts';
import type { Actor } from '../../plugins/actor.ts';
import { lockOrder, sellsInOrder } from '../orders/order-access.ts';
import { unitsCommitted } from './member-load.ts';
import { leads, lockNetworkRouting } from './network-access.ts';
import { capacitiesFor } from './trade-capacity.ts';

/** The member the leader names, or the one the routing rule picks. */
export type AssignRequest = { producerId: string } | { automatic: true };

/** A retail order is planned a week ahead: the member's free capacity is counted over the next seven days. */
const RETAIL_HORIZON_MS = 7 * 86_400_000;

/** A network's part may change hands until it is shipped; after that the member who sent it keeps it. */
const ASSIGNABLE = ['awaiting_payment', 'processing'];

interface NetworkPart {
  id: string;
  orderId: string;
  networkId: string;
  producerId: string | null;
}

/**
 * The leader (or an admin) gives a network's part of an order to a member: one they name, who must be
 * an active member, or the one the routing rule picks (see assignFulfilment). Before shipment it may be
 * given again. The buyer may see the order but not route it (403); anyone else is told it does not exist.
 * Returns the order's id.
 */
export async function assignNetworkFulfilment(db: Database, actor: Actor, fulfilmentId: string, request: AssignRequest, now = new Date()): Promise<string> {
  return db.transaction(async (tx) => {
    const [found] = await tx
      .select({ orderId: fulfilments.orderId, networkId: fulfilments.networkId, leaderUserId: networks.leaderUserId, buyerUserId: orders.buyerUserId })
      .from(fulfilments)
      .innerJoin(orders, eq(orders.id, fulfilments.orderId))
      .leftJoin(networks, eq(networks.id, fulfilments.networkId))
      .where(eq(fulfilments.id, fulfilmentId));
    if (!found) throw new AppError('fulfilment_not_found');
    if (!found.networkId || !leads(actor, { leaderUserId: found.leaderUserId! })) {
      const involved = found.buyerUserId === actor.userId || (await sellsInOrder(tx, found.orderId, actor));
      throw involved ? new AppError('forbidden') : new AppError('fulfilment_not_found');
    }
    const order = await lockOrder(tx, found.orderId);
    const [part] = await tx.select().from(fulfilments).where(eq(fulfilments.id, fulfilmentId)).for('update');
    await lockNetworkRouting(tx, found.networkId);
    if (!ASSIGNABLE.includes(part!.status)) throw new AppError('fulfilment_state_conflict', { details: { status: part!.status } });
    const networkPart = { ...part!, networkId: part!.networkId! };

    let producerId: string;
    if ('producerId' in request) {
      if (!(await isActiveMember(tx, networkPart.networkId, request.producerId))) {
        throw AppError.invalid({ field: 'producerId', code: 'not_a_member', value: request.producerId });
      }
      producerId = request.producerId;
    } else {
      const picked = await pickMember(tx, networkPart, order.shippingAddress.provinceCode, now);
      if (!picked) throw new AppError('no_member_has_capacity');
      producerId = picked;
    }
    await recordAssignment(tx, networkPart, producerId, { actorUserId: actor.userId, rule: 'producerId' in request ? 'manual' : 'automatic', now });
    return order.id;
  });
}

/**
 * At payment, the parts of networks that route automatically go to the member the rule picks. A part
 * no member has room for stays with the leader to decide. Runs in the transaction that marks the
 * order paid, under its lock.
 */
export async function assignPaidNetworkParts(tx: Executor, order: { id: string; shippingAddress: { provinceCode: string } }, now: Date): Promise<void> {
  const parts = await tx
    .select({ id: fulfilments.id, orderId: fulfilments.orderId, networkId: fulfilments.networkId, producerId: fulfilments.producerId })
    .from(fulfilments)
    .innerJoin(networks, eq(networks.id, fulfilments.networkId))
    .where(and(eq(fulfilments.orderId, order.id), isNull(fulfilments.producerId), eq(networks.routing, 'automatic')));
  for (const part of parts) {
    await lockNetworkRouting(tx, part.networkId!);
    const networkPart = { ...part, networkId: part.networkId! };
    const picked = await pickMember(tx, networkPart, order.shippingAddress.provinceCode, now);
    if (picked) await recordAssignment(tx, networkPart, picked, { actorUserId: null, rule: 'automatic', now });
  }
}

async function isActiveMember(db: Executor, networkId: string, producerId: string): Promise<boolean> {
  const [member] = await db
    .select({ producerId: networkMembers.producerId })
    .from(networkMembers)
    .innerJoin(producers, eq(producers.id, networkMembers.producerId))
    .where(and(eq(networkMembers.networkId, networkId), eq(networkMembers.producerId, producerId), eq(networkMembers.status, 'active'), eq(producers.status, 'approved')));
  return Boolean(member);
}

/**
 * The routing rule's pick among the network's active members: free capacity over the coming week in
 * the trade of the part's first line (what they still owe the network's bulk orders and retail parts counted), then the buyer's province, then
 * the one given a part longest ago. The part's own units, when it is being given again, are not
 * counted against its current member.
 */
async function pickMember(db: Executor, part: NetworkPart, buyerProvinceCode: string, now: Date): Promise<string | null> {
  const [active, [units], [firstLine], lastAssigned] = await Promise.all([
    db
      .select({ producerId: networkMembers.producerId, capacityPerWeek: networkMembers.capacityPerWeek, provinceCode: producers.provinceCode })
      .from(networkMembers)
      .innerJoin(producers, eq(producers.id, networkMembers.producerId))
      .where(and(eq(networkMembers.networkId, part.networkId), eq(networkMembers.status, 'active'), eq(producers.status, 'approved'))),
    db.select({ quantity: sum(orderLines.quantity).mapWith(Number) }).from(orderLines).where(eq(orderLines.fulfilmentId, part.id)),
    db
      .select({ categoryId: listings.categoryId })
      .from(orderLines)
      .innerJoin(listings, eq(listings.id, orderLines.listingId))
      .where(eq(orderLines.fulfilmentId, part.id))
      .orderBy(asc(orderLines.position))
      .limit(1),
    db
      .select({ producerId: fulfilments.producerId, at: max(fulfilments.assignedAt) })
      .from(fulfilments)
      .where(and(eq(fulfilments.networkId, part.networkId), isNotNull(fulfilments.producerId)))
      .groupBy(fulfilments.producerId),
  ]);
  const members = firstLine ? await capacitiesFor(db, part.networkId, firstLine.categoryId, active) : active;
  const committed = await unitsCommitted(db, members.map((m) => m.producerId));
  const quantity = units?.quantity ?? 0;
  const horizon = new Date(now.getTime() + RETAIL_HORIZON_MS);
  return assignFulfilment(
    members.map((m) => {
      const own = m.producerId === part.producerId ? quantity : 0;
      return {
        producerId: m.producerId,
        provinceCode: m.provinceCode,
        freeCapacity: freeCapacity({ unitsPerWeek: m.capacityPerWeek, now, dueDate: horizon, unitsCommitted: Math.max(0, (committed.get(m.producerId) ?? 0) - own) }),
        lastAssignedAt: lastAssigned.find((l) => l.producerId === m.producerId)?.at ?? null,
      };
    }),
    { quantity, buyerProvinceCode },
  );
}

async function recordAssignment(
  tx: Executor,
  part: NetworkPart,
  producerId: string,
  { actorUserId, rule, now }: { actorUserId: string | null; rule: 'manual' | 'automatic'; now: Date },
): Promise<void> {
  if (part.producerId === producerId) return;
  await tx.update(fulfilments).set({ producerId, assignedAt: now, updatedAt: now }).where(eq(fulfilments.id, part.id));
  await tx.insert(orderEvents).values({ orderId: part.orderId, fulfilmentId: part.id, type: 'assigned', actorUserId, data: { producerId, rule } });
}
