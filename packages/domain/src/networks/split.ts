import { assertMinorUnits, sumMinorUnits } from '../money/minor-units.ts';
import type { AllocationStatus } from './allocation-status.ts';

export interface MemberCapacity {
  producerId: string;
  /** Units the member can still make by the due date, not counting this bulk order (see freeCapacity). */
  freeCapacity: number;
}
export interface Allocation {
  producerId: string;
  quantity: number;
}
/** Allocations by producerId ascending, none of 0 units; unplaced is what no member has room for. */
export interface Split {
  allocations: Allocation[];
  unplaced: number;
}

/**
 * A bulk order split in proportion to free capacity, in whole units by largest remainder. Member i's
 * ideal share is quantity × free_i / Σfree; each gets its floor, and the units left over go one each
 * to the largest remainders (quantity × free_i mod Σfree, compared exactly in bigint), ties to the
 * larger free capacity and then the smaller producerId. No one exceeds their free capacity: when
 * quantity < Σfree every ideal share is below free_i, so even its ceiling is at most free_i, and only
 * members with a non-zero remainder are rounded up (fewer units are left over than there are such
 * members). When Σfree ≤ quantity everyone gets all their free capacity and the rest is unplaced.
 * Members are taken in producerId order, so the order they are passed in changes nothing.
 */
export function splitByCapacity(quantity: number, members: readonly MemberCapacity[]): Split {
  assertMinorUnits(quantity, 'quantity');
  const able = canonicalMembers(members).filter((m) => m.freeCapacity > 0);
  let totalFree = 0n;
  for (const m of able) totalFree += BigInt(m.freeCapacity);
  const wanted = BigInt(quantity);
  if (totalFree <= wanted) {
    return { allocations: able.map((m) => ({ producerId: m.producerId, quantity: m.freeCapacity })), unplaced: Number(wanted - totalFree) };
  }

  const shares = able.map((m) => {
    const scaled = wanted * BigInt(m.freeCapacity);
    return { member: m, quantity: Number(scaled / totalFree), remainder: scaled % totalFree };
  });
  let leftOver = quantity;
  for (const share of shares) leftOver -= share.quantity;
  if (leftOver > 0) {
    const byRemainder = [...shares].sort(
      (a, b) =>
        (a.remainder > b.remainder ? -1 : a.remainder < b.remainder ? 1 : 0) ||
        b.member.freeCapacity - a.member.freeCapacity ||
        compareIds(a.member.producerId, b.member.producerId),
    );
    for (let i = 0; i < leftOver; i++) byRemainder[i]!.quantity += 1;
  }
  return { allocations: shares.filter((s) => s.quantity > 0).map((s) => ({ producerId: s.member.producerId, quantity: s.quantity })), unplaced: 0 };
}

export type ManualSplitIssue =
  | { code: 'duplicate_member'; producerId: string }
  | { code: 'unknown_member'; producerId: string }
  | { code: 'invalid_quantity'; producerId: string; quantity: number }
  | { code: 'over_free_capacity'; producerId: string; quantity: number; freeCapacity: number }
  | { code: 'over_allocated' | 'under_allocated'; total: number; quantity: number };
export type ManualSplitResult = { ok: true; split: Split } | { ok: false; issues: ManualSplitIssue[] };

/**
 * A leader's own split, checked: at most one issue per line, in the order given (a repeated member,
 * one not in the network, a quantity that is not a whole number of at least 1, more than the member's
 * free capacity), then one for the total, which must be exactly the order's quantity. A split that
 * places less is refused too, so that every unit of an accepted bulk order has a maker; the lines
 * with an invalid quantity are left out of the total.
 */
