import type { ProviderKind } from './port.ts';

/** A webhook delivery the provider did not sign, signed with another secret, altered or replayed late. */
export class InvalidSignatureError extends Error {
  override name = 'InvalidSignatureError';
  readonly code = 'invalid_signature';
}

/** A correctly signed delivery whose content is not an event we can read (no object, an id or type that is not text). */
export class MalformedEventError extends Error {
  override name = 'MalformedEventError';
}

/** Configuration an adapter cannot work with; its message is one line naming what is wrong. */
export class PaymentsConfigError extends Error {
  override name = 'PaymentsConfigError';
}

export type ProviderErrorCode =
  /** The provider refused the payment method (Stripe `card_error`, 402). */
  | 'declined'
  /** The request was wrong for the provider (bad parameters, unknown object, amount too small). */
  | 'invalid_request'
  /** The same idempotency key was used with different parameters. */
  | 'idempotency_conflict'
  /** Our credentials were refused or lack a permission. */
  | 'not_authorised'
  | 'rate_limited'
  /** The provider could not be reached or failed; safe to retry with the same idempotency key. */
  | 'unavailable'
  /** The amount's currency is not the one this adapter charges in. */
  | 'currency_mismatch'
  /** Not a positive whole number of minor units. */
  | 'invalid_amount'
  /** A person-made transfer needs the bank's reference to be recorded. */
  | 'reference_required'
  /** A payout destination this adapter cannot pay, or an invalid account number. */
  | 'invalid_destination';

const retryable: ReadonlySet<ProviderErrorCode> = new Set(['rate_limited', 'unavailable']);

/**
 * Anything a provider call can fail with, as one type with a closed set of codes for the API to
 * map to HTTP. The message is for developers and logs, never for buyers.
 */
export class ProviderError extends Error {
  override name = 'ProviderError';
  readonly provider: ProviderKind;
  readonly code: ProviderErrorCode;
  /** The provider's own finer code, e.g. Stripe's `card_declined` or `amount_too_small`. */
  readonly providerCode: string | undefined;
  /** The provider's HTTP status, when it answered. */
  readonly status: number | undefined;
  /** The provider's request id, for its support. */
  readonly requestId: string | undefined;

  constructor(
    provider: ProviderKind,
    code: ProviderErrorCode,
    message: string,
    details: { providerCode?: string | undefined; status?: number | undefined; requestId?: string | undefined; cause?: unknown } = {},
  ) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.provider = provider;
    this.code = code;
    this.providerCode = details.providerCode;
    this.status = details.status;
    this.requestId = details.requestId;
  }

  /** Whether the same call, with the same idempotency key, may succeed later. */
  get retryable(): boolean {
    return retryable.has(this.code);
  }
}
