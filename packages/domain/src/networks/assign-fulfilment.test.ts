import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assignFulfilment, type FulfilmentCandidate } from './assign-fulfilment.ts';

const at = (iso: string) => new Date(iso);
const member = (producerId: string, freeCapacity: number, provinceCode = 'IR-01', lastAssignedAt: Date | null = null): FulfilmentCandidate => ({
  producerId,
  freeCapacity,
  provinceCode,
  lastAssignedAt,
});
const order = { quantity: 2, buyerProvinceCode: 'IR-23' };

describe('assignFulfilment', () => {
  it('picks the most free capacity first, whatever the province or last assignment', () => {
    expect(assignFulfilment([member('a', 10, 'IR-23'), member('b', 11, 'IR-01', at('2025-03-01'))], order)).toBe('b');
  });
  it('then a member in the buyer’s province', () => {
    expect(assignFulfilment([member('a', 10, 'IR-01'), member('b', 10, 'IR-23', at('2025-03-01'))], order)).toBe('b');
  });
  it('then the one assigned longest ago, never assigned before anyone', () => {
    const early = member('b', 10, 'IR-23', at('2025-01-01'));
    expect(assignFulfilment([member('a', 10, 'IR-23', at('2025-02-01')), early], order)).toBe('b');
    expect(assignFulfilment([member('c', 10, 'IR-23', null), early], order)).toBe('c');
  });
  it('then the smallest producerId', () => {
    expect(assignFulfilment([member('b', 10), member('a', 10)], order)).toBe('a');
  });
  it('skips members without room for the quantity, and gives null when none has', () => {
    expect(assignFulfilment([member('a', 1, 'IR-23'), member('b', 2)], order)).toBe('b');
    expect(assignFulfilment([member('a', 1, 'IR-23')], order)).toBeNull();
    expect(assignFulfilment([], order)).toBeNull();
    expect(assignFulfilment([member('a', 0)], { quantity: 0, buyerProvinceCode: 'IR-23' })).toBeNull();
  });
  it('refuses bad numbers and dates', () => {
    expect(() => assignFulfilment([member('a', 1.5)], order)).toThrow(RangeError);
    expect(() => assignFulfilment([member('a', 5, 'IR-23', at('nope'))], order)).toThrow(RangeError);
  });

  it('property: the pick has room and beats or equals every other candidate on each rule in turn; order does not matter', () => {
    const candidate = fc.record({
      freeCapacity: fc.nat({ max: 6 }),
      provinceCode: fc.constantFrom('IR-01', 'IR-23'),
      lastAssignedAt: fc.option(fc.integer({ min: 0, max: 3 }).map((d) => new Date(Date.UTC(2025, 0, 1 + d)))),
    });
    const candidates = fc.uniqueArray(fc.record({ producerId: fc.string({ maxLength: 2 }), rest: candidate }), { selector: (c) => c.producerId, maxLength: 8 });
    fc.assert(
      fc.property(candidates, fc.integer({ min: 1, max: 4 }), fc.constantFrom('IR-01', 'IR-23'), (list, quantity, buyerProvinceCode) => {
        const all = list.map((c) => ({ producerId: c.producerId, ...c.rest }));
        const picked = assignFulfilment(all, { quantity, buyerProvinceCode });
        expect(assignFulfilment([...all].reverse(), { quantity, buyerProvinceCode })).toBe(picked);
        const able = all.filter((c) => c.freeCapacity >= quantity);
        if (able.length === 0) {
          expect(picked).toBeNull();
          return;
        }
        // The same ranking stated as a sort key over every able candidate.
        const key = (c: FulfilmentCandidate) =>
          [-c.freeCapacity, c.provinceCode === buyerProvinceCode ? 0 : 1, c.lastAssignedAt ? c.lastAssignedAt.getTime() : -1, c.producerId] as const;
        const best = [...able].sort((a, b) => {
          const [x, y] = [key(a), key(b)];
          for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return x[i]! < y[i]! ? -1 : 1;
          return 0;
        })[0]!;
        expect(picked).toBe(best.producerId);
      }),
    );
  });
});
