/**
 * The marketplace's clock: Asia/Tehran, UTC+03:30. Iran has kept no daylight saving time since 2022,
 * so a fixed offset gives the same answer as the time-zone database for every date from then on,
 * without making these rules depend on the ICU data of whatever runs them.
 */
export const MARKETPLACE_UTC_OFFSET_MINUTES = 210;

/** How far ahead a due date may be: beyond it a date is far more likely a typo (1504 for 1405) than a plan. */
export const DUE_DATE_MAX_YEARS_AHEAD = 3;

const MINUTE_MS = 60_000;
const PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Whether `value` is a real Gregorian day written YYYY-MM-DD: 2026-02-30 and 2025-02-29 are not.
 * Year 0000 is refused too, since PostgreSQL's `date` has no year zero.
 */
export function isCalendarDate(value: string): boolean {
  return partsOf(value) !== null;
}

/**
 * The moment `date` ends in the marketplace's time zone (the first instant of the next day there):
 * work due "on" a day may be done until that day is over where the people making it live.
 */
export function endOfCalendarDay(date: string, utcOffsetMinutes = MARKETPLACE_UTC_OFFSET_MINUTES): Date {
  const parts = partsOf(date);
  if (!parts) throw new RangeError(`${JSON.stringify(date)} is not a calendar date (YYYY-MM-DD)`);
  const nextDay = new Date(0);
  // setUTCFullYear, unlike Date.UTC, does not read years 0–99 as 1900–1999.
  nextDay.setUTCFullYear(parts.year, parts.month - 1, parts.day + 1);
  return new Date(nextDay.getTime() - utcOffsetMinutes * MINUTE_MS);
}

/** The calendar date it is at `moment` in the marketplace's time zone. */
export function calendarDateAt(moment: Date, utcOffsetMinutes = MARKETPLACE_UTC_OFFSET_MINUTES): string {
  if (Number.isNaN(moment.getTime())) throw new RangeError('moment is not a valid date');
  const local = new Date(moment.getTime() + utcOffsetMinutes * MINUTE_MS);
  return `${pad(local.getUTCFullYear(), 4)}-${pad(local.getUTCMonth() + 1, 2)}-${pad(local.getUTCDate(), 2)}`;
}

export type DueDateProblem = 'invalid_date' | 'date_in_past' | 'date_too_far';

/**
 * Why `date` cannot be a due date at `now`, or null when it can: it must be a real day, not before
 * today in the marketplace's time zone (today itself is allowed: work made from stock can be due the
 * day it is ordered), and at most DUE_DATE_MAX_YEARS_AHEAD years after today.
 */
export function dueDateProblem(date: string, now: Date): DueDateProblem | null {
  if (!isCalendarDate(date)) return 'invalid_date';
  const today = calendarDateAt(now);
  // YYYY-MM-DD strings of four-digit years sort as their days do.
  if (date < today) return 'date_in_past';
  const latest = `${pad(Number(today.slice(0, 4)) + DUE_DATE_MAX_YEARS_AHEAD, 4)}${today.slice(4)}`;
  if (date > latest) return 'date_too_far';
  return null;
}

/** The calendar date `days` days after `date` (before it when negative): an invoice due 30 days after its receipt day. */
export function addCalendarDays(date: string, days: number): string {
  const parts = partsOf(date);
  if (!parts) throw new RangeError(`${JSON.stringify(date)} is not a calendar date (YYYY-MM-DD)`);
  if (!Number.isSafeInteger(days)) throw new RangeError(`days must be a whole number, got ${days}`);
  const day = new Date(0);
  day.setUTCFullYear(parts.year, parts.month - 1, parts.day + days);
  const result = `${pad(day.getUTCFullYear(), 4)}-${pad(day.getUTCMonth() + 1, 2)}-${pad(day.getUTCDate(), 2)}`;
  if (!isCalendarDate(result)) throw new RangeError(`${date} + ${days} days leaves the years a calendar date can name`);
  return result;
}

function partsOf(value: string): { year: number; month: number; day: number } | null {
  const match = PATTERN.exec(value);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}
