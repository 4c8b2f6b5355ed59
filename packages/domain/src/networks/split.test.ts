import { describe, expect, it } from 'vitest';
import { checkManualSplit, resplitDeclined, splitByCapacity, type BulkAllocation, type MemberCapacity } from './split.ts';

const members = (capacities: Record<string, number>): MemberCapacity[] => Object.entries(capacities).map(([producerId, freeCapacity]) => ({ producerId, freeCapacity }));

describe('splitByCapacity', () => {
  it('splits 1,000 units over 500/300/200/100/50 by largest remainder', () => {
    // Σ 1,150. Ideal shares 434.78, 260.87, 173.91, 86.96, 43.48: floors make 996, and the 4 units
    // left go to the largest remainders (×1,150: 1,100 for d, 1,050 for c, 1,000 for b, 900 for a; e has 550).
    expect(splitByCapacity(1_000, members({ a: 500, b: 300, c: 200, d: 100, e: 50 }))).toEqual({
      allocations: [
        { producerId: 'a', quantity: 435 },
        { producerId: 'b', quantity: 261 },
        { producerId: 'c', quantity: 174 },
        { producerId: 'd', quantity: 87 },
        { producerId: 'e', quantity: 43 },
      ],
      unplaced: 0,
    });
  });
  it('breaks an equal remainder for the larger free capacity, then the smaller producerId', () => {
    // 4 over 1/3/4 (Σ 8): ideals 0.5, 1.5, 2 — x and y tie at remainder ½ for the one unit left.
    expect(splitByCapacity(4, members({ x: 1, y: 3, z: 4 })).allocations).toEqual([
      { producerId: 'y', quantity: 2 },
      { producerId: 'z', quantity: 2 },
    ]);
    // 2 over three equal members: ⅔ each, the two units go to a and b.
    expect(splitByCapacity(2, members({ c: 10, b: 10, a: 10 })).allocations).toEqual([
      { producerId: 'a', quantity: 1 },
      { producerId: 'b', quantity: 1 },
    ]);
  });
  it('gives everyone all their free capacity and reports the rest when there is not room for it all', () => {
    expect(splitByCapacity(100, members({ a: 30, b: 20, c: 0 }))).toEqual({
      allocations: [
        { producerId: 'a', quantity: 30 },
        { producerId: 'b', quantity: 20 },
      ],
      unplaced: 50,
    });
    expect(splitByCapacity(50, members({ a: 30, b: 20 })).unplaced).toBe(0);
    expect(splitByCapacity(7, [])).toEqual({ allocations: [], unplaced: 7 });
    expect(splitByCapacity(0, members({ a: 3 }))).toEqual({ allocations: [], unplaced: 0 });
  });
  it('does not depend on the order the members come in', () => {
    const list = members({ m: 7, k: 7, z: 3, a: 1, q: 11 });
    expect(splitByCapacity(13, [...list].reverse())).toEqual(splitByCapacity(13, list));
  });
  it('is exact where a double would not be', () => {
    // quantity × free is near 2^106. Ideal shares: a and b q/2 − q/2Σ ≈ …494.25 each, c q/Σ ≈ 0.49999,
    // so the one unit the floors leave goes to c; in doubles all three fractions would be lost.
    const quantity = Number.MAX_SAFE_INTEGER - 2;
    const split = splitByCapacity(quantity, members({ a: Number.MAX_SAFE_INTEGER, b: Number.MAX_SAFE_INTEGER, c: 1 }));
    expect(split.allocations.map((a) => a.quantity)).toEqual([4_503_599_627_370_494, 4_503_599_627_370_494, 1]);
  });
  it('refuses fractional or negative numbers and a member listed twice', () => {
    expect(() => splitByCapacity(1.5, members({ a: 3 }))).toThrow(RangeError);
    expect(() => splitByCapacity(1, members({ a: -3 }))).toThrow(RangeError);
    expect(() => splitByCapacity(1, [...members({ a: 3 }), ...members({ a: 4 })])).toThrow('member a is listed twice');
  });
});

