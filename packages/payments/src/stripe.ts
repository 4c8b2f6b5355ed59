import Stripe from 'stripe';
import { assertAmount } from './assert-amount.ts';
import { InvalidSignatureError, MalformedEventError, PaymentsConfigError, ProviderError, type ProviderErrorCode } from './errors.ts';
import type { IncomingHeaders, PaymentEvent, PaymentProvider, RefundReason } from './port.ts';
import { assertStripeSupports } from './stripe-currencies.ts';

export interface StripePaymentsOptions {
  secretKey: string;
  /** Unset in the configuration means Stripe's events could not be verified, so it is refused here. */
  webhookSecret: string | undefined;
  /** The one currency this marketplace charges in; Stripe must support it. */
  currency: string;
  /** Another API server than Stripe's, for tests. */
  host?: string | undefined;
  port?: number | undefined;
  protocol?: 'http' | 'https' | undefined;
  /** The clock a Checkout Session's deadline is checked against. */
  now?: () => Date;
}

// Stripe accepts a Checkout Session's expires_at from 30 minutes to 24 hours ahead; a minute of
// margin each side absorbs clock drift between us and Stripe.
const MIN_SESSION_MS = 31 * 60_000;
const MAX_SESSION_MS = (24 * 60 - 1) * 60_000;

/** How far a webhook's signed timestamp may be from our clock, either way: Stripe's own default. */
export const WEBHOOK_TOLERANCE_SECONDS = 300;

const refundReasons: Record<RefundReason, 'requested_by_customer' | 'duplicate' | 'fraudulent' | undefined> = {
  order_cancelled: undefined,
  requested_by_customer: 'requested_by_customer',
  duplicate: 'duplicate',
  fraudulent: 'fraudulent',
};

/**
 * Card payments through Stripe Checkout, refunds on the PaymentIntent, and payouts to sellers'
 * Connect accounts as separate transfers. Every write carries an idempotency key, so a retry after a
 * timeout never charges, refunds or pays twice.
 */
