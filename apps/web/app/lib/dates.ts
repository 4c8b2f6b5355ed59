import { formatDate, type Locale } from '@bazaarche/i18n';

// Orders happen in Iran: their times are Tehran's, and naming the zone makes the server's
// rendering and the browser's agree whatever zone either runs in.
const timeZone = 'Asia/Tehran';

/** A day and time, Jalali in Persian: "۱۲ مهر ۱۴۰۴، ۱۴:۳۵". */
export function formatDateTime(value: string | Date, locale: Locale): string {
  return formatDate(value, locale, { year: 'numeric', month: 'long', day: 'numeric', hour: '2-digit', minute: '2-digit', timeZone });
}

/**
 * A calendar date as the API gives it (YYYY-MM-DD), Jalali in Persian: "۱۲ مهر ۱۴۰۴". It is a day,
 * not a moment, so it is read and shown in UTC, where no zone can move it to the day before or after.
 */
export function formatCalendarDay(day: string, locale: Locale): string {
  return formatDate(`${day}T00:00:00Z`, locale, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });
}

/** The day of a moment in Tehran, Jalali in Persian: "۱۲ مهر ۱۴۰۴". */
export function formatDay(value: string | Date, locale: Locale): string {
  return formatDate(value, locale, { year: 'numeric', month: 'long', day: 'numeric', timeZone });
}
