import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LIMITS } from '../money/limits.ts';
import { networkCapacityCheck, offerIssues, type OfferInput } from './offer-validation.ts';

// 09:00 in Tehran on 2026-03-10; in UTC still the 10th, 05:30.
const now = new Date('2026-03-10T05:30:00Z');
const demand = { openQuantity: 2_000, deadline: '2026-06-30' };
const offer: OfferInput = {
  unitPriceMinor: 4_500_000,
  quantity: 1_500,
  deliveries: [
    { dueDate: '2026-04-15', quantity: 500 },
    { dueDate: '2026-05-15', quantity: 500 },
    { dueDate: '2026-06-30', quantity: 500 },
  ],
};

describe('offerIssues', () => {
  it('accepts an offer of part of the demand whose tranches sum to it, due by the deadline', () => {
    expect(offerIssues(offer, demand, now)).toEqual([]);
    expect(offerIssues({ ...offer, quantity: 2_000, deliveries: [{ dueDate: '2026-03-10', quantity: 2_000 }] }, demand, now)).toEqual([]);
  });

  it('names a schedule that does not sum to the offer', () => {
    expect(offerIssues({ ...offer, quantity: 1_400 }, demand, now)).toEqual([{ field: 'deliveries', code: 'schedule_does_not_sum' }]);
  });

  it('names a quantity above what the demand still has open', () => {
    expect(offerIssues({ ...offer, quantity: 1_500 }, { ...demand, openQuantity: 1_499 }, now)).toEqual([{ field: 'quantity', code: 'above_open_quantity' }]);
  });

  it('names each tranche due in the past (by the Tehran calendar), after the deadline, or not a day', () => {
    // 2026-03-09T21:00Z is already the 10th in Tehran, so the 9th is past and the 10th is not.
    const lateEvening = new Date('2026-03-09T21:00:00Z');
    const deliveries = [
      { dueDate: '2026-03-09', quantity: 500 },
      { dueDate: '2026-07-01', quantity: 500 },
      { dueDate: '2026-02-30', quantity: 500 },
    ];
    expect(offerIssues({ ...offer, deliveries }, demand, lateEvening)).toEqual([
      { field: 'deliveries.0.dueDate', code: 'date_in_past' },
      { field: 'deliveries.1.dueDate', code: 'after_deadline' },
      { field: 'deliveries.2.dueDate', code: 'invalid_date' },
    ]);
    expect(offerIssues({ ...offer, deliveries: [{ dueDate: '2026-03-10', quantity: 1_500 }] }, demand, lateEvening)).toEqual([]);
  });

  it('keeps every number a whole count within LIMITS', () => {
    expect(offerIssues({ unitPriceMinor: 0, quantity: 2.5, deliveries: [{ dueDate: '2026-04-01', quantity: -1 }] }, demand, now)).toEqual([
      { field: 'unitPriceMinor', code: 'not_positive_integer' },
      { field: 'quantity', code: 'not_positive_integer' },
      { field: 'deliveries.0.quantity', code: 'not_positive_integer' },
    ]);
    const big = { openQuantity: Number.MAX_SAFE_INTEGER, deadline: demand.deadline };
    expect(offerIssues({ unitPriceMinor: LIMITS.unitPriceMinor + 1, quantity: LIMITS.bulkQuantity + 1, deliveries: [{ dueDate: '2026-04-01', quantity: LIMITS.bulkQuantity + 1 }] }, big, now)).toEqual([
      { field: 'unitPriceMinor', code: 'above_limit' },
      { field: 'quantity', code: 'above_limit' },
      { field: 'deliveries.0.quantity', code: 'above_limit' },
    ]);
  });

  it('needs at least one tranche and at most LIMITS.deliveriesPerOffer', () => {
    expect(offerIssues({ ...offer, deliveries: [] }, demand, now)).toEqual([{ field: 'deliveries', code: 'no_deliveries' }]);
    const many = Array.from({ length: LIMITS.deliveriesPerOffer + 1 }, () => ({ dueDate: '2026-04-01', quantity: 1 }));
    expect(offerIssues({ ...offer, quantity: many.length, deliveries: many }, demand, now)).toEqual([{ field: 'deliveries', code: 'too_many_deliveries' }]);
  });

  it('finds a schedule sound exactly when its counts are, its sum matches and its days fall between today and the deadline', () => {
    const day = fc.integer({ min: -3, max: 120 }).map((offset) => {
      const d = new Date(Date.UTC(2026, 2, 10 + offset));
      return d.toISOString().slice(0, 10);
    });
    const tranche = fc.record({ dueDate: day, quantity: fc.integer({ min: 0, max: 800 }) });
    fc.assert(
      fc.property(fc.array(tranche, { minLength: 1, maxLength: 6 }), fc.integer({ min: 0, max: 3_000 }), (deliveries, quantity) => {
        const sound =
          quantity >= 1 &&
          quantity <= demand.openQuantity &&
          deliveries.every((d) => d.quantity >= 1 && d.dueDate >= '2026-03-10' && d.dueDate <= demand.deadline) &&
          deliveries.reduce((s, d) => s + d.quantity, 0) === quantity;
        expect(offerIssues({ unitPriceMinor: 1_000, quantity, deliveries }, demand, now).length === 0).toBe(sound);
      }),
      { numRuns: 500 },
    );
  });
});

