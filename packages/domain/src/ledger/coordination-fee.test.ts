import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { commissionMinor } from './commission.ts';
import { coordinationFeeMinor } from './coordination-fee.ts';

describe('coordinationFeeMinor', () => {
  it('is goods × bps / 10,000 rounded half up, as the commission is', () => {
    expect(coordinationFeeMinor(2_900_000, 750, 500)).toBe(145_000);
    expect(coordinationFeeMinor(1_000_010, 750, 500)).toBe(50_001); // 50,000.5 rounds up
    expect(coordinationFeeMinor(1_000_009, 750, 500)).toBe(50_000);
    expect(coordinationFeeMinor(2_900_000, 750, 0)).toBe(0);
  });

  it('takes at most what the commission leaves of the goods', () => {
    expect(coordinationFeeMinor(2_900_000, 6_000, 6_000)).toBe(1_160_000);
    expect(coordinationFeeMinor(2_900_000, 10_000, 500)).toBe(0);
    expect(coordinationFeeMinor(1, 5_000, 5_000)).toBe(0); // both 0.5: the commission's rial is the only one
  });

  it('never falls as the goods grow, and with the commission never takes more than them', () => {
    const bps = fc.integer({ min: 0, max: 10_000 });
    fc.assert(
      fc.property(fc.nat({ max: 1_000_000 }), bps, bps, (goods, commissionBps, feeBps) => {
        const fee = coordinationFeeMinor(goods, commissionBps, feeBps);
        expect(fee).toBeGreaterThanOrEqual(coordinationFeeMinor(Math.max(0, goods - 1), commissionBps, feeBps));
        expect(commissionMinor(goods, commissionBps) + fee).toBeLessThanOrEqual(goods);
        // The cap bites only when the two rates together reach 100%.
        if (commissionBps + feeBps < 10_000) expect(fee).toBe(commissionMinor(goods, feeBps));
      }),
    );
  });

  it.each([-1, 10_001, 2.5])('refuses a fee rate of %d bps, naming it', (bps) => {
    expect(() => coordinationFeeMinor(1_000, 750, bps)).toThrow('coordinationFeeBps must be');
  });
});