export function checkManualSplit(quantity: number, requested: readonly Allocation[], members: readonly MemberCapacity[]): ManualSplitResult {
  assertMinorUnits(quantity, 'quantity');
  const capacityOf = new Map(canonicalMembers(members).map((m) => [m.producerId, m.freeCapacity]));
  const seen = new Set<string>();
  const issues: ManualSplitIssue[] = [];
  let total = 0n;
  for (const { producerId, quantity: units } of requested) {
    const valid = Number.isSafeInteger(units) && units > 0;
    if (valid) total += BigInt(units);
    const freeCapacity = capacityOf.get(producerId);
    if (seen.has(producerId)) issues.push({ code: 'duplicate_member', producerId });
    else if (freeCapacity === undefined) issues.push({ code: 'unknown_member', producerId });
    else if (!valid) issues.push({ code: 'invalid_quantity', producerId, quantity: units });
    else if (units > freeCapacity) issues.push({ code: 'over_free_capacity', producerId, quantity: units, freeCapacity });
    seen.add(producerId);
  }
  if (total !== BigInt(quantity)) issues.push({ code: total > BigInt(quantity) ? 'over_allocated' : 'under_allocated', total: Number(total), quantity });
  if (issues.length > 0) return { ok: false, issues };
  const allocations = requested.map(({ producerId, quantity: units }) => ({ producerId, quantity: units }));
  return { ok: true, split: { allocations: allocations.sort((a, b) => compareIds(a.producerId, b.producerId)), unplaced: 0 } };
}

/** An allocation in its order; only a declined one has given its units back. */
export interface BulkAllocation extends Allocation {
  status: AllocationStatus;
}
export interface Resplit extends Split {
  /** Units the member declined: the sum of their offered allocations, which now become declined. */
  declinedQuantity: number;
}

/**
 * What a member's decline of their offered allocations hands to the others: the declined units split
 * by capacity (as splitByCapacity) among the members who have declined nothing of this order, each
 * limited to the room left after their live (offered or accepted) allocations in it. So members'
 * free capacity is passed as for the first split, not counting this order: counted twice, it would
 * only place less, never more. Existing allocations stay as they are; the result is only the new
 * offers, to add beside them. A member's accepted units are theirs and cannot be declined this way.
 * Throws when the member has no offer.
 */
export function resplitDeclined(allocations: readonly BulkAllocation[], declinedProducerId: string, members: readonly MemberCapacity[]): Resplit {
  const excluded = new Set<string>([declinedProducerId]);
  const live = new Map<string, number>();
  const offered: number[] = [];
  for (const a of allocations) {
    assertMinorUnits(a.quantity, `quantity of ${a.producerId}`);
    if (a.status === 'declined') excluded.add(a.producerId);
    else if (a.producerId === declinedProducerId && a.status === 'offered') offered.push(a.quantity);
    else live.set(a.producerId, sumMinorUnits([live.get(a.producerId) ?? 0, a.quantity], 'allocated'));
  }
  if (offered.length === 0) throw new RangeError(`${declinedProducerId} has no offered allocation to decline`);
  const declinedQuantity = sumMinorUnits(offered, 'declined quantity');

  const others = canonicalMembers(members)
    .filter((m) => !excluded.has(m.producerId))
    .map((m) => ({ producerId: m.producerId, freeCapacity: Math.max(0, m.freeCapacity - (live.get(m.producerId) ?? 0)) }));
  return { declinedQuantity, ...splitByCapacity(declinedQuantity, others) };
}

/** Members by producerId, checked: whole non-negative capacities, each member once. */
function canonicalMembers(members: readonly MemberCapacity[]): MemberCapacity[] {
  const sorted = [...members].sort((a, b) => compareIds(a.producerId, b.producerId));
  sorted.forEach((m, i) => {
    assertMinorUnits(m.freeCapacity, `freeCapacity of ${m.producerId}`);
    if (i > 0 && sorted[i - 1]!.producerId === m.producerId) throw new RangeError(`member ${m.producerId} is listed twice`);
  });
  return sorted;
}

/** By UTF-16 code units, not localeCompare: the same order on every machine and in every locale. */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
