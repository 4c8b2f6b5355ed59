import { type BulkOrderStatus, nextBulkOrderStatus } from './bulk-order-status.ts';

/**
 * A member's share of a bulk order: offered to them, accepted (and being made and handed over),
 * declined, delivered once every unit is handed over, checked once every unit is accepted or rejected.
 */
export const allocationStatuses = ['offered', 'accepted', 'declined', 'delivered', 'checked'] as const;
export type AllocationStatus = (typeof allocationStatuses)[number];

/**
 * What happens to an allocation. Handing over and checking come in two kinds because the status
 * follows the counts: `deliver_last` hands over the last unit to make, `check_last` checks the last unit handed over.
 */
export const allocationEvents = ['accept', 'decline', 'progress', 'deliver', 'deliver_last', 'check', 'check_last'] as const;
export type AllocationEvent = (typeof allocationEvents)[number];

const transitions: Record<AllocationEvent, Partial<Record<AllocationStatus, AllocationStatus>>> = {
  accept: { offered: 'accepted' },
  // A declined offer gives its units back to be offered to the others; it never comes back.
  decline: { offered: 'declined' },
  progress: { accepted: 'accepted' },
  deliver: { accepted: 'accepted' },
  deliver_last: { accepted: 'delivered' },
  // Units handed over so far may be checked before the rest are made.
  check: { accepted: 'accepted', delivered: 'delivered' },
  check_last: { delivered: 'checked' },
};

/** The status an event leads to, or null when the allocation's state does not allow it. */
export function nextAllocationStatus(current: AllocationStatus, event: AllocationEvent): AllocationStatus | null {
  return transitions[event][current] ?? null;
}

/** Handing over what is made: the last of it when everything the allocation holds has been made. */
export function deliveryEvent(allocation: { quantity: number; doneQuantity: number }): AllocationEvent {
  return allocation.doneQuantity === allocation.quantity ? 'deliver_last' : 'deliver';
}

/** A check of some handed-over units: the last when, with them, every unit of the allocation is accepted or rejected. */
export function checkEvent(allocation: { quantity: number }, checkedAfter: number): AllocationEvent {
  return checkedAfter === allocation.quantity ? 'check_last' : 'check';
}

/**
 * What a caller may do with an allocation now, each named after its POST route: the member who makes
 * it answers the offer (`accept`, `decline`), reports what is made (`progress`) and hands it over
 * (`deliver`); the network's leader (or an admin) checks what was handed over (`quality_check`) and
 * gives rejected units to be made again (`reallocate`).
 */
export const allocationActions = ['accept', 'decline', 'progress', 'deliver', 'quality_check', 'reallocate'] as const;
export type AllocationAction = (typeof allocationActions)[number];

export interface AllocationFacts {
  status: AllocationStatus;
  quantity: number;
  doneQuantity: number;
  deliveredQuantity: number;
  acceptedQuantity: number;
  rejectedQuantity: number;
  /** Rejected units not yet given to anyone to make again. */
  rejectedWaiting: number;
  /** Its bulk order's status: a completed order takes no more work. */
  orderStatus: BulkOrderStatus;
}

export interface AllocationCaller {
  /** The caller's shop makes this allocation. */
  makesIt: boolean;
  /** The caller leads the allocation's network, or is an admin. */
  leads: boolean;
}

export function allocationActionsFor(a: AllocationFacts, caller: AllocationCaller): AllocationAction[] {
  const allowed = (event: AllocationEvent) => nextAllocationStatus(a.status, event) !== null;
  const actions: AllocationAction[] = [];
  if (caller.makesIt) {
    if (allowed('accept')) actions.push('accept');
    if (allowed('decline')) actions.push('decline');
    if (allowed('progress')) actions.push('progress');
    if (allowed(deliveryEvent(a)) && a.doneQuantity > a.deliveredQuantity) actions.push('deliver');
  }
  if (caller.leads) {
    if (a.deliveredQuantity - a.acceptedQuantity - a.rejectedQuantity > 0) actions.push('quality_check');
    if (a.rejectedWaiting > 0 && nextBulkOrderStatus(a.orderStatus, 'reallocate') !== null) actions.push('reallocate');
  }
  return actions;
}
