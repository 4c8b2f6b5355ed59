import { formatMoney, formatNumber, isRial, type Locale } from '@bazaarche/i18n';
import type { Schemas } from '@bazaarche/api-client';

export type BankTransfer = Schemas['BankTransfer'];

/**
 * A number as banks print it, in groups of four (`IR06 2960 …`, `6037 9911 …`). Groups, not a
 * spaced string, so the page spaces them with CSS and selecting the number copies it without spaces.
 */
export function digitGroups(value: string): string[] {
  return value.match(/.{1,4}/g) ?? [];
}

/** One value of a transfer: what the buyer reads, and what a copy puts on the clipboard. */
interface TransferValue {
  shown: string;
  copy: string;
}

export interface TransferView {
  /** In the shop's words: Toman for rials, with the page's digits. */
  amount: string;
  /** For rials, the figure banking apps ask for; copied as plain ASCII digits. */
  rials: TransferValue | null;
  /** Outside rials the amount itself is what is typed into the bank's form. */
  amountCopy: string;
  holderName: string;
  bankName: string;
  sheba: string[];
  card: string[] | null;
  reference: string[];
}

/** What the order page shows of a pending bank transfer, in the page's language. */
export function transferView(transfer: BankTransfer, locale: Locale): TransferView {
  const inRials = isRial(transfer.currency);
  return {
    amount: formatMoney(transfer.amountMinor, transfer.currency, locale),
    rials: inRials ? { shown: formatNumber(transfer.amountMinor, locale), copy: String(transfer.amountMinor) } : null,
    // formatMoney reads every other currency as hundredths.
    amountCopy: inRials ? String(transfer.amountMinor) : (transfer.amountMinor / 100).toFixed(2),
    holderName: transfer.holderName[locale],
    bankName: transfer.bankName[locale],
    sheba: digitGroups(transfer.sheba),
    card: transfer.cardNumber ? digitGroups(transfer.cardNumber) : null,
    reference: digitGroups(transfer.reference),
  };
}
