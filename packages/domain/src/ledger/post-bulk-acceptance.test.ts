import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseAccountKey } from './accounts.ts';
import { postBulkAcceptance } from './post-bulk-acceptance.ts';
import { isBalanced } from './transaction.ts';

const base = { bulkOrderId: 'b1', allocationId: 'a1', checkNumber: 1, networkId: 'n1', producerId: 'p1', acceptedQuantity: 3, unitPriceMinor: 1_001, coordinationFeeBps: 500 };

describe('postBulkAcceptance', () => {
  it('debits the bulk order’s receivable and pays the member less the network’s fee, rounded half up', () => {
    // 3 × 1,001 = 3,003; 5 % is 150.15 → 150.
    expect(postBulkAcceptance(base)).toEqual({
      kind: 'bulk_acceptance',
      reference: { bulkOrderId: 'b1', allocationId: 'a1', checkNumber: 1 },
      entries: [
        { account: 'receivable:bulk_order:b1', amountMinor: 3_003 },
        { account: 'unfunded:producer:p1', amountMinor: -2_853 },
        { account: 'unfunded:network:n1', amountMinor: -150 },
      ],
    });
    // 1 × 10 at 5 %: 0.5 rounds up to 1.
    expect(postBulkAcceptance({ ...base, acceptedQuantity: 1, unitPriceMinor: 10 })!.entries.at(-1)).toEqual({ account: 'unfunded:network:n1', amountMinor: -1 });
  });

  it('posts no fee line at 0 bps, and nothing for no accepted unit', () => {
    expect(postBulkAcceptance({ ...base, coordinationFeeBps: 0 })!.entries).toHaveLength(2);
    expect(postBulkAcceptance({ ...base, acceptedQuantity: 0 })).toBeNull();
  });

  it('refuses values past MAX_SAFE_INTEGER, bad rates and check numbers', () => {
    expect(() => postBulkAcceptance({ ...base, acceptedQuantity: 2 ** 40, unitPriceMinor: 2 ** 20 })).toThrow(RangeError);
    expect(() => postBulkAcceptance({ ...base, coordinationFeeBps: 10_001 })).toThrow(RangeError);
    expect(() => postBulkAcceptance({ ...base, checkNumber: 0 })).toThrow(RangeError);
    expect(() => postBulkAcceptance({ ...base, bulkOrderId: 'a:b' })).toThrow(RangeError);
  });

  it('reads its receivable back as an account', () => {
    expect(parseAccountKey('receivable:bulk_order:b1')).toEqual({ kind: 'receivable', bulkOrderId: 'b1' });
  });

  it('is always balanced, and the fee is the value’s share at the rate', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), fc.integer({ min: 1, max: 1_000_000_000 }), fc.integer({ min: 0, max: 10_000 }), (units, price, bps) => {
        const tx = postBulkAcceptance({ ...base, acceptedQuantity: units, unitPriceMinor: price, coordinationFeeBps: bps })!;
        expect(isBalanced(tx)).toBe(true);
        const value = BigInt(units) * BigInt(price);
        const fee = -(tx.entries.find((e) => e.account === 'unfunded:network:n1')?.amountMinor ?? 0);
        // Half up: fee × 10,000 lies in (value × bps − 5,000, value × bps + 5,000].
        const scaled = BigInt(fee) * 10_000n;
        expect(scaled > value * BigInt(bps) - 5_000n && scaled <= value * BigInt(bps) + 5_000n).toBe(true);
      }),
    );
  });
});
