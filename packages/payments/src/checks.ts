// What configuration checks need, without loading the Stripe library: the config package reads it at start.
export { PaymentsConfigError } from './errors.ts';
export { parseSheba, type ShebaResult } from './sheba.ts';
export { assertStripeSupports } from './stripe-currencies.ts';
