import type { Order, Payment } from '@bazaarche/db';
import type { StartPaymentInput } from '@bazaarche/payments';

/**
 * What a provider is asked to start for a payment. Derived from the stored rows alone, so the same
 * payment always gives the same input: Stripe replays the same Checkout Session for a retry, and a
 * bank transfer's account and reference can be given again whenever the order is shown.
 */
export function paymentStartInput(
  payment: Pick<Payment, 'id' | 'amountMinor' | 'currency'>,
  order: Pick<Order, 'id' | 'expiresAt'>,
  publicUrl: string,
  buyerEmail?: string,
): StartPaymentInput {
  return {
    paymentId: payment.id,
    orderId: order.id,
    amountMinor: payment.amountMinor,
    currency: payment.currency,
    description: `Bazaarche order ${order.id.slice(0, 8)}`,
    successUrl: `${publicUrl}/orders/${order.id}?paid=1`,
    cancelUrl: `${publicUrl}/orders/${order.id}`,
    buyerEmail,
    expiresAt: order.expiresAt,
  };
}
