import { type Database, type Executor, orderEvents, payments, providerEvents } from '@bazaarche/db';
import { nextPaymentStatus } from '@bazaarche/domain';
import type { PaymentEvent } from '@bazaarche/payments';
import { eq } from 'drizzle-orm';
import { postPaymentCaptured } from '../ledger/post-order-money.ts';
import { closeOrders } from '../orders/close-orders.ts';
import { markOrderPaid } from '../orders/mark-order-paid.ts';
import { lockPayment } from '../orders/order-access.ts';

/** What a verified event did, for the log. */
export type EventOutcome =
  | 'duplicate'
  | 'ignored'
  | 'not_ours'
  | 'paid'
  | 'already_paid'
  | 'paid_after_close'
  | 'amount_mismatch'
  | 'expired'
  | 'already_closed'
  | 'failed'
  | 'retry_allowed'
  | 'refund_noted';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Applies a verified provider event at most once: its id is recorded in the same transaction as
 * its effect, so a redelivery finds it and does nothing, and an effect that fails leaves no record
 * for the provider's retry to trip over. However late or out of order an event comes, it only
 * moves an order forwards; the order's lock and its status, read under it, decide.
 */
export async function applyProviderEvent(db: Database, event: PaymentEvent): Promise<EventOutcome> {
  return db.transaction(async (tx) => {
    const recorded = await tx
      .insert(providerEvents)
      .values({ provider: event.provider, eventId: event.eventId, type: event.type === 'ignored' ? `ignored:${event.providerType}` : event.type })
      .onConflictDoNothing()
      .returning({ eventId: providerEvents.eventId });
    if (recorded.length === 0) return 'duplicate';

    switch (event.type) {
      case 'payment_succeeded': {
        const payment = await lockedPayment(tx, event.provider, event.paymentId);
        if (!payment) return 'not_ours';
        // Money that does not match the order is not taken as its payment; a person looks at it.
        if (event.amountMinor !== payment.amountMinor || event.currency !== payment.currency) return 'amount_mismatch';
        if (payment.status === 'succeeded' || payment.status === 'refund_due' || payment.status === 'refunded') return 'already_paid';
        if (payment.status === 'pending' && payment.order.status === 'pending_payment') {
          await tx.update(payments).set({ providerReference: event.providerReference, redirectUrl: null }).where(eq(payments.id, payment.id));
          await markOrderPaid(tx, payment.orderId, { paymentId: payment.id, actorUserId: null });
          return 'paid';
        }
        // The buyer paid after the order expired or was cancelled: its stock is gone, so the order
        // stays closed. The money is real, so it is recorded (captured in the ledger, held per
        // seller) and owed back: the payment becomes refund_due for an admin to refund.
        const now = new Date();
        await tx
          .update(payments)
          .set({ status: 'refund_due', providerReference: event.providerReference, redirectUrl: null, confirmedAt: now, updatedAt: now })
          .where(eq(payments.id, payment.id));
        await postPaymentCaptured(tx, payment.order, payment.id);
        await tx.insert(orderEvents).values({ orderId: payment.orderId, type: 'paid_after_close', actorUserId: null, data: { paymentId: payment.id, provider: event.provider } });
        return 'paid_after_close';
      }
      case 'payment_expired': {
        const payment = await lockedPayment(tx, event.provider, event.paymentId);
        if (!payment) return 'not_ours';
        // The Checkout page has closed and no other is made: the order lapses now, as the sweeper would.
        if (payment.order.status !== 'pending_payment') return 'already_closed';
        await closeOrders(tx, [payment.order], 'expire', { actorUserId: null, data: { reason: 'checkout_expired' } });
        return 'expired';
      }
      case 'payment_failed': {
        const payment = await lockedPayment(tx, event.provider, event.paymentId);
        if (!payment) return 'not_ours';
        // A declined card on an open Checkout page: the buyer may try another.
        if (!event.final) return 'retry_allowed';
        const next = nextPaymentStatus(payment.status, 'fail');
        if (!next) return 'already_closed';
        // The order keeps its stock until its deadline, as an unpaid order does.
        await tx.update(payments).set({ status: next, updatedAt: new Date() }).where(eq(payments.id, payment.id));
        return 'failed';
      }
      case 'refunded':
        // Refunds are made and recorded through the ledger (POST /v1/payments/:id/refunds); the
        // provider's word on one is kept in provider_events and the log.
        return 'refund_noted';
      case 'ignored':
        return 'ignored';
    }
  });
}

/** The payment and its order, locked in the house order (order first); null when it is not this provider's. */
async function lockedPayment(tx: Executor, provider: string, paymentId: string) {
  if (!UUID.test(paymentId)) return null;
  const locked = await lockPayment(tx, paymentId);
  if (!locked || locked.payment.provider !== provider) return null;
  return { ...locked.payment, order: locked.order };
}
