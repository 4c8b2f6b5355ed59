import type { Schemas } from '@bazaarche/api-client';
import { formatMoney, formatNumber, type Locale } from '@bazaarche/i18n';
import type { earningsMessages } from '../i18n/messages/earnings.ts';
import type { KeyOf, Translate } from '../i18n/translator.ts';
import { parseTomanAsRial } from './number-input.ts';

// The API's own shapes for a shop's account and the payouts made from it.
export type LedgerStatement = Schemas['LedgerStatement'];
export type StatementEntry = LedgerStatement['entries'][number];
export type Payout = Schemas['Payout'];

/** One entry of a shop's statement in words: what happened, and to which of its balances. */
export function entryText(entry: Pick<StatementEntry, 'kind' | 'account' | 'commissionBps' | 'coordinationFeeBps'>, t: Translate<KeyOf<typeof earningsMessages>>, locale: Locale): string {
  switch (entry.kind) {
    case 'payment_captured':
      return t('earnings.kind.payment_captured');
    case 'fulfilment_delivered':
      // Delivery moves the money: out of held, into payable; each half is a line of its own.
      return t(entry.account === 'held' ? 'earnings.kind.deliveredHeld' : 'earnings.kind.deliveredPayable');
    case 'commission':
      return entry.commissionBps === null
        ? t('earnings.kind.commissionNoRate')
        : t('earnings.kind.commission', { rate: formatNumber(entry.commissionBps / 100, locale) });
    case 'coordination_fee':
      // A debit on a member's statement and a credit on the network's: the same words read right on both.
      return entry.coordinationFeeBps === null
        ? t('earnings.kind.coordinationFeeNoRate')
        : t('earnings.kind.coordinationFee', { rate: formatNumber(entry.coordinationFeeBps / 100, locale) });
    case 'cod_commission':
      return entry.commissionBps === null
        ? t('earnings.kind.codCommissionNoRate')
        : t('earnings.kind.codCommission', { rate: formatNumber(entry.commissionBps / 100, locale) });
    case 'refund':
      return t('earnings.kind.refund');
    case 'payout':
      return t('earnings.kind.payout');
    default:
      return t('earnings.kind.other');
  }
}

/** Which of a shop's balances an entry moved, in words. */
export function accountText(account: StatementEntry['account'], t: Translate<KeyOf<typeof earningsMessages>>): string {
  switch (account) {
    case 'held':
      return t('earnings.accountHeld');
    case 'payable':
      return t('earnings.accountPayable');
    case 'unfunded':
      return t('earnings.accountUnfunded');
    case 'owed':
      return t('earnings.accountOwed');
  }
}

/**
 * An amount with its sign always shown: "+۴۵٬۰۰۰ تومان", "−۴۵٬۰۰۰ تومان". In Persian a
 * left-to-right mark keeps the sign before the digits, as fa-IR's own number format does.
 */
export function formatSignedMoney(amountMinor: number, currency: string, locale: Locale): string {
  const sign = amountMinor > 0 ? '+' : amountMinor < 0 ? '\u2212' : '';
  const mark = sign && locale === 'fa' ? '\u200e' : '';
  return `${mark}${sign}${formatMoney(Math.abs(amountMinor), currency, locale)}`;
}

/** `IR06 2960 0000 0010 0324 2000 01`: a Sheba as banks print it, for people to read and compare. */
export function formatSheba(sheba: string): string {
  return sheba.replace(/(.{4})(?!$)/g, '$1 ');
}

export type MoneyField = 'amount' | 'reference';

export interface MoneyFormValues {
  amount: string;
  reference: string;
}

/** A payout's or a refund's amount and bank reference: the amount typed in Toman becomes rial; the API checks the rest. */
export function readMoneyForm(
  form: FormData,
  t: Translate,
  { referenceRequired }: { referenceRequired: boolean },
): { values: MoneyFormValues; body: { amountMinor: number; reference: string } | null; fields: Partial<Record<MoneyField, string>> } {
  const text = (name: MoneyField) => {
    const value = form.get(name);
    return typeof value === 'string' ? value.trim() : '';
  };
  const values = { amount: text('amount'), reference: text('reference') };
  const amount = parseTomanAsRial(values.amount);
  const fields: Partial<Record<MoneyField, string>> = {};
  if (amount.kind === 'empty') fields.amount = t('moneyForm.required');
  else if (amount.kind === 'invalid' || amount.value < 1) fields.amount = t('moneyForm.amountInvalid');
  if (referenceRequired && values.reference === '') fields.reference = t('moneyForm.required');
  const body = amount.kind === 'number' && Object.keys(fields).length === 0 ? { amountMinor: amount.value, reference: values.reference } : null;
  return { values, body, fields };
}

/** The API's field path for a payout or refund form's field. */
export function moneyFormFieldOf(apiField: string): MoneyField | null {
  if (apiField === 'amountMinor') return 'amount';
  if (apiField === 'reference') return 'reference';
  return null;
}

/**
 * The `Content-Disposition` for a shop's statement: `bazaarche-<shop>-<day>.csv`, the shop's
 * (often Persian) slug given in UTF-8 for browsers that read it, and an ASCII name for the rest.
 */
export function statementDisposition(shopSlug: string, now: Date): string {
  // The day in Tehran, as YYYY-MM-DD: the shop's own day, whatever zone the server runs in.
  const day = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Tehran', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
  const name = `bazaarche-${shopSlug}-${day}.csv`;
  const ascii = /^[\w.-]+$/.test(name) ? name : `bazaarche-statement-${day}.csv`;
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}
