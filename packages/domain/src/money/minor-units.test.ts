import { describe, expect, it } from 'vitest';
import { assertMinorUnits, MinorUnitsOverflowError, multiplyMinorUnits, sumMinorUnits } from './minor-units.ts';

const MAX = Number.MAX_SAFE_INTEGER;

describe('minor units', () => {
  it('accepts whole non-negative amounts up to MAX_SAFE_INTEGER', () => {
    for (const ok of [0, 1, 125_000, MAX]) expect(() => assertMinorUnits(ok, 'x')).not.toThrow();
  });
  it.each([-1, 0.5, Number.NaN, Number.POSITIVE_INFINITY, MAX + 1])('refuses %d', (bad) => {
    expect(() => assertMinorUnits(bad, 'priceMinor')).toThrow(new RangeError('priceMinor must be a non-negative safe integer, got ' + bad));
  });
  it('adds and multiplies exactly up to the limit, and refuses one past it', () => {
    expect(sumMinorUnits([], 'total')).toBe(0);
    expect(sumMinorUnits([MAX - 1, 1], 'total')).toBe(MAX);
    expect(() => sumMinorUnits([MAX, 1], 'total')).toThrow(MinorUnitsOverflowError);
    expect(() => sumMinorUnits([MAX - 1, 1, 1], 'total')).toThrow('total exceeds Number.MAX_SAFE_INTEGER');
    expect(multiplyMinorUnits(6_361, 1_416_003_655_831, 'line')).toBe(MAX);
    expect(() => multiplyMinorUnits(2, 2 ** 52, 'line')).toThrow(MinorUnitsOverflowError);
    expect(() => multiplyMinorUnits(MAX, MAX, 'line')).toThrow(RangeError);
  });
  it('sums signed amounts, and refuses an amount that is not a safe integer before adding it', () => {
    expect(sumMinorUnits([MAX, -MAX, -1], 'balance')).toBe(-1);
    expect(() => sumMinorUnits([-MAX, -1], 'balance')).toThrow('balance exceeds Number.MAX_SAFE_INTEGER');
    expect(() => sumMinorUnits([1, 0.5], 'balance')).toThrow(new RangeError('balance: 0.5 is not a safe integer'));
    expect(() => sumMinorUnits([-MAX, MAX + 3], 'balance')).toThrow(RangeError);
  });
});
