import { describe, expect, it } from 'vitest';
import { freeCapacity } from './free-capacity.ts';

const now = new Date('2025-03-01T09:30:00Z');
const inDays = (days: number) => new Date(now.getTime() + days * 86_400_000);

describe('freeCapacity', () => {
  it('is units per week × whole days / 7, rounded down, less what is already allocated', () => {
    expect(freeCapacity({ unitsPerWeek: 10, now, dueDate: inDays(14), unitsCommitted: 0 })).toBe(20);
    expect(freeCapacity({ unitsPerWeek: 10, now, dueDate: inDays(10), unitsCommitted: 0 })).toBe(14); // 100 / 7 = 14.28
    expect(freeCapacity({ unitsPerWeek: 10, now, dueDate: inDays(14), unitsCommitted: 15 })).toBe(5);
  });
  it('counts only whole days, so a part day adds nothing', () => {
    expect(freeCapacity({ unitsPerWeek: 70, now, dueDate: inDays(2.99), unitsCommitted: 0 })).toBe(20);
    expect(freeCapacity({ unitsPerWeek: 70, now, dueDate: inDays(0.99), unitsCommitted: 0 })).toBe(0);
  });
  it('is never negative: past due, or more already allocated than can be made', () => {
    expect(freeCapacity({ unitsPerWeek: 10, now, dueDate: inDays(-3), unitsCommitted: 0 })).toBe(0);
    expect(freeCapacity({ unitsPerWeek: 10, now, dueDate: now, unitsCommitted: 0 })).toBe(0);
    expect(freeCapacity({ unitsPerWeek: 10, now, dueDate: inDays(7), unitsCommitted: 25 })).toBe(0);
    expect(freeCapacity({ unitsPerWeek: 0, now, dueDate: inDays(70), unitsCommitted: 0 })).toBe(0);
  });
  it('is exact for large capacities and far due dates', () => {
    const unitsPerWeek = Number.MAX_SAFE_INTEGER;
    // MAX × 7 / 7 passes through 2^55 on the way: bigint keeps it exact.
    expect(freeCapacity({ unitsPerWeek, now, dueDate: inDays(7), unitsCommitted: 1 })).toBe(Number.MAX_SAFE_INTEGER - 1);
    expect(() => freeCapacity({ unitsPerWeek, now, dueDate: inDays(14), unitsCommitted: 0 })).toThrow(RangeError);
  });
  it('refuses fractional or negative numbers and invalid dates', () => {
    expect(() => freeCapacity({ unitsPerWeek: 2.5, now, dueDate: inDays(7), unitsCommitted: 0 })).toThrow(RangeError);
    expect(() => freeCapacity({ unitsPerWeek: 5, now, dueDate: inDays(7), unitsCommitted: -1 })).toThrow(RangeError);
    expect(() => freeCapacity({ unitsPerWeek: 5, now, dueDate: new Date('not a date'), unitsCommitted: 0 })).toThrow('dueDate is not a valid date');
  });
});
