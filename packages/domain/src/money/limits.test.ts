import { describe, expect, it } from 'vitest';
import { LIMITS } from './limits.ts';

describe('input limits', () => {
  it('keep the largest order total, lines and shipping together, within a safe integer', () => {
    const goods = LIMITS.orderLines * LIMITS.lineQuantity * LIMITS.unitPriceMinor;
    const shipping = LIMITS.orderLines * LIMITS.shippingFeeMinor;
    expect(goods + shipping).toBeLessThanOrEqual(Number.MAX_SAFE_INTEGER);
    expect(LIMITS.orderTotalMinor).toBe(goods + shipping);
  });

  it('keep the largest bulk order or contract within a safe integer', () => {
    expect(LIMITS.bulkQuantity * LIMITS.unitPriceMinor).toBeLessThanOrEqual(Number.MAX_SAFE_INTEGER);
    expect(LIMITS.contractTotalMinor).toBe(LIMITS.bulkQuantity * LIMITS.unitPriceMinor);
  });
});
