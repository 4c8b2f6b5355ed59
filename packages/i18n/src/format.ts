import type { Locale } from './locale.ts';

const tags: Record<Locale, { number: string; date: string }> = {
  // fa-IR gives Persian digits; the persian calendar gives Jalali dates.
  fa: { number: 'fa-IR', date: 'fa-IR-u-ca-persian' },
  en: { number: 'en-US', date: 'en-GB' },
};

export function formatNumber(value: number, locale: Locale): string {
  return new Intl.NumberFormat(tags[locale].number).format(value);
}

export function formatDate(
  value: Date | string,
  locale: Locale,
  options: Intl.DateTimeFormatOptions = { year: 'numeric', month: 'long', day: 'numeric' },
): string {
  return new Intl.DateTimeFormat(tags[locale].date, options).format(typeof value === 'string' ? new Date(value) : value);
}
