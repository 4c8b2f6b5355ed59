import { assertMinorUnits } from '../money/minor-units.ts';

const DAY_MS = 86_400_000;

export interface FreeCapacityInput {
  /** The member's declared capacity (ظرفیت) in the order's trade, in whole units per week. */
  unitsPerWeek: number;
  now: Date;
  /** The moment the work must be done by: for a bulk order, the end of its due day in Tehran (see endOfCalendarDay). */
  dueDate: Date;
  /** Units in this trade already allocated to the member and not yet made, summed by the caller. */
  unitsCommitted: number;
}

/**
 * Units a member can still promise in a trade by a due date: floor(unitsPerWeek × days / 7) − unitsCommitted,
 * never below zero. Days are whole days from now to the due date: a part day is not counted, since
 * no one plans a part day's work, and so the figure holds still through the day instead of creeping
 * up every millisecond between the leader's preview and the submit. A due date in the past gives 0.
 */
export function freeCapacity({ unitsPerWeek, now, dueDate, unitsCommitted }: FreeCapacityInput): number {
  assertMinorUnits(unitsPerWeek, 'unitsPerWeek');
  assertMinorUnits(unitsCommitted, 'unitsCommitted');
  const days = Math.floor((timeOf(dueDate, 'dueDate') - timeOf(now, 'now')) / DAY_MS);
  if (days <= 0) return 0;
  // In bigint because units × days can pass MAX_SAFE_INTEGER before the division by 7 brings it back.
  const made = BigInt(unitsPerWeek) * BigInt(days) / 7n - BigInt(unitsCommitted);
  if (made <= 0n) return 0;
  if (made > BigInt(Number.MAX_SAFE_INTEGER)) throw new RangeError('free capacity exceeds Number.MAX_SAFE_INTEGER');
  return Number(made);
}

function timeOf(date: Date, name: string): number {
  const time = date.getTime();
  if (Number.isNaN(time)) throw new RangeError(`${name} is not a valid date`);
  return time;
}
