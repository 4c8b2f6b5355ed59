import { type Database, orders, payments, users } from '@bazaarche/db';
import { ProviderError } from '@bazaarche/payments';
import { and, desc, eq, isNull } from 'drizzle-orm';
import type { ConfiguredPayments } from '../../adapters/payments.ts';
import { AppError } from '../../errors/app-error.ts';
import { paymentStartInput } from './payment-start-input.ts';

/**
 * Asks the order's provider to start its pending payment, after the order has committed: a
 * provider call never holds the order's transaction open. Stripe gives a Checkout Session, whose
 * id and page are stored on the payment; a bank transfer gives its reference. Calling it again
 * for the same payment is safe (Stripe replays the same session for the same idempotency key), so
 * a checkout replayed with its Idempotency-Key retries a start that failed.
 *
 * When Stripe cannot be reached the order stays placed and pending, holding its stock until it
 * expires, and the caller gets 502 `payment_provider_unavailable`.
 */
export async function startOrderPayment(db: Database, providers: ConfiguredPayments, orderId: string, publicUrl: string): Promise<void> {
  const [row] = await db
    .select({ payment: payments, order: orders, buyerEmail: users.email })
    .from(payments)
    .innerJoin(orders, eq(orders.id, payments.orderId))
    .innerJoin(users, eq(users.id, orders.buyerUserId))
    .where(eq(payments.orderId, orderId))
    .orderBy(desc(payments.createdAt))
    .limit(1);
  // Cash on delivery has no provider to start: the seller takes the money at the door.
  if (!row || row.payment.provider === 'cod' || row.payment.status !== 'pending' || row.payment.redirectUrl || (row.payment.provider === 'manual' && row.payment.providerReference)) return;
  const provider = row.payment.provider === 'stripe' ? providers.stripe : providers.manual;
  if (!provider) throw new AppError('payment_method_unavailable', { status: 422 });

  let started;
  try {
    started = await provider.startPayment(paymentStartInput(row.payment, row.order, publicUrl, row.buyerEmail));
  } catch (error) {
    if (error instanceof ProviderError) throw new AppError('payment_provider_unavailable', { status: 502, details: { orderId }, cause: error });
    throw error;
  }
  await db
    .update(payments)
    .set({ providerReference: started.providerReference ?? null, redirectUrl: started.redirectUrl ?? null, updatedAt: new Date() })
    // A webhook that already moved the payment on wins: it knows more than this answer.
    .where(and(eq(payments.id, row.payment.id), eq(payments.status, 'pending'), isNull(payments.redirectUrl)));
}
