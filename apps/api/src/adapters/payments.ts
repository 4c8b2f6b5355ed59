import type { Config } from '@bazaarche/config';
import { createManualPayments, createStripePayments, type ManualPayments, type PaymentProvider } from '@bazaarche/payments';

/** The providers buyers may pay with: bank transfers always, Stripe Checkout when it is configured. */
export interface ConfiguredPayments {
  manual: ManualPayments;
  stripe?: PaymentProvider | undefined;
}

/** Throws a one-line `PaymentsConfigError` for settings an adapter refuses (e.g. a payee card failing its check). */
export function createConfiguredPayments(config: Pick<Config, 'currency' | 'manualPayee' | 'stripe'>): ConfiguredPayments {
  const manual = createManualPayments({ payee: config.manualPayee });
  if (!config.stripe) return { manual };
  const { secretKey, webhookSecret, api } = config.stripe;
  return { manual, stripe: createStripePayments({ secretKey, webhookSecret, currency: config.currency, host: api?.host, port: api?.port, protocol: api?.protocol }) };
}

/** The methods a buyer may choose at checkout. */
export function paymentMethodsOf(payments: ConfiguredPayments): Array<'manual' | 'stripe'> {
  return payments.stripe ? ['manual', 'stripe'] : ['manual'];
}
