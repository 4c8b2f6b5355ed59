import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { freeCapacity } from '../networks/free-capacity.ts';
import { addCalendarDays, calendarDateAt, dueDateProblem, endOfCalendarDay, isCalendarDate } from './calendar-date.ts';

describe('isCalendarDate', () => {
  it('takes real days written YYYY-MM-DD', () => {
    for (const day of ['2026-03-21', '2024-02-29', '2000-02-29', '2026-12-31', '0001-01-01']) expect(isCalendarDate(day)).toBe(true);
  });

  it('refuses days that do not exist and other spellings', () => {
    for (const day of ['2026-02-30', '2025-02-29', '1900-02-29', '2026-04-31', '2026-13-01', '2026-00-10', '2026-01-00', '0000-01-01']) expect(isCalendarDate(day)).toBe(false);
    for (const text of ['2026-3-21', '20260321', '2026-03-21T00:00:00Z', '2026-03-21 ', '۲۰۲۶-۰۳-۲۱', '']) expect(isCalendarDate(text)).toBe(false);
  });
});

describe('endOfCalendarDay', () => {
  it('is midnight after the day in Tehran, 20:30 UTC of the day itself', () => {
    expect(endOfCalendarDay('2026-03-10').toISOString()).toBe('2026-03-10T20:30:00.000Z');
    expect(endOfCalendarDay('2026-12-31').toISOString()).toBe('2026-12-31T20:30:00.000Z');
    expect(endOfCalendarDay('2024-02-29').toISOString()).toBe('2024-02-29T20:30:00.000Z');
  });

  it('reads years below 100 as they are written', () => {
    expect(endOfCalendarDay('0050-06-01', 0).toISOString()).toBe('0050-06-02T00:00:00.000Z');
  });

  it('refuses what is not a calendar date', () => {
    expect(() => endOfCalendarDay('2026-02-30')).toThrow(RangeError);
    expect(() => endOfCalendarDay('2026-03-10T00:00:00Z')).toThrow(RangeError);
  });

  it('ends the day that calendarDateAt names, within the next 24 hours', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1970-01-01T00:00:00Z'), max: new Date('9999-12-30T00:00:00Z'), noInvalidDate: true }), (moment) => {
        const day = calendarDateAt(moment);
        expect(isCalendarDate(day)).toBe(true);
        const end = endOfCalendarDay(day).getTime();
        expect(end).toBeGreaterThan(moment.getTime());
        expect(end - moment.getTime()).toBeLessThanOrEqual(86_400_000);
      }),
    );
  });
});

describe('calendarDateAt', () => {
  it('turns to the next day at 20:30 UTC, midnight in Tehran', () => {
    expect(calendarDateAt(new Date('2026-03-10T20:29:59Z'))).toBe('2026-03-10');
    expect(calendarDateAt(new Date('2026-03-10T20:30:00Z'))).toBe('2026-03-11');
  });
});

describe('dueDateProblem', () => {
  // 00:30 on 10 March in Tehran, while it is still 9 March in UTC.
  const now = new Date('2026-03-09T21:00:00Z');

  it('allows today in Tehran and up to three years ahead', () => {
    expect(dueDateProblem('2026-03-10', now)).toBeNull();
    expect(dueDateProblem('2029-03-10', now)).toBeNull();
  });

  it('refuses a day already over in Tehran, even if not yet in UTC', () => {
    expect(dueDateProblem('2026-03-09', now)).toBe('date_in_past');
  });

  it('refuses more than three years ahead and days that do not exist', () => {
    expect(dueDateProblem('2029-03-11', now)).toBe('date_too_far');
    expect(dueDateProblem('2026-02-30', now)).toBe('invalid_date');
    expect(dueDateProblem('2026-03-12T00:00:00+03:30', now)).toBe('invalid_date');
  });
});

describe('free capacity to a due day', () => {
  const capacity = (now: string, due: string) => freeCapacity({ unitsPerWeek: 70, now: new Date(now), dueDate: endOfCalendarDay(due), unitsCommitted: 0 });

  it('counts whole days up to the end of the due day in Tehran, not in UTC', () => {
    // 23:30 on 9 March in Tehran: 24.5 hours to the end of 10 March, one whole day (10 units).
    expect(capacity('2026-03-09T20:00:00Z', '2026-03-10')).toBe(10);
    // 00:30 on 10 March in Tehran: the due day is under way, so no whole day is left; read in UTC it would still have one.
    expect(capacity('2026-03-09T21:00:00Z', '2026-03-10')).toBe(0);
    // Fourteen whole days from 00:30 on 10 March to the end of 24 March.
    expect(capacity('2026-03-09T21:00:00Z', '2026-03-24')).toBe(140);
  });
});

describe('addCalendarDays', () => {
  it('counts days across months, leap days and years', () => {
    expect(addCalendarDays('2026-03-21', 30)).toBe('2026-04-20');
    expect(addCalendarDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addCalendarDays('2026-02-28', 1)).toBe('2026-03-01');
    expect(addCalendarDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addCalendarDays('2026-01-01', -1)).toBe('2025-12-31');
    expect(addCalendarDays('2026-05-05', 0)).toBe('2026-05-05');
  });
  it('is undone by the opposite count, and keeps the order of days', () => {
    const day = fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2200-01-01T00:00:00Z'), noInvalidDate: true }).map((d) => calendarDateAt(d));
    fc.assert(
      fc.property(day, fc.integer({ min: -5_000, max: 5_000 }), (date, days) => {
        const later = addCalendarDays(date, days);
        expect(isCalendarDate(later)).toBe(true);
        expect(addCalendarDays(later, -days)).toBe(date);
        expect(Math.sign(later.localeCompare(date))).toBe(Math.sign(days));
      }),
    );
  });
  it('refuses what is not a day or a whole count', () => {
    expect(() => addCalendarDays('2026-02-30', 1)).toThrow(RangeError);
    expect(() => addCalendarDays('2026-02-01', 1.5)).toThrow(RangeError);
    expect(() => addCalendarDays('0001-01-01', -1)).toThrow(RangeError);
  });
});
