import { type Database, type Order, orders, type Payment, payments, users } from '@bazaarche/db';
import { type PaymentProvider, ProviderError } from '@bazaarche/payments';
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
 *
 * Answers with the payment as it now stands, or null when there is none or a webhook moved it on
 * meanwhile (whoever shows it then reads it again).
 */
export async function startOrderPayment(
  db: Database,
  providers: ConfiguredPayments,
  placed: string | { order: Order; payment: Payment },
  publicUrl: string,
): Promise<Payment | null> {
  // Checkout hands over the rows it has just written, so nothing is read back.
  const row = typeof placed === 'string' ? await readPendingPayment(db, placed) : placed;
  // Cash on delivery has no provider to start: the seller takes the money at the door.
  if (!row || row.payment.provider === 'cod' || row.payment.status !== 'pending' || row.payment.redirectUrl || (row.payment.provider === 'manual' && row.payment.providerReference)) return row?.payment ?? null;
  const provider = row.payment.provider === 'stripe' ? providers.stripe : providers.manual;
  if (!provider) throw new AppError('payment_method_unavailable');

  let started;
  try {
    // Stripe shows the buyer's address on its page; a bank transfer needs none.
    const buyerEmail = row.payment.provider === 'stripe' ? await buyerEmailOf(db, row.order.buyerUserId) : undefined;
    started = await provider.startPayment(paymentStartInput(row.payment, row.order, publicUrl, buyerEmail));
  } catch (error) {
    if (error instanceof ProviderError) throw new AppError('payment_provider_unavailable', { details: { orderId: row.order.id }, cause: error });
    throw error;
  }
  const [updated] = await db
    .update(payments)
    .set({ providerReference: started.providerReference ?? null, redirectUrl: started.redirectUrl ?? null, updatedAt: new Date() })
    // A webhook that already moved the payment on wins: it knows more than this answer.
    .where(and(eq(payments.id, row.payment.id), eq(payments.status, 'pending'), isNull(payments.redirectUrl)))
    .returning();
  return updated ?? null;
}

async function readPendingPayment(db: Database, orderId: string) {
  const [row] = await db
    .select({ payment: payments, order: orders })
    .from(payments)
    .innerJoin(orders, eq(orders.id, payments.orderId))
    .where(eq(payments.orderId, orderId))
    .orderBy(desc(payments.createdAt))
    .limit(1);
  return row;
}

async function buyerEmailOf(db: Database, userId: string): Promise<string | undefined> {
  const [user] = await db.select({ email: users.email }).from(users).where(eq(users.id, userId));
  return user?.email;
}

/**
 * A bank transfer's reference, for a payment not yet written: the manual provider makes no call (the
 * reference comes from the payment's id), so checkout starts it inside the order's transaction and
 * writes it with the payment, rather than updating the payment after the commit.
 */
export async function bankTransferReference(
  manual: PaymentProvider,
  payment: Pick<Payment, 'id' | 'amountMinor' | 'currency'>,
  order: Pick<Order, 'id' | 'expiresAt'>,
  publicUrl: string,
): Promise<string | null> {
  try {
    return (await manual.startPayment(paymentStartInput(payment, order, publicUrl))).providerReference ?? null;
  } catch (error) {
    if (error instanceof ProviderError) throw new AppError('payment_provider_unavailable', { cause: error });
    throw error;
  }
}
