import { createHash } from 'node:crypto';
import { parseSheba, toAsciiDigits } from '@bazaarche/domain';
import { assertAmount } from './assert-amount.ts';
import { InvalidSignatureError, PaymentsConfigError, ProviderError } from './errors.ts';
import type { BankTransfer, LocalizedText, PaymentProvider, ProviderReceipt, StartPaymentInput, StartPaymentResult } from './port.ts';

/** The marketplace's own bank account, which buyers transfer to. */
export interface ManualPayee {
  holderName: LocalizedText;
  bankName: LocalizedText;
  sheba: string;
  /** For card-to-card transfers; without it only the Sheba transfer is offered. */
  cardNumber?: string | undefined;
}

export interface ManualPayments extends PaymentProvider {
  readonly kind: 'manual';
  /** Whether a card number is configured, so card-to-card is offered beside the Sheba transfer. */
  readonly acceptsCardToCard: boolean;
}

/**
 * Bank transfers that a person sees arrive and confirms (POST /v1/payments/:id/confirm). Nothing to
 * call, so refunds and payouts only check and hand back the reference of the transfer a person made.
 */
export function createManualPayments(options: { payee: ManualPayee }): ManualPayments {
  const sheba = parseSheba(options.payee.sheba);
  if (!sheba.ok) throw new PaymentsConfigError(`The manual payee's Sheba number is not valid (${sheba.reason})`);
  const cardNumber = options.payee.cardNumber === undefined ? undefined : parseCardNumber(options.payee.cardNumber);
  const payee = { ...options.payee, sheba: sheba.sheba, cardNumber };

  return {
    kind: 'manual',
    acceptsCardToCard: cardNumber !== undefined,

    async startPayment(input: StartPaymentInput): Promise<StartPaymentResult> {
      assertAmount('manual', input.amountMinor);
      const reference = transferReference(input.paymentId);
      const transfer: BankTransfer = {
        holderName: payee.holderName,
        bankName: payee.bankName,
        sheba: payee.sheba,
        ...(payee.cardNumber === undefined ? {} : { cardNumber: payee.cardNumber }),
        amountMinor: input.amountMinor,
        currency: input.currency,
        reference,
      };
      return { providerReference: reference, transfer };
    },

    async parseEvent() {
      throw new InvalidSignatureError('The manual provider takes no webhooks: payments are confirmed by a person');
    },

    async refund(input): Promise<ProviderReceipt> {
      assertAmount('manual', input.amountMinor);
      return { providerReference: bankReference(input.bankReference) };
    },

    async payout(input): Promise<ProviderReceipt> {
      assertAmount('manual', input.amountMinor);
      if (input.destination.type !== 'sheba') {
        throw new ProviderError('manual', 'invalid_destination', 'Manual payouts go to a Sheba account');
      }
      const destination = parseSheba(input.destination.sheba);
      if (!destination.ok) {
        throw new ProviderError('manual', 'invalid_destination', `The payout's Sheba number is not valid (${destination.reason})`);
      }
      return { providerReference: bankReference(input.bankReference) };
    },
  };
}

/**
 * Twelve digits, the same for the same payment, that fit the numeric "deposit id" field of a Sheba
 * transfer and a card-to-card note. Short enough to type, so not unique across all payments:
 * whoever confirms matches it together with the amount.
 */
function transferReference(paymentId: string): string {
  const hash = createHash('sha256').update(paymentId).digest();
  // Never a leading zero, which some bank forms drop.
  return String(100_000_000_000 + (hash.readUIntBE(0, 6) % 900_000_000_000));
}

function bankReference(value: string | undefined): string {
  const reference = value === undefined ? '' : toAsciiDigits(value).trim().replace(/\s+/g, ' ');
  if (!reference) throw new ProviderError('manual', 'reference_required', 'A manual transfer needs the bank reference of the transfer that was made');
  return reference;
}

/** 16 digits passing the Luhn check, as every Shetab card number does. */
function parseCardNumber(input: string): string {
  const digits = toAsciiDigits(input).replace(/[\s-]/g, '');
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    const digit = Number(digits[digits.length - 1 - i]);
    sum += i % 2 === 1 ? (digit * 2 > 9 ? digit * 2 - 9 : digit * 2) : digit;
  }
  if (!/^\d{16}$/.test(digits) || sum % 10 !== 0) throw new PaymentsConfigError("The manual payee's card number is not a valid 16-digit card number");
  return digits;
}
