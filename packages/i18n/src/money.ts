import type { Locale } from './locale.ts';
import { formatNumber } from './format.ts';

const RIAL_PER_TOMAN = 10;

/** Whether amounts in this currency are rials, which people read as Toman and banks take as rials. */
export function isRial(currency: string): boolean {
  return currency === 'IRR';
}

/**
 * Money for a person to read. Amounts are stored in minor units; for rial the Persian UI speaks
 * Toman (1 Toman = 10 rial), as every Iranian shop does.
 */
export function formatMoney(amountMinor: number, currency: string, locale: Locale): string {
  if (isRial(currency)) {
    const toman = formatNumber(amountMinor / RIAL_PER_TOMAN, locale);
    return locale === 'fa' ? `${toman} تومان` : `${toman} toman`;
  }
  return new Intl.NumberFormat(locale === 'fa' ? 'fa-IR' : 'en-US', { style: 'currency', currency }).format(amountMinor / 100);
}

/** What a person typed as Toman, back in rial minor units. */
export function tomanToRial(toman: number): number {
  return Math.round(toman * RIAL_PER_TOMAN);
}