describe('networkCapacityCheck', () => {
  // Two members making 70 and 35 a week: 15 units a day between them.
  const members = [
    { unitsPerWeek: 70, unitsCommitted: 0 },
    { unitsPerWeek: 35, unitsCommitted: 0 },
  ];
  const start = new Date('2026-03-10T05:30:00Z'); // 09:00 on the 10th in Tehran

  it('holds each tranche, with everything due before it, to what the members can make by the end of its day', () => {
    // By the end of 03-20 in Tehran: 10 whole days → 100 + 50.
    const check = networkCapacityCheck({ members, now: start, deliveries: [{ dueDate: '2026-03-30', quantity: 100 }, { dueDate: '2026-03-20', quantity: 150 }] });
    expect(check.tranches).toEqual([
      { index: 1, dueDate: '2026-03-20', quantityDue: 150, capacity: 150 },
      { index: 0, dueDate: '2026-03-30', quantityDue: 250, capacity: 300 },
    ]);
    expect(check.exceeding).toBeNull();
  });

  it('names the earliest tranche that exceeds, even when a later one would fit', () => {
    const check = networkCapacityCheck({ members, now: start, deliveries: [{ dueDate: '2026-03-20', quantity: 151 }, { dueDate: '2026-06-30', quantity: 10 }] });
    expect(check.exceeding).toBe(0);
    expect(networkCapacityCheck({ members, now: start, deliveries: [{ dueDate: '2026-03-20', quantity: 100 }, { dueDate: '2026-03-30', quantity: 201 }] }).exceeding).toBe(1);
  });

  it('holds tranches due the same day to their total, and subtracts what members already owe', () => {
    const sameDay = networkCapacityCheck({ members, now: start, deliveries: [{ dueDate: '2026-03-20', quantity: 100 }, { dueDate: '2026-03-20', quantity: 60 }] });
    expect(sameDay.tranches.map((t) => t.quantityDue)).toEqual([160, 160]);
    expect(sameDay.exceeding).toBe(0);
    const owing = networkCapacityCheck({ members: [{ unitsPerWeek: 70, unitsCommitted: 90 }], now: start, deliveries: [{ dueDate: '2026-03-20', quantity: 11 }] });
    expect(owing.tranches[0]!.capacity).toBe(10);
    expect(owing.exceeding).toBe(0);
  });

  it('gives a network without members no capacity', () => {
    expect(networkCapacityCheck({ members: [], now: start, deliveries: [{ dueDate: '2026-04-01', quantity: 1 }] }).exceeding).toBe(0);
  });
});
