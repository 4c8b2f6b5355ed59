import type { Locale } from '@bazaarche/i18n';

/** Wraps text of either direction (a Persian name in an English sentence) so it cannot reorder its surroundings. */
export function isolate(text: string): string {
  return `\u2068${text}\u2069`;
}

/** Latin digits in a code or number (a phone, a postal code) as the page's language writes them. */
export function localDigits(text: string, locale: Locale): string {
  return locale === 'fa' ? text.replace(/[0-9]/g, (digit) => String.fromCharCode(0x06f0 + Number(digit))) : text;
}
