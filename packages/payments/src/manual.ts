import { createHash } from 'node:crypto';
import { toAsciiDigits } from '@bazaarche/domain';
import { formatMoney, formatNumber } from '@bazaarche/i18n';
import { assertAmount } from './assert-amount.ts';
import { InvalidSignatureError, PaymentsConfigError, ProviderError } from './errors.ts';
import type { LocalizedText, PaymentProvider, ProviderReceipt, StartPaymentInput, StartPaymentResult } from './port.ts';
import { formatSheba, parseSheba } from './sheba.ts';

/** The marketplace's own bank account, which buyers transfer to. */
export interface ManualPayee {
  holderName: LocalizedText;
  bankName: LocalizedText;
  sheba: string;
  /** For card-to-card transfers; without it only the Sheba transfer is offered. */
  cardNumber?: string | undefined;
}

/**
 * Bank transfers that a person sees arrive and confirms (POST /v1/payments/:id/confirm). Nothing to
 * call, so refunds and payouts only check and hand back the reference of the transfer a person made.
 */
export function createManualPayments(options: { payee: ManualPayee }): PaymentProvider {
  const sheba = parseSheba(options.payee.sheba);
  if (!sheba.ok) throw new PaymentsConfigError(`The manual payee's Sheba number is not valid (${sheba.reason})`);
  const cardNumber = options.payee.cardNumber === undefined ? undefined : parseCardNumber(options.payee.cardNumber);
  const payee = { ...options.payee, sheba: sheba.sheba, cardNumber };

  return {
    kind: 'manual',

    async startPayment(input: StartPaymentInput): Promise<StartPaymentResult> {
      assertAmount('manual', input.amountMinor);
      const reference = transferReference(input.paymentId);
      return { providerReference: reference, instructions: instructions(payee, input, reference) };
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

function instructions(payee: ManualPayee, input: StartPaymentInput, reference: string): LocalizedText {
  // Account numbers stay in ASCII digits, which every banking app accepts when pasted, and are
  // isolated left-to-right so they read in order inside Persian text.
  const ltr = (text: string) => `\u2066${text}\u2069`;
  const card = payee.cardNumber === undefined ? undefined : payee.cardNumber.replace(/(\d{4})(?!$)/g, '$1 ');
  // Banking apps ask for rials while the shop speaks Toman, so a rial amount is given in both.
  const isRial = input.currency === 'IRR';
  const amountFa = formatMoney(input.amountMinor, input.currency, 'fa') + (isRial ? ` (${formatNumber(input.amountMinor, 'fa')} ریال)` : '');
  const amountEn = formatMoney(input.amountMinor, input.currency, 'en') + (isRial ? ` (${formatNumber(input.amountMinor, 'en')} rials)` : '');
  const fa = [
    `مبلغ ${amountFa} را ${card ? 'با کارت‌به‌کارت یا ' : 'با '}انتقال شبا به حساب زیر بفرستید و شناسهٔ پرداخت را در شرح انتقال بنویسید.`,
    `به نام: ${payee.holderName.fa}`,
    `بانک: ${payee.bankName.fa}`,
    ...(card ? [`شمارهٔ کارت: ${ltr(card)}`] : []),
    `شمارهٔ شبا: ${ltr(formatSheba(payee.sheba))}`,
    `شناسهٔ پرداخت: ${ltr(reference)}`,
    'سفارش شما پس از رسیدن مبلغ تأیید می‌شود.',
  ];
  const en = [
    `Send ${amountEn} ${card ? 'by card-to-card or Sheba transfer' : 'by Sheba transfer'} to the account below, and write the payment reference in the transfer note.`,
    `Account holder: ${payee.holderName.en}`,
    `Bank: ${payee.bankName.en}`,
    ...(card ? [`Card number: ${card}`] : []),
    `Sheba: ${formatSheba(payee.sheba)}`,
    `Payment reference: ${reference}`,
    'Your order is confirmed once the money arrives.',
  ];
  return { fa: fa.join('\n'), en: en.join('\n') };
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
