import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LIMITS } from '../money/limits.ts';
import { MinorUnitsOverflowError } from '../money/minor-units.ts';
import { advanceMinor, committedMinor, contractTermsIssues, deliveryInvoice, invoiceDueDate, type DeliveryInvoiceInput } from './contract-money.ts';

describe('committedMinor and advanceMinor', () => {
  it('commit quantity × price and advance its share, rounded down', () => {
    const committed = committedMinor({ quantity: 2_000, unitPriceMinor: 4_500_000 });
    expect(committed).toBe(9_000_000_000);
    expect(advanceMinor(committed, 3_000)).toBe(2_700_000_000);
    expect(advanceMinor(1_001, 3_333)).toBe(333); // 333.6333…
    expect(advanceMinor(committed, 0)).toBe(0);
    expect(advanceMinor(committed, 10_000)).toBe(committed);
  });
  it('stay exact at the largest contract LIMITS allow', () => {
    const committed = committedMinor({ quantity: LIMITS.bulkQuantity, unitPriceMinor: LIMITS.unitPriceMinor });
    expect(committed).toBe(LIMITS.contractTotalMinor);
    expect(advanceMinor(committed, 9_999)).toBe(4_999_500_000_000_000);
    expect(() => committedMinor({ quantity: LIMITS.bulkQuantity * 2, unitPriceMinor: LIMITS.unitPriceMinor * 1_000 })).toThrow(MinorUnitsOverflowError);
  });
  it('refuse a share outside 0–10,000 bps', () => {
    expect(() => advanceMinor(100, 10_001)).toThrow(RangeError);
    expect(() => advanceMinor(100, 2.5)).toThrow(RangeError);
  });
});

describe('contractTermsIssues', () => {
  it('takes whole numbers within bounds and names the field otherwise', () => {
    expect(contractTermsIssues({ advanceBps: 3_000, paymentTermsDays: 30 })).toEqual([]);
    expect(contractTermsIssues({ advanceBps: 0, paymentTermsDays: 0 })).toEqual([]);
    expect(contractTermsIssues({ advanceBps: 10_001, paymentTermsDays: -1 })).toEqual([
      { field: 'advanceBps', code: 'above_limit' },
      { field: 'paymentTermsDays', code: 'not_whole_number' },
    ]);
    expect(contractTermsIssues({ advanceBps: 1.5, paymentTermsDays: LIMITS.paymentTermsDays + 1 })).toEqual([
      { field: 'advanceBps', code: 'not_whole_number' },
      { field: 'paymentTermsDays', code: 'above_limit' },
    ]);
  });
});

