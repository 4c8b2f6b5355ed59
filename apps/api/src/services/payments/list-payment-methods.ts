import { type ConfiguredPayments, paymentMethodsOf } from '../../adapters/payments.ts';
import type { PaymentMethodsResponse } from '../../schemas/payments.ts';

/**
 * The methods checkout offers, with what the storefront needs to name them (card-to-card only when a
 * card is configured), and the marketplace currency they are all paid in.
 */
export function listPaymentMethods(payments: ConfiguredPayments, currency: string): PaymentMethodsResponse {
  return {
    currency,
    items: paymentMethodsOf(payments).map((method) => (method === 'manual' ? { method, cardToCard: payments.manual.acceptsCardToCard } : { method })),
  };
}