export function createStripePayments(options: StripePaymentsOptions): PaymentProvider {
  if (!options.secretKey.trim()) throw new PaymentsConfigError('STRIPE_SECRET_KEY is empty');
  const webhookSecret = options.webhookSecret?.trim();
  if (!webhookSecret) {
    throw new PaymentsConfigError('STRIPE_WEBHOOK_SECRET must be set with STRIPE_SECRET_KEY: without it Stripe payments could never be confirmed');
  }
  const currency = assertStripeSupports(options.currency);
  const now = options.now ?? (() => new Date());
  const stripe = new Stripe(options.secretKey, {
    ...(options.host === undefined ? {} : { host: options.host }),
    ...(options.port === undefined ? {} : { port: options.port }),
    ...(options.protocol === undefined ? {} : { protocol: options.protocol }),
    appInfo: { name: 'Bazaarche' },
  });

  function assertCurrency(given: string): void {
    if (given.toUpperCase() !== currency) {
      throw new ProviderError('stripe', 'currency_mismatch', `Stripe is set up to charge in ${currency}, not ${given}`);
    }
  }

  return {
    kind: 'stripe',

    async startPayment(input) {
      assertAmount('stripe', input.amountMinor);
      assertCurrency(input.currency);
      const { paymentId, orderId } = input;
      const session = await call(() =>
        stripe.checkout.sessions.create(
          {
            mode: 'payment',
            line_items: [
              {
                quantity: 1,
                price_data: { currency: currency.toLowerCase(), unit_amount: input.amountMinor, product_data: { name: input.description } },
              },
            ],
            client_reference_id: paymentId,
            metadata: { paymentId, orderId },
            // Copied onto the PaymentIntent so its own events (a declined card) name our payment too.
            payment_intent_data: { description: input.description, metadata: { paymentId, orderId } },
            success_url: input.successUrl,
            cancel_url: input.cancelUrl,
            ...(input.buyerEmail ? { customer_email: input.buyerEmail } : {}),
            ...sessionExpiry(input.expiresAt, now()),
          },
          { idempotencyKey: `payment:${paymentId}:start` },
        ),
      );
      return {
        providerReference: session.id,
        ...(session.url ? { redirectUrl: session.url } : {}),
        expiresAt: new Date(session.expires_at * 1000),
      };
    },

    async parseEvent(rawBody, headers) {
      const signature = header(headers, 'stripe-signature');
      let event: Stripe.Event;
      try {
        event = stripe.webhooks.constructEvent(rawBody, signature, webhookSecret, WEBHOOK_TOLERANCE_SECONDS);
      } catch (error) {
        // Not only its signature error: the library throws a plain Error for a header with an empty `v1=`.
        // Whatever constructEvent (verify, then parse) refuses is a delivery we cannot trust, not a fault of ours.
        const message = error instanceof Error ? error.message : String(error);
        throw new InvalidSignatureError(`Stripe-Signature refused: ${message.split('\n')[0]!.trim()}`, { cause: error });
      }
      // Stripe checks only that a signature is not too old; one dated ahead of the clock would stay
      // replayable for as long as it is in the future. The wall clock, as Stripe's check uses (`now` is
      // for Checkout deadlines).
      if (signedTimestamp(signature) - Math.floor(Date.now() / 1000) > WEBHOOK_TOLERANCE_SECONDS) {
        throw new InvalidSignatureError('Stripe-Signature refused: Timestamp outside the tolerance zone (in the future)');
      }
      if (!isReadableEvent(event)) throw new MalformedEventError(`Stripe event ${String(event.id).slice(0, 80)} has no readable id, type or object`);
      return toPaymentEvent(event);
    },

    async refund(input) {
      assertAmount('stripe', input.amountMinor);
      assertCurrency(input.currency);
      if (!input.providerReference.startsWith('pi_')) {
        throw new ProviderError('stripe', 'invalid_request', `A Stripe refund needs the PaymentIntent (pi_…) from payment_succeeded, got ${input.providerReference}`);
      }
      const reason = input.reason === undefined ? undefined : refundReasons[input.reason];
      const refund = await call(() =>
        stripe.refunds.create(
          {
            payment_intent: input.providerReference,
            amount: input.amountMinor,
            ...(reason ? { reason } : {}),
            metadata: { paymentId: input.paymentId, ...(input.reason ? { reason: input.reason } : {}) },
          },
          { idempotencyKey: input.idempotencyKey },
        ),
      );
      return { providerReference: refund.id };
    },

    async payout(input) {
      assertAmount('stripe', input.amountMinor);
      assertCurrency(input.currency);
      const { destination } = input;
      if (destination.type !== 'stripe_account' || !/^acct_\w+$/.test(destination.accountId)) {
        throw new ProviderError('stripe', 'invalid_destination', 'Stripe payouts go to a Connect account id (acct_…)');
      }
      const transfer = await call(() =>
        stripe.transfers.create(
          { amount: input.amountMinor, currency: currency.toLowerCase(), destination: destination.accountId, metadata: { payoutId: input.payoutId } },
          { idempotencyKey: input.idempotencyKey },
        ),
      );
      return { providerReference: transfer.id };
    },
  };
}

/**
 * Within Stripe's window the order's own deadline is sent as it is, so a retry sends the same
 * parameters (Stripe refuses a reused idempotency key whose parameters changed). A deadline past
 * the window leaves Stripe's 24 hours, which end first; one too close is refused.
 */
function sessionExpiry(expiresAt: Date | undefined, now: Date): { expires_at?: number } {
  if (expiresAt === undefined) return {};
  const ahead = expiresAt.getTime() - now.getTime();
  if (ahead > MAX_SESSION_MS) return {};
  if (ahead < MIN_SESSION_MS) {
    throw new ProviderError('stripe', 'invalid_request', 'The order expires in under 31 minutes: too soon for a Stripe Checkout page', {
      providerCode: 'expires_too_soon',
    });
  }
  return { expires_at: Math.floor(expiresAt.getTime() / 1000) };
}

// Stripe's own events always pass; only a signed body someone else shaped (a leaked secret, a test) fails,
// and it must not reach the database with a NUL in its id or a null where an object belongs.
const EVENT_TEXT = /^[\x21-\x7e]{1,255}$/;
function isReadableEvent(event: Stripe.Event): boolean {
  const object: unknown = (event as { data?: { object?: unknown } }).data?.object;
  return (
    typeof event.id === 'string' &&
    EVENT_TEXT.test(event.id) &&
    typeof event.type === 'string' &&
    EVENT_TEXT.test(event.type) &&
    Number.isSafeInteger(event.created) &&
    typeof object === 'object' &&
    object !== null &&
    !Array.isArray(object)
  );
}

