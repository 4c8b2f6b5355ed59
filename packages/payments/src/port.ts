/**
 * What the marketplace needs from a payment provider. Pure I/O: an adapter talks to its provider
 * and returns facts; recording them (payments, ledger, at-most-once event handling) is the API's.
 * Money is integer minor units of an ISO 4217 currency, upper case (`{ amountMinor, currency: 'USD' }`).
 */
export type ProviderKind = 'manual' | 'stripe';

export interface LocalizedText {
  fa: string;
  en: string;
}

export interface StartPaymentInput {
  paymentId: string;
  orderId: string;
  amountMinor: number;
  currency: string;
  /** What the buyer sees on the provider's page, e.g. "Order 7f3a… at Bazaarche". */
  description: string;
  successUrl: string;
  cancelUrl: string;
  buyerEmail?: string | undefined;
  /** When the order stops holding its stock; the provider's page should not outlive it. */
  expiresAt?: Date | undefined;
}

export interface StartPaymentResult {
  /** The provider's handle on this attempt (Stripe: the Checkout Session; manual: the transfer reference). */
  providerReference?: string;
  /** Where to send the buyer to pay. */
  redirectUrl?: string;
  /** A transfer the buyer makes themselves (manual): where to, how much, and the reference to quote. */
  transfer?: BankTransfer;
  /** When `redirectUrl` stops working. */
  expiresAt?: Date;
}

/**
 * Where and how much a buyer transfers, as raw values: wording, digits and grouping are the edge's
 * to choose, since banking apps want the digits as they are while people read them in groups.
 */
export interface BankTransfer {
  holderName: LocalizedText;
  bankName: LocalizedText;
  /** `IR` and 24 ASCII digits, without spaces. */
  sheba: string;
  /** 16 ASCII digits, when card-to-card transfers are accepted too. */
  cardNumber?: string;
  amountMinor: number;
  currency: string;
  /** Digits to write in the transfer's note (or deposit id), so whoever confirms can match the money to the payment. */
  reference: string;
}

interface EventBase {
  provider: ProviderKind;
  /** The provider's own event id: record it to handle each event at most once. */
  eventId: string;
  createdAt: Date;
}

/** A verified provider event, in the marketplace's terms. */
export type PaymentEvent =
  | (EventBase & {
      type: 'payment_succeeded';
      paymentId: string;
      /** What `refund` needs later (Stripe: the PaymentIntent id). */
      providerReference: string;
      amountMinor: number;
      currency: string;
    })
  | (EventBase & { type: 'payment_expired'; paymentId: string; providerReference: string })
  | (EventBase & {
      type: 'payment_failed';
      paymentId: string;
      providerReference: string;
      /**
       * False when the buyer may still retry within the same attempt (a declined card on an open
       * Stripe Checkout page): then the payment stays pending until it succeeds or expires.
       */
      final: boolean;
      /** The provider's reason, for the record (e.g. `card_declined`). */
      reason: string | null;
    })
  | (EventBase & {
      type: 'refunded';
      /** Null when the provider's object does not carry our payment id; match by `providerReference`. */
      paymentId: string | null;
      providerReference: string;
      /** Everything refunded on this payment so far, not just this refund. */
      amountRefundedMinor: number;
      currency: string;
      fullyRefunded: boolean;
    })
  | (EventBase & {
      type: 'ignored';
      /** The provider's event type, e.g. `customer.created`. */
      providerType: string;
      reason: 'unhandled_type' | 'not_ours' | 'not_paid_yet';
    });

/** Incoming HTTP headers as Node and Fastify give them. */
export type IncomingHeaders = Record<string, string | string[] | undefined>;

export type RefundReason = 'order_cancelled' | 'requested_by_customer' | 'duplicate' | 'fraudulent';

export interface RefundInput {
  paymentId: string;
  /** The reference of the succeeded payment (`payment_succeeded.providerReference`). */
  providerReference: string;
  amountMinor: number;
  currency: string;
  reason?: RefundReason | undefined;
  /** The same key for a retry of the same refund, a new one for another refund. */
  idempotencyKey: string;
  /** Where a person moves the money (manual): the bank's reference of the transfer back. */
  bankReference?: string | undefined;
}

export type PayoutDestination =
  /** An Iranian bank account, paid by a person (manual). */
  | { type: 'sheba'; sheba: string }
  /** A Stripe Connect account (`acct_…`), paid by a transfer. */
  | { type: 'stripe_account'; accountId: string };

export interface PayoutInput {
  payoutId: string;
  destination: PayoutDestination;
  amountMinor: number;
  currency: string;
  idempotencyKey: string;
  /** Where a person moves the money (manual): the bank's reference of the transfer. */
  bankReference?: string | undefined;
}

export interface ProviderReceipt {
  providerReference: string;
}

export interface PaymentProvider {
  readonly kind: ProviderKind;
  startPayment(input: StartPaymentInput): Promise<StartPaymentResult>;
  /**
   * Verifies and translates a webhook delivery. Throws `InvalidSignatureError` for a delivery the
   * provider did not sign (answer 400); anything it does not act on comes back as `ignored`.
   * Async because some providers confirm a delivery by calling back.
   */
  parseEvent(rawBody: Buffer, headers: IncomingHeaders): Promise<PaymentEvent>;
  refund(input: RefundInput): Promise<ProviderReceipt>;
  payout(input: PayoutInput): Promise<ProviderReceipt>;
}