describe('checkManualSplit', () => {
  const network = members({ a: 50, b: 30, c: 20 });
  it('accepts numbers that add up to the quantity within free capacity, sorted by producerId', () => {
    expect(checkManualSplit(60, [{ producerId: 'c', quantity: 20 }, { producerId: 'a', quantity: 40 }], network)).toEqual({
      ok: true,
      split: { allocations: [{ producerId: 'a', quantity: 40 }, { producerId: 'c', quantity: 20 }], unplaced: 0 },
    });
  });
  it('refuses an over-allocation', () => {
    expect(checkManualSplit(60, [{ producerId: 'a', quantity: 40 }, { producerId: 'b', quantity: 30 }], network)).toEqual({
      ok: false,
      issues: [{ code: 'over_allocated', total: 70, quantity: 60 }],
    });
  });
  it('refuses a split that leaves units without a maker', () => {
    expect(checkManualSplit(60, [{ producerId: 'a', quantity: 40 }], network)).toEqual({ ok: false, issues: [{ code: 'under_allocated', total: 40, quantity: 60 }] });
  });
  it('names each bad line once, in order, then the total', () => {
    const result = checkManualSplit(
      100,
      [
        { producerId: 'a', quantity: 51 },
        { producerId: 'x', quantity: 5 },
        { producerId: 'b', quantity: 0 },
        { producerId: 'c', quantity: 2.5 },
        { producerId: 'a', quantity: 1 },
      ],
      network,
    );
    expect(result).toEqual({
      ok: false,
      issues: [
        { code: 'over_free_capacity', producerId: 'a', quantity: 51, freeCapacity: 50 },
        { code: 'unknown_member', producerId: 'x' },
        { code: 'invalid_quantity', producerId: 'b', quantity: 0 },
        { code: 'invalid_quantity', producerId: 'c', quantity: 2.5 },
        { code: 'duplicate_member', producerId: 'a' },
        { code: 'under_allocated', total: 57, quantity: 100 },
      ],
    });
  });
  it('refuses negative and non-numeric quantities', () => {
    for (const bad of [-5, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(checkManualSplit(5, [{ producerId: 'a', quantity: bad }], network)).toMatchObject({ ok: false, issues: [{ code: 'invalid_quantity' }, { code: 'under_allocated', total: 0 }] });
    }
  });
});

describe('resplitDeclined', () => {
  const offered = (producerId: string, quantity: number, status: BulkAllocation['status'] = 'offered'): BulkAllocation => ({ producerId, quantity, status });

  it('splits the declined units among the others by the room they have left', () => {
    // 100 over a 50 / b 50 / c 100 gave 25 / 25 / 50. b declines 25; a has 25 left and c 50 (Σ 75):
    // ideals 8⅓ and 16⅔, the one unit left goes to c's larger remainder.
    const current = [offered('a', 25, 'accepted'), offered('b', 25), offered('c', 50)];
    expect(resplitDeclined(current, 'b', members({ a: 50, b: 50, c: 100 }))).toEqual({
      declinedQuantity: 25,
      allocations: [
        { producerId: 'a', quantity: 8 },
        { producerId: 'c', quantity: 17 },
      ],
      unplaced: 0,
    });
  });
  it('reports what the others have no room for', () => {
    // The 1,000-unit split above; b declines its 261 and the others have 65 + 26 + 13 + 7 = 111 left.
    const capacities = members({ a: 500, b: 300, c: 200, d: 100, e: 50 });
    const current = splitByCapacity(1_000, capacities).allocations.map((a) => offered(a.producerId, a.quantity));
    expect(resplitDeclined(current, 'b', capacities)).toEqual({
      declinedQuantity: 261,
      allocations: [
        { producerId: 'a', quantity: 65 },
        { producerId: 'c', quantity: 26 },
        { producerId: 'd', quantity: 13 },
        { producerId: 'e', quantity: 7 },
      ],
      unplaced: 150,
    });
  });
  it('offers nothing more to a member who has declined before, and keeps the decliner’s accepted units', () => {
    const current = [offered('a', 10, 'declined'), offered('b', 10, 'accepted'), offered('b', 4), offered('c', 6)];
    expect(resplitDeclined(current, 'b', members({ a: 100, b: 100, c: 100 }))).toEqual({
      declinedQuantity: 4,
      allocations: [{ producerId: 'c', quantity: 4 }],
      unplaced: 0,
    });
  });
  it('never gives a member room it has not got, even if its capacity fell below what it already holds', () => {
    const current = [offered('a', 30, 'accepted'), offered('b', 10)];
    expect(resplitDeclined(current, 'b', members({ a: 20, b: 10 }))).toEqual({ declinedQuantity: 10, allocations: [], unplaced: 10 });
  });
  it('refuses a decline from a member with nothing offered', () => {
    const current = [offered('a', 10, 'accepted'), offered('b', 10, 'declined')];
    for (const who of ['a', 'b', 'z']) expect(() => resplitDeclined(current, who, members({ a: 10, b: 10 }))).toThrow(`${who} has no offered allocation to decline`);
  });
});
