import { PaymentsConfigError } from './errors.ts';

/**
 * The currencies we let Stripe charge in, each with the decimals Stripe counts its amounts in.
 * Deliberately short: for all of these Stripe's unit is the ISO 4217 minor unit we store
 * (cents, or whole yen and won for the zero-decimal ones), so `amountMinor` passes unchanged.
 * Currencies where the two differ (HUF, TWD, ISK, three-decimal ones) are left out until needed.
 * Stripe does not offer IRR at all.
 */
const stripeCurrencies: Readonly<Record<string, 0 | 2>> = {
  USD: 2,
  EUR: 2,
  GBP: 2,
  AED: 2,
  TRY: 2,
  CAD: 2,
  AUD: 2,
  CHF: 2,
  JPY: 0,
  KRW: 0,
};

/** Throws a one-line `PaymentsConfigError` unless Stripe can charge in `currency`; returns its ISO code upper case. */
export function assertStripeSupports(currency: string): string {
  const code = currency.trim().toUpperCase();
  if (stripeCurrencies[code] !== undefined) return code;
  const why = code === 'IRR' ? 'Stripe does not support the Iranian rial (IRR)' : `Stripe payments are not set up for ${JSON.stringify(currency)}`;
  throw new PaymentsConfigError(
    `${why}: charge in one of ${Object.keys(stripeCurrencies).join(', ')}, or leave STRIPE_SECRET_KEY unset to take manual bank transfers`,
  );
}
