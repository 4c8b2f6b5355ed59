import { type Executor, fulfilments, orderEvents, orders, payments } from '@bazaarche/db';
import { nextFulfilmentStatus, nextOrderStatus, nextPaymentStatus } from '@bazaarche/domain';
import { and, eq, inArray } from 'drizzle-orm';
import { AppError } from '../../errors/app-error.ts';
import { postPaymentCaptured } from '../ledger/post-order-money.ts';
import { assignPaidNetworkParts } from '../networks/retail-routing.ts';
import { lockOrder } from './order-access.ts';

export interface MarkOrderPaidInput {
  paymentId: string;
  /** Who confirmed the money; null when a provider's webhook did. */
  actorUserId: string | null;
}

/**
 * The moment money for an order has arrived, whichever provider says so: the payment succeeds,
 * the order is paid, every seller waiting for it starts work, and the parts of networks that route
 * automatically go to a member. Runs in the caller's transaction
 * under the order's lock, so two confirmations cannot both succeed; the second gets 409. An order
 * past its deadline that the sweeper has not reached yet still holds its stock, and is accepted.
 */
export async function markOrderPaid(tx: Executor, orderId: string, { paymentId, actorUserId }: MarkOrderPaidInput): Promise<void> {
  const order = await lockOrder(tx, orderId);
  const [payment] = await tx
    .select()
    .from(payments)
    .where(and(eq(payments.id, paymentId), eq(payments.orderId, orderId)))
    .for('update');
  if (!payment) throw new AppError('payment_not_found');
  const paymentNext = nextPaymentStatus(payment.status, 'succeed');
  if (!paymentNext) throw new AppError('payment_state_conflict', { details: { status: payment.status } });
  const orderNext = nextOrderStatus(order.status, 'pay');
  if (!orderNext) throw new AppError('order_state_conflict', { details: { status: order.status } });

  const now = new Date();
  await tx.update(payments).set({ status: paymentNext, confirmedByUserId: actorUserId, confirmedAt: now, updatedAt: now }).where(eq(payments.id, payment.id));
  await tx.update(orders).set({ status: orderNext, updatedAt: now }).where(eq(orders.id, orderId));
  const parts = await tx.select({ id: fulfilments.id, status: fulfilments.status }).from(fulfilments).where(eq(fulfilments.orderId, orderId)).for('update');
  const starting = parts.filter((f) => nextFulfilmentStatus(f.status, 'pay') === 'processing').map((f) => f.id);
  if (starting.length > 0) await tx.update(fulfilments).set({ status: 'processing', updatedAt: now }).where(inArray(fulfilments.id, starting));
  // One event for the order: every seller's timeline shows it, and their parcels start from it.
  await tx.insert(orderEvents).values({ orderId, type: 'paid', actorUserId, data: { paymentId: payment.id, provider: payment.provider } });
  await postPaymentCaptured(tx, order, payment.id);
  await assignPaidNetworkParts(tx, order, now);
}
