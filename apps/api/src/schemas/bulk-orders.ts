import { allocationActions, allocationStatuses, bulkOrderActions, bulkOrderStatuses, DUE_DATE_MAX_YEARS_AHEAD, LIMITS } from '@bazaarche/domain';
import { z } from 'zod';
import { calendarDate, categorySlug, currencyCode, minorAmount, quantity, text, uuid } from './primitives.ts';

export const bulkOrderParams = z.object({ id: uuid });
export const allocationParams = z.object({ id: uuid });

const units = quantity(LIMITS.bulkQuantity, { min: 0 });

export const bulkOrderBody = z
  .object({
    title: text(200, { min: 2 }),
    categorySlug,
    quantity: quantity(LIMITS.bulkQuantity),
    dueDate: calendarDate.meta({
      description: `The day the units are due, YYYY-MM-DD: from today to ${DUE_DATE_MAX_YEARS_AHEAD} years ahead in Tehran. Free capacity counts whole days up to the end of that day in Tehran (UTC+03:30).`,
    }),
    unitPriceMinor: minorAmount({ min: 1 }),
    currency: currencyCode,
    spec: text(5000, { min: 0 }).optional(),
  })
  .strict();

export const splitBody = z.discriminatedUnion('strategy', [
  z.object({ strategy: z.literal('capacity') }).strict(),
  z
    .object({
      strategy: z.literal('manual'),
      allocations: z.array(z.object({ producerId: uuid, quantity: units }).strict()).min(1).max(1_000),
    })
    .strict(),
]);

export const qualityCheckBody = z.object({ allocationId: uuid, acceptedQuantity: units, rejectedQuantity: units }).strict();
export const reallocateBody = z.object({ allocationId: uuid, producerId: uuid.optional() }).strict();
export const progressBody = z.object({ doneQuantity: units }).strict();

const share = z.object({ producerId: z.string(), quantity: z.number().int() });

export const suggestedSplit = z.object({
  allocations: z.array(share),
  unplaced: z.number().int(),
  members: z.array(z.object({ producerId: z.string(), freeCapacity: z.number().int() })),
});

const allocationAction = z.enum(allocationActions).meta({
  id: 'AllocationAction',
  description:
    'What the caller may do with the allocation now, named after its POST route: its member `accept`s or `decline`s the offer, reports `progress` and hands over what is made (`deliver`), on /v1/allocations/{id}/…; the leader records a `quality_check` of units handed over and not yet checked, and offers rejected units again (`reallocate`), on /v1/bulk-orders/{id}/… with its `allocationId`.',
});

const allocation = z
  .object({
    id: z.string(),
    bulkOrderId: z.string(),
    producerId: z.string(),
    quantity: z.number().int(),
    status: z.enum(allocationStatuses),
    doneQuantity: z.number().int(),
    deliveredQuantity: z.number().int(),
    acceptedQuantity: z.number().int(),
    rejectedQuantity: z.number().int(),
    /** Set when the allocation remakes another's rejected units. */
    reallocatedFromId: z.string().nullable(),
    actions: z.array(allocationAction),
  })
  .meta({ id: 'Allocation' });

/** As answered: the day the units are due, YYYY-MM-DD; members may work until it ends in Tehran. */
const dueDay = z.string().meta({ description: 'The day the units are due, YYYY-MM-DD; members may work until that day ends in Tehran (UTC+03:30).' });

const bulkOrderAction = z.enum(bulkOrderActions).meta({
  id: 'BulkOrderAction',
  description: 'What the caller may do with the bulk order now, named after its POST route: the leader may `split` it while units wait to be offered. What is done to one allocation is in that allocation’s `actions`.',
});

export const bulkOrder = z
  .object({
    id: z.string(),
    networkId: z.string(),
    title: z.string(),
    categorySlug: z.string(),
    quantity: z.number().int(),
    dueDate: dueDay,
    unitPriceMinor: z.number().int(),
    currency: z.string(),
    spec: z.string().nullable(),
    status: z.enum(bulkOrderStatuses),
    /** Units accepted at quality checks so far; the order completes when they reach the quantity. */
    acceptedQuantity: z.number().int(),
    /** Units no live allocation covers: not split yet, declined and not re-split, or rejected and not re-allocated. */
    unplaced: z.number().int(),
    allocations: z.array(allocation),
    actions: z.array(bulkOrderAction),
  })
  .meta({ id: 'BulkOrder' });

export const allocationResult = z
  .object({
    allocation,
    /** After a decline: the new offers made to the other members, and the units no one had room for. */
    resplit: z.object({ allocations: z.array(share), unplaced: z.number().int() }).optional(),
  })
  .meta({ id: 'AllocationResult' });

export const shopAllocation = allocation.extend({
  bulkOrder: z.object({ id: z.string(), networkId: z.string(), title: z.string(), dueDate: dueDay, unitPriceMinor: z.number().int(), currency: z.string() }),
});
