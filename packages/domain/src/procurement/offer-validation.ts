import { dueDateProblem, endOfCalendarDay, isCalendarDate, type DueDateProblem } from '../calendar/calendar-date.ts';
import { LIMITS } from '../money/limits.ts';
import { sumMinorUnits } from '../money/minor-units.ts';
import { freeCapacity } from '../networks/free-capacity.ts';

export interface OfferDelivery {
  /** The day the tranche is due, YYYY-MM-DD, in Tehran: it may be delivered until that day ends there. */
  dueDate: string;
  quantity: number;
}

export interface OfferInput {
  unitPriceMinor: number;
  quantity: number;
  deliveries: readonly OfferDelivery[];
}

export type OfferIssueCode =
  | 'not_positive_integer'
  | 'above_limit'
  | 'above_open_quantity'
  | 'no_deliveries'
  | 'too_many_deliveries'
  | 'schedule_does_not_sum'
  | DueDateProblem
  | 'after_deadline';

/**
 * One thing wrong with an offer, at the request field it concerns (`quantity`, `unitPriceMinor`,
 * `deliveries`, `deliveries.<i>.quantity`, `deliveries.<i>.dueDate`): what the API answers as a 422.
 */
export interface OfferIssue {
  field: string;
  code: OfferIssueCode;
}

/**
 * Everything wrong with an offer on a demand at `now`, in field order; empty when it may be made.
 * Every number a whole number from 1 to its LIMITS bound (a tranche of 0 units is a tranche that is
 * not there); the offer at most what the demand still has open; the tranches summing to it, each
 * due between today and the demand's deadline (both days included).
 */
export function offerIssues(offer: OfferInput, demand: { openQuantity: number; deadline: string }, now: Date): OfferIssue[] {
  if (!isCalendarDate(demand.deadline)) throw new RangeError(`deadline ${demand.deadline} is not a calendar date`);
  const issues: OfferIssue[] = [];
  const count = (field: string, value: number, max: number): boolean => {
    const code = countProblem(value, max);
    if (code) issues.push({ field, code });
    return code === null;
  };
  count('unitPriceMinor', offer.unitPriceMinor, LIMITS.unitPriceMinor);
  if (count('quantity', offer.quantity, LIMITS.bulkQuantity) && offer.quantity > demand.openQuantity) {
    issues.push({ field: 'quantity', code: 'above_open_quantity' });
  }
  if (offer.deliveries.length === 0) issues.push({ field: 'deliveries', code: 'no_deliveries' });
  if (offer.deliveries.length > LIMITS.deliveriesPerOffer) {
    issues.push({ field: 'deliveries', code: 'too_many_deliveries' });
    return issues;
  }
  let tranchesCounted = true;
  offer.deliveries.forEach((delivery, index) => {
    tranchesCounted = count(`deliveries.${index}.quantity`, delivery.quantity, LIMITS.bulkQuantity) && tranchesCounted;
    const dateProblem = dueDateProblem(delivery.dueDate, now);
    if (dateProblem) issues.push({ field: `deliveries.${index}.dueDate`, code: dateProblem });
    else if (delivery.dueDate > demand.deadline) issues.push({ field: `deliveries.${index}.dueDate`, code: 'after_deadline' });
  });
  // Each tranche is at most bulkQuantity and there are at most deliveriesPerOffer of them: the sum is exact.
  if (tranchesCounted && offer.deliveries.length > 0 && offer.deliveries.reduce((sum, d) => sum + d.quantity, 0) !== offer.quantity) {
    issues.push({ field: 'deliveries', code: 'schedule_does_not_sum' });
  }
  return issues;
}

function countProblem(value: number, max: number): 'not_positive_integer' | 'above_limit' | null {
  if (!Number.isSafeInteger(value) || value < 1) return 'not_positive_integer';
  return value > max ? 'above_limit' : null;
}

export interface NetworkMemberCapacity {
  /** The member's declared capacity in the demand's trade, units per week. */
  unitsPerWeek: number;
  /** Units in that trade already allocated to the member and not yet made. */
  unitsCommitted: number;
}

export interface TrancheCapacity {
  /** The tranche's place in the offer's `deliveries`. */
  index: number;
  dueDate: string;
  /** Units due by the end of this tranche's due day: this tranche and every one due on or before it. */
  quantityDue: number;
  /** Units the members can make between now and the end of that day, less what they already owe. */
  capacity: number;
}

export interface NetworkCapacityCheck {
  /** The tranches in order of due date (ties in offer order), each with what is due and what can be made by then. */
  tranches: TrancheCapacity[];
  /** The offer index of the earliest tranche by which more is due than the members can make, or null when every one fits. */
  exceeding: number | null;
}

/**
 * Whether a network can make an offer's schedule: for each tranche, the units due by its day
 * (cumulatively: what was due earlier has to be made too) against the members' free capacity up to
 * the end of that day in Tehran (freeCapacity, summed over members). Capacity is what members
 * declared, so a schedule beyond it is not refused: the leader is told which tranche exceeds it.
 */
export function networkCapacityCheck(input: { members: readonly NetworkMemberCapacity[]; deliveries: readonly OfferDelivery[]; now: Date }): NetworkCapacityCheck {
  const order = input.deliveries.map((delivery, index) => ({ ...delivery, index })).sort((a, b) => (a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : a.index - b.index));
  // Units due by the end of each day: tranches due the same day are held to everything due that day.
  const dueBy = new Map<string, number>();
  let due = 0;
  for (const delivery of order) {
    due = sumMinorUnits([due, delivery.quantity], 'quantity due');
    dueBy.set(delivery.dueDate, due);
  }
  const tranches = order.map((delivery) => {
    const dueAt = endOfCalendarDay(delivery.dueDate);
    const capacity = sumMinorUnits(
      input.members.map((member) => freeCapacity({ unitsPerWeek: member.unitsPerWeek, unitsCommitted: member.unitsCommitted, now: input.now, dueDate: dueAt })),
      'capacity',
    );
    return { index: delivery.index, dueDate: delivery.dueDate, quantityDue: dueBy.get(delivery.dueDate)!, capacity };
  });
  return { tranches, exceeding: tranches.find((tranche) => tranche.quantityDue > tranche.capacity)?.index ?? null };
}
