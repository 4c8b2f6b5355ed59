import { type Executor, fulfilments, type Order, orderEvents, orders, payments } from '@bazaarche/db';
import { nextFulfilmentStatus, nextOrderStatus, nextPaymentStatus, type PaymentStatus } from '@bazaarche/domain';
import { inArray } from 'drizzle-orm';
import { AppError } from '../../errors/app-error.ts';
import { returnReservedStock } from './return-reserved-stock.ts';

export interface CloseOrdersOptions {
  /** Null when the platform itself acts, as the expiry sweeper does. */
  actorUserId: string | null;
  data?: Record<string, string>;
}

/**
 * Ends orders that will not be sent: each order cancelled or expired, every fulfilment not yet on
 * its way cancelled, its stock returned, and its payment called off (a pending one cancelled or
 * expired; one that succeeded becomes `refund_due`, for the ledger to pay back). The orders must be
 * locked by the caller's transaction; their statuses, read under that lock, guard every step.
 */
export async function closeOrders(tx: Executor, lockedOrders: Order[], action: 'cancel' | 'expire', { actorUserId, data }: CloseOrdersOptions): Promise<void> {
  if (lockedOrders.length === 0) return;
  const ids = lockedOrders.map((o) => o.id);
  const to = action === 'cancel' ? 'cancelled' : 'expired';
  if (lockedOrders.some((o) => nextOrderStatus(o.status, action) !== to)) throw new AppError('order_state_conflict');

  const parts = await tx.select({ id: fulfilments.id, status: fulfilments.status }).from(fulfilments).where(inArray(fulfilments.orderId, ids)).for('update');
  const cancelling = parts.filter((f) => nextFulfilmentStatus(f.status, 'cancel') !== null).map((f) => f.id);
  // A parcel on its way cannot be called back: such an order is not closed here, but returned.
  if (parts.some((f) => f.status !== 'cancelled' && !cancelling.includes(f.id))) throw new AppError('order_state_conflict');

  const now = new Date();
  if (cancelling.length > 0) {
    await tx.update(fulfilments).set({ status: 'cancelled', updatedAt: now }).where(inArray(fulfilments.id, cancelling));
    await returnReservedStock(tx, cancelling);
  }

  const paid = await tx.select({ id: payments.id, status: payments.status }).from(payments).where(inArray(payments.orderId, ids)).for('update');
  const paymentsTo = new Map<PaymentStatus, string[]>();
  for (const payment of paid) {
    // A payment that already failed or was refunded stays as it is.
    const next = nextPaymentStatus(payment.status, action);
    if (next) paymentsTo.set(next, [...(paymentsTo.get(next) ?? []), payment.id]);
  }
  for (const [status, paymentIds] of paymentsTo) await tx.update(payments).set({ status, updatedAt: now }).where(inArray(payments.id, paymentIds));

  await tx.update(orders).set({ status: to, updatedAt: now }).where(inArray(orders.id, ids));
  await tx.insert(orderEvents).values(ids.map((orderId) => ({ orderId, type: to, actorUserId, data: data ?? null })));
}

