import type { Schemas } from '@bazaarche/api-client';
import { formatNumber, isRial, type Locale } from '@bazaarche/i18n';
import type { adminPaymentsMessages } from '../i18n/messages/admin-payments.ts';
import { formText } from './form-data.ts';

/** The API's shape of a transfer for finance to match. */
export type BankTransferForFinance = Schemas['BankTransferForFinance'];

type PaymentStatusKey = Extract<keyof typeof adminPaymentsMessages, `adminPayments.status${string}`>;

const statusKeys: Record<string, PaymentStatusKey> = {
  pending: 'adminPayments.statusPending',
  succeeded: 'adminPayments.statusSucceeded',
  failed: 'adminPayments.statusFailed',
  expired: 'adminPayments.statusExpired',
  cancelled: 'adminPayments.statusCancelled',
  refund_due: 'adminPayments.statusRefundDue',
  refunded: 'adminPayments.statusRefunded',
};

/** The words for a payment's status; a status the web does not know yet reads as failed rather than as a code. */
export function paymentStatusKey(status: string): PaymentStatusKey {
  return statusKeys[status] ?? 'adminPayments.statusFailed';
}

/** The amount as banking apps ask for it, in rials, with the page's digits: "۱۵٬۰۰۰٬۰۰۰". Null for another currency, whose amount says it all. */
export function rialFigure(amountMinor: number, currency: string, locale: Locale): string | null {
  return isRial(currency) ? formatNumber(amountMinor, locale) : null;
}

/** The confirm form's two fields, as typed; a blank one is left out, for the API to name as required. */
export function readConfirmForm(form: FormData): { values: { paymentReference: string; bankReference: string }; body: { paymentReference?: string; bankReference?: string } } {
  const values = { paymentReference: formText(form, 'paymentReference'), bankReference: formText(form, 'bankReference') };
  const paymentReference = values.paymentReference.trim();
  const bankReference = values.bankReference.trim();
  return { values, body: { ...(paymentReference && { paymentReference }), ...(bankReference && { bankReference }) } };
}

export type ConfirmField = 'paymentReference' | 'bankReference';

export function confirmFormFieldOf(apiField: string): ConfirmField | null {
  return apiField === 'paymentReference' || apiField === 'bankReference' ? apiField : null;
}
