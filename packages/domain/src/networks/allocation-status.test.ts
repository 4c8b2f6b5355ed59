import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  allocationActionsFor,
  allocationEvents,
  allocationStatuses,
  checkEvent,
  deliveryEvent,
  nextAllocationStatus,
  type AllocationEvent,
  type AllocationFacts,
  type AllocationStatus,
} from './allocation-status.ts';
import { bulkOrderStatuses } from './bulk-order-status.ts';

describe('nextAllocationStatus', () => {
  // Every move the machine allows; every other pair of status and event is refused.
  const allowed: ReadonlyArray<[AllocationStatus, AllocationEvent, AllocationStatus]> = [
    ['offered', 'accept', 'accepted'],
    ['offered', 'decline', 'declined'],
    ['accepted', 'progress', 'accepted'],
    ['accepted', 'deliver', 'accepted'],
    ['accepted', 'deliver_last', 'delivered'],
    ['accepted', 'check', 'accepted'],
    ['delivered', 'check', 'delivered'],
    ['delivered', 'check_last', 'checked'],
  ];

  it.each(allowed)('%s + %s → %s', (status, event, expected) => {
    expect(nextAllocationStatus(status, event)).toBe(expected);
  });

  it('refuses every other pair of the 5 statuses and 7 events', () => {
    const listed = new Set(allowed.map(([status, event]) => `${status}/${event}`));
    const refused = allocationStatuses.flatMap((status) => allocationEvents.map((event) => [status, event] as const)).filter(([s, e]) => !listed.has(`${s}/${e}`));
    expect(refused).toHaveLength(5 * 7 - allowed.length);
    for (const [status, event] of refused) expect(nextAllocationStatus(status, event), `${status}/${event}`).toBeNull();
  });

  it('ends in declined and checked, and never goes back to offered', () => {
    for (const status of allocationStatuses) {
      for (const event of allocationEvents) {
        const next = nextAllocationStatus(status, event);
        if (status === 'declined' || status === 'checked') expect(next).toBeNull();
        expect(next).not.toBe('offered');
      }
    }
  });

  it('names the delivery and the check by what is left', () => {
    expect(deliveryEvent({ quantity: 10, doneQuantity: 10 })).toBe('deliver_last');
    expect(deliveryEvent({ quantity: 10, doneQuantity: 4 })).toBe('deliver');
    expect(checkEvent({ quantity: 10 }, 10)).toBe('check_last');
    expect(checkEvent({ quantity: 10 }, 7)).toBe('check');
  });
});

const facts = (status: AllocationStatus, over: Partial<AllocationFacts> = {}): AllocationFacts => ({
  status,
  quantity: 10,
  doneQuantity: 0,
  deliveredQuantity: 0,
  acceptedQuantity: 0,
  rejectedQuantity: 0,
  rejectedWaiting: 0,
  orderStatus: 'in_progress',
  ...over,
});
const member = { makesIt: true, leads: false };
const leader = { makesIt: false, leads: true };
const stranger = { makesIt: false, leads: false };

