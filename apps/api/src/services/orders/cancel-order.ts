import { type Database, fulfilments, orders } from '@bazaarche/db';
import { buyerMayCancel } from '@bazaarche/domain';
import { eq } from 'drizzle-orm';
import { AppError } from '../../errors/app-error.ts';
import type { Actor } from '../../plugins/actor.ts';
import { closeOrders } from './close-orders.ts';
import { lockOrder, sellsInOrder } from './order-access.ts';

/**
 * The buyer, or an admin for them, calls an order off until the first parcel leaves (after that
 * it is a return, not a cancellation). A seller in the order, or finance, may see it but not cancel it (403);
 * anyone else is told it does not exist. Stock comes back and a payment that succeeded becomes
 * `refund_due`.
 */
export async function cancelOrder(db: Database, orderId: string, actor: Actor): Promise<void> {
  await db.transaction(async (tx) => {
    const [found] = await tx.select({ buyerUserId: orders.buyerUserId }).from(orders).where(eq(orders.id, orderId));
    if (!found) throw new AppError('order_not_found');
    const isBuyer = found.buyerUserId === actor.userId;
    if (!isBuyer && !actor.isAdmin) {
      throw actor.isFinance || (await sellsInOrder(tx, orderId, actor)) ? new AppError('forbidden') : new AppError('order_not_found');
    }
    const order = await lockOrder(tx, orderId);
    const parts = await tx.select({ status: fulfilments.status }).from(fulfilments).where(eq(fulfilments.orderId, orderId));
    if (!buyerMayCancel(order.status, parts.map((f) => f.status))) {
      throw new AppError('order_state_conflict', { details: { status: order.status } });
    }
    await closeOrders(tx, [order], 'cancel', { actorUserId: actor.userId, data: { by: isBuyer ? 'buyer' : 'admin' } });
  });
}
