import { type Database, type Executor, type Fulfilment, fulfilments, type Order, orderEvents, orders, payments } from '@bazaarche/db';
import { nextFulfilmentStatus, orderStatusAfterFulfilments } from '@bazaarche/domain';
import { and, eq } from 'drizzle-orm';
import { AppError } from '../../errors/app-error.ts';
import type { Actor } from '../../plugins/actor.ts';
import { postFulfilmentDelivered } from '../ledger/post-order-money.ts';
import { inScope, lockOrder, sellerScopeOf } from './order-access.ts';

export interface Shipment {
  carrier: string;
  trackingCode: string;
}

/** processing → shipped, with the parcel's carrier and tracking code. Returns the order's id. */
export async function shipFulfilment(db: Database, fulfilmentId: string, actor: Actor, { carrier, trackingCode }: Shipment): Promise<string> {
  return db.transaction(async (tx) => {
    const { fulfilment } = await lockOwnFulfilment(tx, fulfilmentId, actor);
    const next = nextFulfilmentStatus(fulfilment.status, 'ship');
    if (!next) throw new AppError('fulfilment_state_conflict', { details: { status: fulfilment.status } });
    // A network's part is sent by the member who made it: someone has to be given it first.
    if (!fulfilment.producerId) throw new AppError('fulfilment_unassigned');
    await tx.update(fulfilments).set({ status: next, carrier, trackingCode, updatedAt: new Date() }).where(eq(fulfilments.id, fulfilmentId));
    await tx.insert(orderEvents).values({ orderId: fulfilment.orderId, fulfilmentId, type: 'shipped', actorUserId: actor.userId, data: { carrier, trackingCode } });
    return fulfilment.orderId;
  });
}

/** shipped → delivered, and the seller's share payable in the ledger; the order completes when everything still to send has arrived. Returns the order's id. */
export async function deliverFulfilment(db: Database, fulfilmentId: string, actor: Actor, { commissionBps }: { commissionBps: number }): Promise<string> {
  return db.transaction(async (tx) => {
    const { fulfilment, order } = await lockOwnFulfilment(tx, fulfilmentId, actor);
    const next = nextFulfilmentStatus(fulfilment.status, 'deliver');
    if (!next) throw new AppError('fulfilment_state_conflict', { details: { status: fulfilment.status } });
    // Cash at the door is money the seller confirms having taken: that act delivers the parcel (POST /v1/payments/:id/confirm).
    const [cod] = await tx.select({ id: payments.id }).from(payments).where(and(eq(payments.orderId, order.id), eq(payments.provider, 'cod')));
    if (cod) throw new AppError('cod_confirm_required', { details: { paymentId: cod.id } });
    const now = new Date();
    await tx.update(fulfilments).set({ status: next, updatedAt: now }).where(eq(fulfilments.id, fulfilmentId));
    await tx.insert(orderEvents).values({ orderId: order.id, fulfilmentId, type: 'delivered', actorUserId: actor.userId });
    await postFulfilmentDelivered(tx, order, fulfilmentId, commissionBps);

    const parts = await tx.select({ status: fulfilments.status }).from(fulfilments).where(eq(fulfilments.orderId, order.id));
    const orderNext = orderStatusAfterFulfilments(order.status, parts.map((f) => f.status));
    if (orderNext !== order.status) {
      await tx.update(orders).set({ status: orderNext, updatedAt: now }).where(eq(orders.id, order.id));
      await tx.insert(orderEvents).values({ orderId: order.id, type: orderNext, actorUserId: actor.userId });
    }
    return order.id;
  });
}

/**
 * The fulfilment and its order, locked, if the caller sends it (its shop, or the member a network
 * gave it to), leads its network, or is an admin. The buyer and finance see the parcel in the order but may
 * not move it (403); anyone else is told it does not exist.
 */
async function lockOwnFulfilment(tx: Executor, fulfilmentId: string, actor: Actor): Promise<{ fulfilment: Fulfilment; order: Order }> {
  const [found] = await tx
    .select({ orderId: fulfilments.orderId, producerId: fulfilments.producerId, networkId: fulfilments.networkId, buyerUserId: orders.buyerUserId })
    .from(fulfilments)
    .innerJoin(orders, eq(orders.id, fulfilments.orderId))
    .where(eq(fulfilments.id, fulfilmentId));
  if (!found) throw new AppError('fulfilment_not_found');
  if (!actor.isAdmin && !inScope(await sellerScopeOf(tx, actor), found)) {
    throw found.buyerUserId === actor.userId || actor.isFinance ? new AppError('forbidden') : new AppError('fulfilment_not_found');
  }
  const order = await lockOrder(tx, found.orderId);
  const [fulfilment] = await tx.select().from(fulfilments).where(eq(fulfilments.id, fulfilmentId)).for('update');
  return { fulfilment: fulfilment!, order };
}