describe('deliveryInvoice', () => {
  // 2,000 gowns at 450,000 toman (4,500,000 rial), 30 % advance: 2,700,000,000 rial in escrow.
  const contract = { unitPriceMinor: 4_500_000, contractQuantity: 2_000, advanceMinor: 2_700_000_000 };

  it('applies the advance pro rata to the accepted units, the rest invoiced', () => {
    const first = deliveryInvoice({ ...contract, acceptedBefore: 0, escrowAppliedBefore: 0, escrowMinor: 2_700_000_000, acceptedQuantity: 480 });
    expect(first).toEqual({ valueMinor: 2_160_000_000, escrowAppliedMinor: 648_000_000, invoicedMinor: 1_512_000_000 });
  });

  it('applies nothing before the advance arrives, and catches up on the next receipt once it has', () => {
    const unfunded = deliveryInvoice({ ...contract, acceptedBefore: 0, escrowAppliedBefore: 0, escrowMinor: 0, acceptedQuantity: 500 });
    expect(unfunded.escrowAppliedMinor).toBe(0);
    expect(unfunded.invoicedMinor).toBe(unfunded.valueMinor);
    // 1,000 accepted of 2,000: half the advance is due from escrow, all of it on this receipt.
    const next = deliveryInvoice({ ...contract, acceptedBefore: 500, escrowAppliedBefore: 0, escrowMinor: 2_700_000_000, acceptedQuantity: 500 });
    expect(next.escrowAppliedMinor).toBe(1_350_000_000);
    expect(next.invoicedMinor).toBe(2_250_000_000 - 1_350_000_000);
  });

  it('brings the escrow applied to the whole advance on the last unit, whatever the rounding before', () => {
    const odd = { unitPriceMinor: 7, contractQuantity: 3, advanceMinor: 10 };
    const a = deliveryInvoice({ ...odd, acceptedBefore: 0, escrowAppliedBefore: 0, escrowMinor: 10, acceptedQuantity: 1 });
    const b = deliveryInvoice({ ...odd, acceptedBefore: 1, escrowAppliedBefore: a.escrowAppliedMinor, escrowMinor: 10 - a.escrowAppliedMinor, acceptedQuantity: 1 });
    const c = deliveryInvoice({ ...odd, acceptedBefore: 2, escrowAppliedBefore: 6, escrowMinor: 4, acceptedQuantity: 1 });
    expect([a.escrowAppliedMinor, b.escrowAppliedMinor, c.escrowAppliedMinor]).toEqual([3, 3, 4]);
  });

  it('refuses figures that cannot be: more accepted than bought, more applied than the share', () => {
    expect(() => deliveryInvoice({ ...contract, acceptedBefore: 1_900, escrowAppliedBefore: 0, escrowMinor: 0, acceptedQuantity: 101 })).toThrow(RangeError);
    expect(() => deliveryInvoice({ ...contract, acceptedBefore: 0, escrowAppliedBefore: 1, escrowMinor: 0, acceptedQuantity: 1 })).toThrow(RangeError);
  });

  it('over any receipts and any moment the advance arrives: escrow applied ≤ advance and ≤ what it held, invoiced + applied = accepted × price', () => {
    const scenario = fc
      .record({
        contractQuantity: fc.oneof(fc.integer({ min: 1, max: 50 }), fc.integer({ min: 1, max: LIMITS.bulkQuantity })),
        unitPriceMinor: fc.oneof(fc.integer({ min: 0, max: 1_000 }), fc.integer({ min: 0, max: LIMITS.unitPriceMinor })),
        advanceBps: fc.integer({ min: 0, max: 10_000 }),
        receipts: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 12 }),
        fundedAt: fc.integer({ min: 0, max: 13 }),
        acceptAll: fc.boolean(),
      });
    fc.assert(
      fc.property(scenario, ({ contractQuantity, unitPriceMinor, advanceBps, receipts, fundedAt, acceptAll }) => {
        const advance = advanceMinor(committedMinor({ quantity: contractQuantity, unitPriceMinor }), advanceBps);
        let acceptedBefore = 0;
        let applied = 0;
        let escrow = 0;
        receipts.forEach((share, index) => {
          if (index === fundedAt) escrow += advance;
          const left = contractQuantity - acceptedBefore;
          const acceptedQuantity = acceptAll && index === receipts.length - 1 ? left : Math.floor(left * share);
          const input: DeliveryInvoiceInput = { unitPriceMinor, contractQuantity, advanceMinor: advance, acceptedBefore, escrowAppliedBefore: applied, escrowMinor: escrow, acceptedQuantity };
          const invoice = deliveryInvoice(input);
          expect(BigInt(invoice.invoicedMinor) + BigInt(invoice.escrowAppliedMinor)).toBe(BigInt(acceptedQuantity) * BigInt(unitPriceMinor));
          expect(invoice.escrowAppliedMinor).toBeGreaterThanOrEqual(0);
          expect(invoice.invoicedMinor).toBeGreaterThanOrEqual(0);
          expect(invoice.escrowAppliedMinor).toBeLessThanOrEqual(escrow);
          applied += invoice.escrowAppliedMinor;
          escrow -= invoice.escrowAppliedMinor;
          acceptedBefore += acceptedQuantity;
          expect(applied).toBeLessThanOrEqual(advance);
        });
        // Funded before the first receipt and every unit accepted: the whole advance is spent, none left in escrow.
        if (fundedAt === 0 && acceptAll) expect(applied).toBe(advance);
      }),
      { numRuns: 500 },
    );
  });
});

describe('invoiceDueDate', () => {
  it('counts the terms from the receipt’s day in Tehran', () => {
    // 22:00 on 03-31 in UTC is already 04-01 in Tehran.
    expect(invoiceDueDate(new Date('2026-03-31T22:00:00Z'), 30)).toBe('2026-05-01');
    expect(invoiceDueDate(new Date('2026-03-31T10:00:00Z'), 30)).toBe('2026-04-30');
    expect(invoiceDueDate(new Date('2026-03-31T10:00:00Z'), 0)).toBe('2026-03-31');
  });
});
