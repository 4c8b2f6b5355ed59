import { describe, expect, it } from 'vitest';
import type { ShippingRule } from './shipping.ts';
import { orderTotals } from './totals.ts';

const MAX = Number.MAX_SAFE_INTEGER;
const rules = new Map<string, ShippingRule>([
  ['arta-leather', { flatFeeMinor: 450_000, freeAboveMinor: 5_000_000 }],
  ['mehregan-towels', { flatFeeMinor: 300_000, freeAboveMinor: null }],
  ['sabalan-honey', { flatFeeMinor: 0, freeAboveMinor: null }],
]);

describe('orderTotals', () => {
  it('adds up one seller’s lines and shipping', () => {
    const totals = orderTotals(
      [
        { sellerKey: 'mehregan-towels', unitPriceMinor: 850_000, quantity: 2 },
        { sellerKey: 'mehregan-towels', unitPriceMinor: 1_200_000, quantity: 1 },
      ],
      rules,
    );
    expect(totals).toEqual({
      fulfilments: [
        {
          sellerKey: 'mehregan-towels',
          lines: [
            { sellerKey: 'mehregan-towels', unitPriceMinor: 850_000, quantity: 2, lineTotalMinor: 1_700_000 },
            { sellerKey: 'mehregan-towels', unitPriceMinor: 1_200_000, quantity: 1, lineTotalMinor: 1_200_000 },
          ],
          subtotalMinor: 2_900_000,
          shippingMinor: 300_000,
          totalMinor: 3_200_000,
        },
      ],
      subtotalMinor: 2_900_000,
      shippingMinor: 300_000,
      totalMinor: 3_200_000,
    });
  });

  it('splits by seller in the order sellers first appear, keeping each seller’s lines in order and their own fields', () => {
    const totals = orderTotals(
      [
        { sellerKey: 'sabalan-honey', unitPriceMinor: 1_500_000, quantity: 1, listingId: 'honey-1kg' },
        { sellerKey: 'arta-leather', unitPriceMinor: 2_600_000, quantity: 1, listingId: 'wallet' },
        { sellerKey: 'sabalan-honey', unitPriceMinor: 900_000, quantity: 3, listingId: 'honey-500g' },
        { sellerKey: 'arta-leather', unitPriceMinor: 2_400_000, quantity: 1, listingId: 'belt' },
      ],
      rules,
    );
    expect(totals.fulfilments.map((f) => [f.sellerKey, f.lines.map((l) => l.listingId)])).toEqual([
      ['sabalan-honey', ['honey-1kg', 'honey-500g']],
      ['arta-leather', ['wallet', 'belt']],
    ]);
    expect(totals.fulfilments.map((f) => [f.subtotalMinor, f.shippingMinor, f.totalMinor])).toEqual([
      [4_200_000, 0, 4_200_000],
      // 5,000,000 reaches the free-shipping threshold exactly.
      [5_000_000, 0, 5_000_000],
    ]);
    expect(totals).toMatchObject({ subtotalMinor: 9_200_000, shippingMinor: 0, totalMinor: 9_200_000 });
  });

  it('applies each seller’s threshold to that seller’s subtotal, not the order’s', () => {
    const totals = orderTotals(
      [
        { sellerKey: 'arta-leather', unitPriceMinor: 4_999_999, quantity: 1 },
        { sellerKey: 'mehregan-towels', unitPriceMinor: 9_000_000, quantity: 1 },
      ],
      rules,
    );
    expect(totals.fulfilments.map((f) => f.shippingMinor)).toEqual([450_000, 300_000]);
    expect(totals).toMatchObject({ subtotalMinor: 13_999_999, shippingMinor: 750_000, totalMinor: 14_749_999 });
  });

  it('comes to nothing for no lines', () => {
    expect(orderTotals([], rules)).toEqual({ fulfilments: [], subtotalMinor: 0, shippingMinor: 0, totalMinor: 0 });
  });

  it('refuses to guess shipping for a seller without a rule', () => {
    expect(() => orderTotals([{ sellerKey: 'unknown', unitPriceMinor: 100, quantity: 1 }], rules)).toThrow('No shipping rule for seller unknown');
  });

  it.each([
    ['a fractional price', { unitPriceMinor: 99.5, quantity: 1 }],
    ['a negative price', { unitPriceMinor: -100, quantity: 1 }],
    ['a price that is not a number', { unitPriceMinor: Number.NaN, quantity: 1 }],
    ['an unsafe price', { unitPriceMinor: MAX + 1, quantity: 1 }],
    ['a zero quantity', { unitPriceMinor: 100, quantity: 0 }],
    ['a fractional quantity', { unitPriceMinor: 100, quantity: 1.5 }],
    ['a line total past MAX_SAFE_INTEGER', { unitPriceMinor: 2 ** 40, quantity: 2 ** 13 }],
  ])('throws a RangeError for %s', (_, line) => {
    expect(() => orderTotals([{ sellerKey: 'mehregan-towels', ...line }], rules)).toThrow(RangeError);
  });

  it('throws a RangeError when a subtotal, a total with shipping or the order total would pass MAX_SAFE_INTEGER', () => {
    const line = (sellerKey: string, unitPriceMinor: number) => ({ sellerKey, unitPriceMinor, quantity: 1 });
    expect(() => orderTotals([line('sabalan-honey', MAX), line('sabalan-honey', 1)], rules)).toThrow(RangeError);
    expect(() => orderTotals([line('mehregan-towels', MAX - 1)], rules)).toThrow(RangeError);
    expect(() => orderTotals([line('sabalan-honey', MAX), line('mehregan-towels', 1)], rules)).toThrow(RangeError);
    expect(orderTotals([line('sabalan-honey', MAX - 300_001), line('mehregan-towels', 1)], rules).totalMinor).toBe(MAX);
  });
});
