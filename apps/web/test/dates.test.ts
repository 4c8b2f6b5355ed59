import { describe, expect, it } from 'vitest';
import { formatCalendarDay } from '../app/lib/dates.ts';

describe('formatCalendarDay', () => {
  it('names the day the API gave, Jalali in Persian, on either side of Nowruz', () => {
    expect(formatCalendarDay('2026-03-20', 'fa')).toBe('۲۹ اسفند ۱۴۰۴');
    expect(formatCalendarDay('2026-03-21', 'fa')).toBe('۱ فروردین ۱۴۰۵');
    expect(formatCalendarDay('2026-03-21', 'en')).toBe('21 March 2026');
  });

  it('names the turn of a Gregorian year as written, not shifted a day by a time zone', () => {
    expect(formatCalendarDay('2026-12-31', 'en')).toBe('31 December 2026');
    expect(formatCalendarDay('2027-01-01', 'en')).toBe('1 January 2027');
  });
});
