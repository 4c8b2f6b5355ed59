import { type Database, type Executor, fulfilments, type Order, orderEvents, orders, type Payment, payments } from '@bazaarche/db';
import { type FulfilmentStatus, nextFulfilmentStatus, nextPaymentStatus, orderStatusAfterFulfilments, toAsciiDigits } from '@bazaarche/domain';
import { eq } from 'drizzle-orm';
import { AppError } from '../../errors/app-error.ts';
import type { Actor } from '../../plugins/actor.ts';
import { postCodCollected } from '../ledger/post-order-money.ts';
import { markOrderPaid } from './mark-order-paid.ts';
import { inScope, lockPayment, sellerScopeOf, sellsInOrder } from './order-access.ts';

export interface PaymentConfirmation {
  /** A bank transfer: the payment reference the buyer wrote in the transfer's note. */
  paymentReference?: string | undefined;
  /** A bank transfer: the bank's own reference for the transfer, kept on the payment for the audit. */
  bankReference?: string | undefined;
  /** Cash on delivery: the seller's parcel whose cash they took at the door. */
  fulfilmentId?: string | undefined;
}

/**
 * Someone says money for an order arrived; who may say so depends on where it went (decision 018).
 * A bank transfer went to the platform's account: only platform finance confirms it, matched on the
 * payment's reference, and the order is paid. Cash on delivery went to the seller: the seller of the
 * parcel (or an admin) confirms it as they hand it over, and the parcel is delivered with it. Anyone
 * who may see the order but not confirm this money (its buyer, another seller in it) gets 403; anyone
 * else is told the payment does not exist. Returns the order's id.
 */
export async function confirmPayment(db: Database, paymentId: string, actor: Actor, confirmation: PaymentConfirmation, { commissionBps }: { commissionBps: number }): Promise<string> {
  return db.transaction(async (tx) => {
    const [found] = await tx
      .select({ orderId: payments.orderId, provider: payments.provider, reference: payments.providerReference, buyerUserId: orders.buyerUserId })
      .from(payments)
      .innerJoin(orders, eq(orders.id, payments.orderId))
      .where(eq(payments.id, paymentId));
    if (!found) throw new AppError('payment_not_found');
    const refuse = async () => {
      // Finance (admins among it) sees whole orders.
      const sees = actor.isFinance || found.buyerUserId === actor.userId || (await sellsInOrder(tx, found.orderId, actor));
      return sees ? new AppError('forbidden') : new AppError('payment_not_found');
    };
    if (found.provider === 'cod') return confirmCash(tx, paymentId, actor, confirmation, commissionBps, refuse);
    if (!actor.isFinance) throw await refuse();
    // A card payment is confirmed by its provider, never by hand.
    if (found.provider !== 'manual') throw new AppError('payment_state_conflict', { details: { provider: found.provider } });
    await confirmTransfer(tx, { paymentId, ...found }, actor, confirmation);
    return found.orderId;
  });
}

/** Finance matched a transfer on the platform's statement to this payment: the quoted reference must be the payment's own. */
async function confirmTransfer(
  tx: Executor,
  { paymentId, orderId, reference }: { paymentId: string; orderId: string; reference: string | null },
  actor: Actor,
  { paymentReference, bankReference }: PaymentConfirmation,
): Promise<void> {
  const missing = [
    ...(paymentReference === undefined ? [{ field: 'paymentReference', code: 'required' as const }] : []),
    ...(bankReference === undefined ? [{ field: 'bankReference', code: 'required' as const }] : []),
  ];
  if (missing.length > 0) throw AppError.invalid(...missing);
  // Bank forms and people write digits in either script and with spaces: compared as ASCII digits alone.
  // A payment never started has no reference the buyer could have quoted.
  const quoted = toAsciiDigits(paymentReference!).replace(/\s+/g, '');
  if (!reference || quoted !== reference) throw AppError.invalid({ field: 'paymentReference', code: 'reference_mismatch' });
  await markOrderPaid(tx, orderId, { paymentId, actorUserId: actor.userId });
  await tx.update(payments).set({ bankReference }).where(eq(payments.id, paymentId));
}

/**
 * The seller took the cash for their parcel at the door: the parcel is delivered, the platform's
 * commission on it becomes the seller's debt, and once every parcel still to go has been paid for
 * this way the payment has succeeded and the order completes.
 */
async function confirmCash(tx: Executor, paymentId: string, actor: Actor, { fulfilmentId }: PaymentConfirmation, commissionBps: number, refuse: () => Promise<AppError>): Promise<string> {
  // Found by the caller in this transaction, so it is there to lock.
  const { order, payment } = (await lockPayment(tx, paymentId))!;
  const parts = await tx.select().from(fulfilments).where(eq(fulfilments.orderId, order.id)).for('update');
  const scope = actor.isAdmin ? null : await sellerScopeOf(tx, actor);
  if (scope && !parts.some((f) => inScope(scope, f))) throw await refuse();
  if (fulfilmentId === undefined) throw AppError.invalid({ field: 'fulfilmentId', code: 'required' });
  const parcel = parts.find((f) => f.id === fulfilmentId && (!scope || inScope(scope, f)));
  // Another seller's parcel in the same order is theirs to confirm, not this caller's.
  if (!parcel) throw AppError.invalid({ field: 'fulfilmentId', code: 'invalid' });
  const delivered = nextFulfilmentStatus(parcel.status, 'deliver');
  if (!delivered) throw new AppError('fulfilment_state_conflict', { details: { status: parcel.status } });

  const now = new Date();
  await tx.update(fulfilments).set({ status: delivered, updatedAt: now }).where(eq(fulfilments.id, parcel.id));
  await tx.insert(orderEvents).values({ orderId: order.id, fulfilmentId: parcel.id, type: 'delivered', actorUserId: actor.userId, data: { paymentId, cashCollected: String(parcel.totalMinor) } });
  await postCodCollected(tx, order, parcel.id, commissionBps);
  const statuses = parts.map((f) => (f.id === parcel.id ? delivered : f.status));
  await settleCashPayment(tx, order, payment, statuses, actor.userId, now);
  return order.id;
}

async function settleCashPayment(tx: Executor, order: Order, payment: Payment, statuses: FulfilmentStatus[], actorUserId: string, now: Date): Promise<void> {
  const orderNext = orderStatusAfterFulfilments(order.status, statuses);
  if (orderNext !== 'completed') return;
  const paymentNext = nextPaymentStatus(payment.status, 'succeed');
  if (paymentNext) await tx.update(payments).set({ status: paymentNext, confirmedByUserId: actorUserId, confirmedAt: now, updatedAt: now }).where(eq(payments.id, payment.id));
  await tx.update(orders).set({ status: orderNext, updatedAt: now }).where(eq(orders.id, order.id));
  await tx.insert(orderEvents).values({ orderId: order.id, type: orderNext, actorUserId });
}
