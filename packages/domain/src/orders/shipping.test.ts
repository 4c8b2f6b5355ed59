import { describe, expect, it } from 'vitest';
import { shippingFee } from './shipping.ts';

describe('shippingFee', () => {
  const rule = { flatFeeMinor: 450_000, freeAboveMinor: 5_000_000 };

  it.each([
    [0, 450_000],
    [4_999_999, 450_000],
    [5_000_000, 0],
    [5_000_001, 0],
  ])('a subtotal of %i costs %i to ship', (subtotal, fee) => {
    expect(shippingFee(rule, subtotal)).toBe(fee);
  });

  it('charges the flat fee whatever the subtotal when the seller offers no free shipping', () => {
    expect(shippingFee({ flatFeeMinor: 300_000, freeAboveMinor: null }, Number.MAX_SAFE_INTEGER)).toBe(300_000);
  });

  it('sends everything free with a zero fee or a zero threshold', () => {
    expect(shippingFee({ flatFeeMinor: 0, freeAboveMinor: null }, 1_000)).toBe(0);
    expect(shippingFee({ flatFeeMinor: 300_000, freeAboveMinor: 0 }, 0)).toBe(0);
  });

  it.each([
    [{ flatFeeMinor: -1, freeAboveMinor: null }, 0],
    [{ flatFeeMinor: 1.5, freeAboveMinor: null }, 0],
    [{ flatFeeMinor: 100, freeAboveMinor: -1 }, 0],
    [{ flatFeeMinor: 100, freeAboveMinor: Number.NaN }, 0],
    [{ flatFeeMinor: 100, freeAboveMinor: null }, -5],
    [{ flatFeeMinor: 100, freeAboveMinor: null }, Number.MAX_SAFE_INTEGER + 1],
  ])('refuses money that is not a non-negative whole number of minor units: %j, %d', (r, subtotal) => {
    expect(() => shippingFee(r, subtotal)).toThrow(RangeError);
  });
});
