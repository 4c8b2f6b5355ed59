import { describe, expect, it } from 'vitest';
import { commissionMinor } from './commission.ts';

const MAX = Number.MAX_SAFE_INTEGER;

describe('commissionMinor', () => {
  it('is goods × bps / 10,000, rounded half up to the minor unit', () => {
    expect(commissionMinor(2_900_000, 750)).toBe(217_500);
    expect(commissionMinor(1_000_010, 500)).toBe(50_001); // 50,000.5 rounds up
    expect(commissionMinor(1_000_009, 500)).toBe(50_000); // 50,000.45 rounds down
    expect(commissionMinor(1, 5_000)).toBe(1); // 0.5
    expect(commissionMinor(1, 4_999)).toBe(0);
    expect(commissionMinor(0, 750)).toBe(0);
    expect(commissionMinor(2_900_000, 0)).toBe(0);
    expect(commissionMinor(2_900_000, 10_000)).toBe(2_900_000);
  });

  it('stays exact up to MAX_SAFE_INTEGER, where goods × bps is far past what a double holds', () => {
    expect(commissionMinor(MAX, 10_000)).toBe(MAX);
    expect(commissionMinor(MAX, 1)).toBe(900_719_925_474); // 900,719,925,474.0991
    expect(commissionMinor(MAX, 5_000)).toBe(4_503_599_627_370_496); // …495.5 rounds up
    expect(commissionMinor(MAX, 9_999)).toBe(9_006_298_534_815_517); // …516.9009 rounds up
  });

  it.each([-1, 10_001, 2.5, Number.NaN])('refuses a rate of %d bps', (bps) => {
    expect(() => commissionMinor(1_000, bps)).toThrow(RangeError);
  });

  it('refuses goods that are not minor units', () => {
    expect(() => commissionMinor(-1, 500)).toThrow(RangeError);
    expect(() => commissionMinor(MAX + 1, 500)).toThrow(RangeError);
  });
});