describe('allocationActionsFor', () => {
  it('lets the member answer an offer, then report and hand over what is made', () => {
    expect(allocationActionsFor(facts('offered'), member)).toEqual(['accept', 'decline']);
    expect(allocationActionsFor(facts('accepted'), member)).toEqual(['progress']);
    expect(allocationActionsFor(facts('accepted', { doneQuantity: 4, deliveredQuantity: 4 }), member)).toEqual(['progress']);
    expect(allocationActionsFor(facts('accepted', { doneQuantity: 6, deliveredQuantity: 4 }), member)).toEqual(['progress', 'deliver']);
    expect(allocationActionsFor(facts('accepted', { doneQuantity: 10, deliveredQuantity: 4 }), member)).toEqual(['progress', 'deliver']);
    for (const status of ['declined', 'delivered', 'checked'] as const) expect(allocationActionsFor(facts(status, { doneQuantity: 10, deliveredQuantity: 10 }), member)).toEqual([]);
  });

  it('lets the leader check what was handed over and not checked, and reallocate rejected units until the order completes', () => {
    expect(allocationActionsFor(facts('accepted', { doneQuantity: 6, deliveredQuantity: 4 }), leader)).toEqual(['quality_check']);
    expect(allocationActionsFor(facts('delivered', { doneQuantity: 10, deliveredQuantity: 10, acceptedQuantity: 7 }), leader)).toEqual(['quality_check']);
    const checked = facts('checked', { doneQuantity: 10, deliveredQuantity: 10, acceptedQuantity: 8, rejectedQuantity: 2, rejectedWaiting: 2 });
    expect(allocationActionsFor(checked, leader)).toEqual(['reallocate']);
    expect(allocationActionsFor({ ...checked, rejectedWaiting: 0 }, leader)).toEqual([]);
    expect(allocationActionsFor({ ...checked, orderStatus: 'completed' }, leader)).toEqual([]);
    expect(allocationActionsFor(facts('offered'), leader)).toEqual([]);
  });

  it('gives a leader who makes it both sets, and a stranger nothing', () => {
    const both = facts('accepted', { doneQuantity: 6, deliveredQuantity: 4 });
    expect(allocationActionsFor(both, { makesIt: true, leads: true })).toEqual(['progress', 'deliver', 'quality_check']);
    expect(allocationActionsFor(both, stranger)).toEqual([]);
  });

  it('property: from an offer, doing only what is offered keeps the counts and the status consistent, and ends every allocation', () => {
    type Step = { who: 'member' | 'leader'; pick: number; amount: number };
    const step: fc.Arbitrary<Step> = fc.record({ who: fc.constantFrom('member' as const, 'leader' as const), pick: fc.nat(), amount: fc.nat({ max: 12 }) });
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 12 }), fc.array(step, { maxLength: 40 }), fc.constantFrom(...bulkOrderStatuses), (quantity, steps, orderStatus) => {
        let a = facts('offered', { quantity, orderStatus });
        for (const { who, pick, amount } of steps) {
          const offered = allocationActionsFor(a, who === 'member' ? member : leader);
          if (offered.length === 0) continue;
          const action = offered[pick % offered.length]!;
          let event: AllocationEvent;
          let next: AllocationFacts;
          switch (action) {
            case 'accept':
            case 'decline':
              event = action;
              next = a;
              break;
            case 'progress':
              event = 'progress';
              next = { ...a, doneQuantity: Math.min(a.quantity, a.doneQuantity + amount) };
              break;
            case 'deliver':
              event = deliveryEvent(a);
              next = { ...a, deliveredQuantity: a.doneQuantity };
              break;
            case 'quality_check': {
              const unchecked = a.deliveredQuantity - a.acceptedQuantity - a.rejectedQuantity;
              const count = 1 + (amount % unchecked);
              const rejected = Math.min(count, amount % 3);
              event = checkEvent(a, a.acceptedQuantity + a.rejectedQuantity + count);
              next = { ...a, acceptedQuantity: a.acceptedQuantity + count - rejected, rejectedQuantity: a.rejectedQuantity + rejected, rejectedWaiting: a.rejectedWaiting + rejected };
              break;
            }
            case 'reallocate':
              expect(orderStatus).not.toBe('completed');
              next = { ...a, rejectedWaiting: 0 };
              a = next;
              continue;
          }
          const status = nextAllocationStatus(a.status, event);
          expect(status, `${a.status} + ${event}`).not.toBeNull();
          a = { ...next, status: status! };
          expect(0 <= a.acceptedQuantity + a.rejectedQuantity && a.acceptedQuantity + a.rejectedQuantity <= a.deliveredQuantity).toBe(true);
          expect(a.deliveredQuantity <= a.doneQuantity && a.doneQuantity <= a.quantity).toBe(true);
          expect(a.status === 'delivered' || a.status === 'checked').toBe(a.deliveredQuantity === a.quantity);
          if (a.status === 'checked') expect(a.acceptedQuantity + a.rejectedQuantity).toBe(a.quantity);
        }
        if (a.status === 'declined' || a.status === 'checked') {
          expect(allocationActionsFor(a, member)).toEqual([]);
          expect(allocationActionsFor(a, leader).filter((x) => x !== 'reallocate')).toEqual([]);
        }
      }),
      { numRuns: 300 },
    );
  });
});
