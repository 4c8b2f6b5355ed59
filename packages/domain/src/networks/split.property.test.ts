import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkManualSplit, resplitDeclined, splitByCapacity, type Allocation, type BulkAllocation, type MemberCapacity, type Split } from './split.ts';

// Small capacities make ties and exact fits common; now and then a huge one takes the arithmetic past 2^53.
const capacity = fc.oneof({ arbitrary: fc.nat({ max: 12 }), weight: 4 }, { arbitrary: fc.nat({ max: 5_000 }), weight: 2 }, { arbitrary: fc.maxSafeNat(), weight: 1 });
const quantity = fc.oneof({ arbitrary: fc.nat({ max: 60 }), weight: 4 }, { arbitrary: fc.nat({ max: 20_000 }), weight: 2 }, { arbitrary: fc.maxSafeNat(), weight: 1 });
const membersOf = (cap: fc.Arbitrary<number>, maxLength: number) =>
  fc
    .uniqueArray(fc.record({ producerId: fc.string({ minLength: 1, maxLength: 3 }), freeCapacity: cap }), { selector: (m) => m.producerId, maxLength })
    .chain((list) => fc.tuple(fc.constant(list), fc.shuffledSubarray(list, { minLength: list.length, maxLength: list.length })));

const big = (n: number) => BigInt(n);
const sumOf = (allocations: readonly Allocation[]) => allocations.reduce((s, a) => s + big(a.quantity), 0n);

