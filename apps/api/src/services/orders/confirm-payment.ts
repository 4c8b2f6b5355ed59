import { type Database, orders, payments } from '@bazaarche/db';
import { eq } from 'drizzle-orm';
import { AppError } from '../../errors/app-error.ts';
import type { Actor } from '../../plugins/actor.ts';
import { markOrderPaid } from './mark-order-paid.ts';
import { sellsInOrder } from './order-access.ts';

/**
 * A manual payment (a bank transfer, cash on collection) confirmed by an admin or by a seller in
 * the order, who sees the money arrive. The buyer may see the payment but not confirm it (403);
 * anyone else is told it does not exist. Returns the order's id.
 */
export async function confirmManualPayment(db: Database, paymentId: string, actor: Actor): Promise<string> {
  return db.transaction(async (tx) => {
    const [payment] = await tx
      .select({ orderId: payments.orderId, provider: payments.provider, buyerUserId: orders.buyerUserId })
      .from(payments)
      .innerJoin(orders, eq(orders.id, payments.orderId))
      .where(eq(payments.id, paymentId));
    if (!payment) throw new AppError('payment_not_found', { status: 404 });
    if (!actor.isAdmin && !(await sellsInOrder(tx, payment.orderId, actor))) {
      throw payment.buyerUserId === actor.userId ? new AppError('forbidden', { status: 403 }) : new AppError('payment_not_found', { status: 404 });
    }
    // A card payment is confirmed by its provider, never by hand.
    if (payment.provider !== 'manual') throw new AppError('payment_state_conflict', { status: 409, details: { provider: payment.provider } });
    await markOrderPaid(tx, payment.orderId, { paymentId, actorUserId: actor.userId });
    return payment.orderId;
  });
}
