import { describe, expect, it } from 'vitest';
import { LIMITS } from '../money/limits.ts';
import { cartLinePriceMinor, cartLineProblem, type CartListing } from './cart-line.ts';

const stocked: CartListing = { status: 'active', priceMinor: 1_500_000, stock: 5, processingDays: null, minOrderQty: 1, variants: [] };
const madeToOrder: CartListing = { ...stocked, stock: null, processingDays: 10 };
const withVariants: CartListing = {
  ...stocked,
  stock: null,
  variants: [
    { id: 'red', stock: 3, priceMinor: null },
    { id: 'blue', stock: 0, priceMinor: 1_700_000 },
  ],
};

describe('cartLineProblem', () => {
  it('accepts what can be bought as asked', () => {
    expect(cartLineProblem(stocked, { quantity: 5 })).toBeNull();
    expect(cartLineProblem(stocked, { quantity: 1, variantId: null, seenPriceMinor: 1_500_000 })).toBeNull();
    expect(cartLineProblem(withVariants, { variantId: 'red', quantity: 3 })).toBeNull();
    expect(cartLineProblem(madeToOrder, { quantity: 1_000 })).toBeNull();
  });

  it.each([0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, Number.MAX_SAFE_INTEGER + 1])('refuses a quantity of %d', (quantity) => {
    expect(cartLineProblem(stocked, { quantity })).toEqual({ code: 'invalid_quantity' });
  });

  it('refuses a line past the limits that input can no longer reach, which stored rows may still be, so no total overflows', () => {
    expect(cartLineProblem(madeToOrder, { quantity: LIMITS.lineQuantity + 1 })).toEqual({ code: 'over_limit' });
    expect(cartLineProblem({ ...stocked, priceMinor: Number.MAX_SAFE_INTEGER }, { quantity: 2, seenPriceMinor: 1_500_000 })).toEqual({ code: 'over_limit' });
    expect(cartLineProblem({ ...withVariants, variants: [{ id: 'red', stock: 3, priceMinor: LIMITS.unitPriceMinor + 1 }] }, { variantId: 'red', quantity: 1 })).toEqual({ code: 'over_limit' });
    expect(cartLineProblem({ ...stocked, shipping: { flatFeeMinor: LIMITS.shippingFeeMinor + 1, freeAboveMinor: null } }, { quantity: 1 })).toEqual({ code: 'over_limit' });
    // At the limits it is fine.
    const atLimits = { ...madeToOrder, priceMinor: LIMITS.unitPriceMinor, shipping: { flatFeeMinor: LIMITS.shippingFeeMinor, freeAboveMinor: null } };
    expect(cartLineProblem(atLimits, { quantity: LIMITS.lineQuantity })).toBeNull();
  });

  it.each(['draft', 'paused', 'archived', 'rejected'] as const)('refuses a %s listing', (status) => {
    expect(cartLineProblem({ ...stocked, status }, { quantity: 1 })).toEqual({ code: 'not_available' });
  });

  it('wants a variant when the listing has them, and one it has', () => {
    expect(cartLineProblem(withVariants, { quantity: 1 })).toEqual({ code: 'variant_required' });
    expect(cartLineProblem(withVariants, { quantity: 1, variantId: null })).toEqual({ code: 'variant_required' });
    expect(cartLineProblem(withVariants, { quantity: 1, variantId: 'green' })).toEqual({ code: 'unknown_variant' });
    expect(cartLineProblem(stocked, { quantity: 1, variantId: 'red' })).toEqual({ code: 'unknown_variant' });
  });

  it('holds a line to the seller’s minimum order', () => {
    const wholesale = { ...stocked, stock: 100, minOrderQty: 12 };
    expect(cartLineProblem(wholesale, { quantity: 11 })).toEqual({ code: 'below_minimum', minimum: 12 });
    expect(cartLineProblem(wholesale, { quantity: 12 })).toBeNull();
    expect(cartLineProblem({ ...madeToOrder, minOrderQty: 3 }, { quantity: 2 })).toEqual({ code: 'below_minimum', minimum: 3 });
  });

  it('says how many units are left when there are too few', () => {
    expect(cartLineProblem(stocked, { quantity: 6 })).toEqual({ code: 'insufficient_stock', available: 5 });
    expect(cartLineProblem({ ...stocked, stock: 0 }, { quantity: 1 })).toEqual({ code: 'insufficient_stock', available: 0 });
    expect(cartLineProblem(withVariants, { variantId: 'red', quantity: 4 })).toEqual({ code: 'insufficient_stock', available: 3 });
    expect(cartLineProblem(withVariants, { variantId: 'blue', quantity: 1 })).toEqual({ code: 'insufficient_stock', available: 0 });
  });

  it('counts made-to-order variants as unlimited', () => {
    const tailored = { ...madeToOrder, variants: [{ id: 'large', stock: null, priceMinor: null }] };
    expect(cartLineProblem(tailored, { variantId: 'large', quantity: 50 })).toBeNull();
  });

  it('reports a price that moved since the buyer saw it, up or down', () => {
    expect(cartLineProblem(stocked, { quantity: 1, seenPriceMinor: 1_400_000 })).toEqual({
      code: 'price_changed',
      previousPriceMinor: 1_400_000,
      currentPriceMinor: 1_500_000,
    });
    expect(cartLineProblem(stocked, { quantity: 1, seenPriceMinor: 1_600_000 })).toMatchObject({ code: 'price_changed', currentPriceMinor: 1_500_000 });
  });

  it('compares a variant’s own price, or the listing’s when the variant has none', () => {
    const restocked = { ...withVariants, variants: withVariants.variants.map((v) => ({ ...v, stock: 10 })) };
    expect(cartLineProblem(restocked, { variantId: 'blue', quantity: 1, seenPriceMinor: 1_700_000 })).toBeNull();
    expect(cartLineProblem(restocked, { variantId: 'blue', quantity: 1, seenPriceMinor: 1_500_000 })).toMatchObject({ code: 'price_changed', currentPriceMinor: 1_700_000 });
    expect(cartLineProblem(restocked, { variantId: 'red', quantity: 1, seenPriceMinor: 1_500_000 })).toBeNull();
  });

  it('names the problem the buyer has to fix first', () => {
    const everythingWrong = { ...withVariants, status: 'paused' as const, minOrderQty: 5 };
    expect(cartLineProblem(everythingWrong, { quantity: 0 })).toEqual({ code: 'invalid_quantity' });
    expect(cartLineProblem(everythingWrong, { quantity: 1 })).toEqual({ code: 'not_available' });
    const active = { ...everythingWrong, status: 'active' as const };
    expect(cartLineProblem(active, { quantity: 1, seenPriceMinor: 1 })).toEqual({ code: 'variant_required' });
    expect(cartLineProblem(active, { variantId: 'red', quantity: 4, seenPriceMinor: 1 })).toEqual({ code: 'below_minimum', minimum: 5 });
    expect(cartLineProblem(active, { variantId: 'red', quantity: 5, seenPriceMinor: 1 })).toEqual({ code: 'insufficient_stock', available: 3 });
  });
});

describe('cartLinePriceMinor', () => {
  it('is the variant’s own price, else the listing’s, and null for a variant it cannot find', () => {
    expect(cartLinePriceMinor(stocked)).toBe(1_500_000);
    expect(cartLinePriceMinor(withVariants, 'blue')).toBe(1_700_000);
    expect(cartLinePriceMinor(withVariants, 'red')).toBe(1_500_000);
    expect(cartLinePriceMinor(withVariants)).toBeNull();
    expect(cartLinePriceMinor(withVariants, 'green')).toBeNull();
    expect(cartLinePriceMinor(stocked, 'red')).toBeNull();
  });
});