/** Everything a split by capacity promises, checked against the members it was made from. */
function expectSplitByCapacity(split: Split, wanted: number, members: readonly MemberCapacity[]): void {
  const free = new Map(members.map((m) => [m.producerId, m.freeCapacity]));
  const totalFree = members.reduce((s, m) => s + big(m.freeCapacity), 0n);
  const ids = split.allocations.map((a) => a.producerId);
  for (const id of ids) expect(free.has(id)).toBe(true);
  expect(ids).toEqual([...new Set(ids)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
  expect(big(split.unplaced)).toBe(totalFree >= big(wanted) ? 0n : big(wanted) - totalFree);
  expect(sumOf(split.allocations)).toBe(big(wanted - split.unplaced));
  const got = new Map(split.allocations.map((a) => [a.producerId, a.quantity]));
  type Rank = { remainder: bigint; free: number; id: string };
  const roundedUp: Rank[] = [];
  const roundedDown: Rank[] = [];
  for (const m of members) {
    const units = got.get(m.producerId) ?? 0;
    expect(Number.isSafeInteger(units) && units >= 0).toBe(true);
    expect(units).toBeLessThanOrEqual(free.get(m.producerId)!);
    if (got.has(m.producerId)) expect(units).toBeGreaterThan(0);
    if (totalFree <= big(wanted)) {
      expect(units).toBe(m.freeCapacity);
      continue;
    }
    // ⌊ideal⌋ ≤ units ≤ ⌈ideal⌉, and whoever was rounded up comes before anyone who was not: larger remainder,
    // then larger free capacity, then smaller producerId.
    const scaled = big(wanted) * big(m.freeCapacity);
    const [floor, remainder] = [scaled / totalFree, scaled % totalFree];
    expect(big(units) === floor || (remainder > 0n && big(units) === floor + 1n)).toBe(true);
    (big(units) > floor ? roundedUp : remainder > 0n ? roundedDown : []).push({ remainder, free: m.freeCapacity, id: m.producerId });
  }
  const first = (u: Rank, d: Rank) => u.remainder > d.remainder || (u.remainder === d.remainder && (u.free > d.free || (u.free === d.free && u.id < d.id)));
  for (const up of roundedUp) for (const down of roundedDown) expect(first(up, down)).toBe(true);
}

describe('splitByCapacity properties', () => {
  it('sums to the quantity less the unplaced, within free capacity, within one unit of the ideal share, whatever the input order', () => {
    fc.assert(
      fc.property(quantity, membersOf(capacity, 12), (wanted, [members, shuffled]) => {
        const split = splitByCapacity(wanted, members);
        expectSplitByCapacity(split, wanted, members);
        expect(splitByCapacity(wanted, shuffled)).toEqual(split);
        expect(splitByCapacity(wanted, members)).toEqual(split);
      }),
      { numRuns: 300 },
    );
  });
  it('breaks ties as stated, where small numbers make equal remainders common', () => {
    fc.assert(
      fc.property(fc.nat({ max: 20 }), membersOf(fc.nat({ max: 6 }), 8), (wanted, [members]) => expectSplitByCapacity(splitByCapacity(wanted, members), wanted, members)),
      { numRuns: 300 },
    );
  });
});

describe('checkManualSplit properties', () => {
  it('accepts any complete split by capacity as it stands', () => {
    fc.assert(
      fc.property(quantity, membersOf(capacity, 8), (wanted, [members, shuffled]) => {
        const split = splitByCapacity(wanted, members);
        fc.pre(split.unplaced === 0);
        const requested = shuffled.flatMap((m) => split.allocations.filter((a) => a.producerId === m.producerId));
        expect(checkManualSplit(wanted, requested, members)).toEqual({ ok: true, split });
      }),
    );
  });

  it('accepts exactly the lines that are whole, known, once each, within free capacity and sum to the quantity', () => {
    const ids = ['a', 'b', 'c', 'd'];
    const line = fc.record({ producerId: fc.constantFrom(...ids, 'x'), quantity: fc.oneof(fc.integer({ min: -1, max: 12 }), fc.constantFrom(0.5, Number.NaN)) });
    const members = fc.tuple(...ids.map((producerId) => fc.record({ producerId: fc.constant(producerId), freeCapacity: fc.nat({ max: 10 }) })));
    fc.assert(
      fc.property(fc.nat({ max: 30 }), fc.array(line, { maxLength: 5 }), members, (wanted, requested, network) => {
        const free = new Map(network.map((m) => [m.producerId, m.freeCapacity]));
        const valid = requested.filter((l) => Number.isSafeInteger(l.quantity) && l.quantity > 0);
        const total = valid.reduce((s, l) => s + l.quantity, 0);
        const lineOk = (l: Allocation, i: number) =>
          requested.findIndex((o) => o.producerId === l.producerId) === i && free.has(l.producerId) && valid.includes(l) && l.quantity <= free.get(l.producerId)!;
        const result = checkManualSplit(wanted, requested, network);
        const badLines = requested.filter((l, i) => !lineOk(l, i)).length;
        expect(result.ok).toBe(badLines === 0 && total === wanted);
        if (!result.ok) {
          expect(result.issues.filter((i) => !('total' in i))).toHaveLength(badLines);
          const totalIssue = result.issues.find((i) => 'total' in i);
          expect(totalIssue && { code: totalIssue.code, total: 'total' in totalIssue && totalIssue.total }).toEqual(
            total === wanted ? undefined : { code: total > wanted ? 'over_allocated' : 'under_allocated', total },
          );
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('resplitDeclined properties', () => {
  type Step = { kind: 'accept' | 'decline'; pick: number };
  const step: fc.Arbitrary<Step> = fc.record({ kind: fc.constantFrom('accept' as const, 'decline' as const), pick: fc.nat() });

  it('after any sequence of accepts and declines: every unit is held or unplaced, no one over capacity, nothing else changes', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.nat({ max: 80 }), fc.nat({ max: 100_000 })),
        membersOf(fc.oneof(fc.nat({ max: 30 }), fc.nat({ max: 40_000 })), 7),
        fc.array(step, { maxLength: 12 }),
        (wanted, [members, shuffled], steps) => {
          const first = splitByCapacity(wanted, members);
          let rows: BulkAllocation[] = first.allocations.map((a) => ({ ...a, status: 'offered' }));
          let unplaced = first.unplaced;
          const free = new Map(members.map((m) => [m.producerId, m.freeCapacity]));
          for (const { kind, pick } of steps) {
            const offeredAt = rows.flatMap((r, i) => (r.status === 'offered' ? [i] : []));
            if (offeredAt.length === 0) break;
            const at = offeredAt[pick % offeredAt.length]!;
            if (kind === 'accept') {
              rows = rows.map((r, i) => (i === at ? { ...r, status: 'accepted' } : r));
              continue;
            }
            const decliner = rows[at]!.producerId;
            const resplit = resplitDeclined(rows, decliner, members);
            expect(resplitDeclined([...rows].reverse(), decliner, shuffled)).toEqual(resplit);

            const mine = rows.filter((r) => r.producerId === decliner && r.status === 'offered');
            expect(resplit.declinedQuantity).toBe(mine.reduce((s, r) => s + r.quantity, 0));
            // The new offers are a split by capacity of the declined units over the room left to those who declined nothing.
            const declinedBefore = new Set(rows.filter((r) => r.status === 'declined').map((r) => r.producerId).concat(decliner));
            const room = members
              .filter((m) => !declinedBefore.has(m.producerId))
              .map((m) => {
                const held = rows.filter((r) => r.producerId === m.producerId && r.status !== 'declined').reduce((s, r) => s + r.quantity, 0);
                return { producerId: m.producerId, freeCapacity: Math.max(0, m.freeCapacity - held) };
              });
            expectSplitByCapacity(resplit, resplit.declinedQuantity, room);

            const before = rows;
            rows = [
              ...rows.map((r) => (r.producerId === decliner && r.status === 'offered' ? { ...r, status: 'declined' as const } : r)),
              ...resplit.allocations.map((a) => ({ ...a, status: 'offered' as const })),
            ];
            unplaced += resplit.unplaced;
            // Only the decliner's offers changed, and only to declined.
            rows.slice(0, before.length).forEach((r, i) => expect(r).toEqual(before[i]!.producerId === decliner && before[i]!.status === 'offered' ? { ...before[i], status: 'declined' } : before[i]));

            const live = rows.filter((r) => r.status !== 'declined');
            expect(live.reduce((s, r) => s + r.quantity, 0) + unplaced).toBe(wanted);
            for (const [producerId, cap] of free) expect(live.filter((r) => r.producerId === producerId).reduce((s, r) => s + r.quantity, 0)).toBeLessThanOrEqual(cap);
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