function toPaymentEvent(event: Stripe.Event): PaymentEvent {
  const base = { provider: 'stripe' as const, eventId: event.id, createdAt: new Date(event.created * 1000) };
  const ignored = (reason: Extract<PaymentEvent, { type: 'ignored' }>['reason']): PaymentEvent => ({ ...base, type: 'ignored', providerType: event.type, reason });

  switch (event.type) {
    case 'checkout.session.completed':
    case 'checkout.session.async_payment_succeeded': {
      const session = event.data.object;
      const paymentId = session.metadata?.paymentId;
      if (!paymentId) return ignored('not_ours');
      // Bank debits complete the page unpaid; their money is announced by async_payment_succeeded.
      if (session.payment_status !== 'paid') return ignored('not_paid_yet');
      return {
        ...base,
        type: 'payment_succeeded',
        paymentId,
        providerReference: idOf(session.payment_intent) ?? session.id,
        // A missing total cannot match the payment's amount, so it is not taken as paid in full.
        amountMinor: session.amount_total ?? 0,
        currency: (session.currency ?? '').toUpperCase(),
      };
    }
    case 'checkout.session.expired': {
      const session = event.data.object;
      const paymentId = session.metadata?.paymentId;
      if (!paymentId) return ignored('not_ours');
      return { ...base, type: 'payment_expired', paymentId, providerReference: session.id };
    }
    case 'checkout.session.async_payment_failed': {
      const session = event.data.object;
      const paymentId = session.metadata?.paymentId;
      if (!paymentId) return ignored('not_ours');
      return {
        ...base,
        type: 'payment_failed',
        paymentId,
        providerReference: idOf(session.payment_intent) ?? session.id,
        final: true,
        reason: 'async_payment_failed',
      };
    }
    case 'payment_intent.payment_failed': {
      const intent = event.data.object;
      const paymentId = intent.metadata?.paymentId;
      if (!paymentId) return ignored('not_ours');
      const error = intent.last_payment_error;
      // The Checkout page stays open after a decline, so the buyer can try another card.
      return { ...base, type: 'payment_failed', paymentId, providerReference: intent.id, final: false, reason: error?.decline_code ?? error?.code ?? null };
    }
    case 'charge.refunded': {
      const charge = event.data.object;
      const intentId = idOf(charge.payment_intent);
      if (!intentId) return ignored('not_ours');
      return {
        ...base,
        type: 'refunded',
        paymentId: charge.metadata?.paymentId ?? null,
        providerReference: intentId,
        amountRefundedMinor: charge.amount_refunded,
        currency: charge.currency.toUpperCase(),
        fullyRefunded: charge.refunded,
      };
    }
    default:
      return ignored('unhandled_type');
  }
}

function idOf(value: string | { id: string } | null | undefined): string | null {
  if (!value) return null;
  return typeof value === 'string' ? value : value.id;
}

/** One header's value; absent or repeated both count as missing, which fails verification. */
/** The `t=` of a Stripe-Signature header, read as Stripe reads it (the last one counts). */
function signedTimestamp(signature: string): number {
  let timestamp = Number.NaN;
  for (const item of signature.split(',')) {
    const [key, value] = item.split('=');
    if (key === 't') timestamp = Number.parseInt(value ?? '', 10);
  }
  return timestamp;
}

function header(headers: IncomingHeaders, name: string): string {
  const entry = Object.entries(headers).find(([key]) => key.toLowerCase() === name);
  const value = entry?.[1];
  return typeof value === 'string' ? value : '';
}

/** Runs one Stripe call, turning its errors into `ProviderError`s with a code the API maps to HTTP. */
async function call<T>(request: () => Promise<T>): Promise<T> {
  try {
    return await request();
  } catch (error) {
    if (!(error instanceof Stripe.errors.StripeError)) throw error;
    throw new ProviderError('stripe', codeOf(error), error.message, {
      providerCode: error.decline_code ?? error.code,
      status: error.statusCode,
      requestId: error.requestId,
      cause: error,
    });
  }
}

function codeOf(error: InstanceType<typeof Stripe.errors.StripeError>): ProviderErrorCode {
  const { errors } = Stripe;
  if (error instanceof errors.StripeCardError) return 'declined';
  if (error instanceof errors.StripeIdempotencyError) return 'idempotency_conflict';
  if (error instanceof errors.StripeRateLimitError) return 'rate_limited';
  if (error instanceof errors.StripeInvalidRequestError) return 'invalid_request';
  if (error instanceof errors.StripeAuthenticationError || error instanceof errors.StripePermissionError) return 'not_authorised';
  return 'unavailable';
}
