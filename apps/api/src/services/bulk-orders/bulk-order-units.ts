import type { AllocationRow, BulkOrder } from '@bazaarche/db';

// How a bulk order's units stand across its allocations: counted here once, for the operations and for the actions they offer.

/** Allocations that still hold units of their order: everything but a declined offer. */
const isLive = (a: AllocationRow) => a.status !== 'declined';

/** Units an allocation still has to make (offered or accepted, not yet delivered). */
export const unitsToMake = (a: AllocationRow) => (a.status === 'offered' || a.status === 'accepted' ? a.quantity - a.deliveredQuantity : 0);

/** Units no live allocation covers: not yet split, declined and not re-split, or rejected and not re-allocated. */
export function unplacedOf(order: BulkOrder, rows: readonly AllocationRow[]): number {
  const covered = rows.filter(isLive).reduce((sum, a) => sum + a.quantity - a.rejectedQuantity, 0);
  return Math.max(0, order.quantity - covered);
}

/** An allocation's rejected units not yet given to anyone to make again (see reallocateRejected); negative when more was given. */
export function rejectedToReallocate(source: AllocationRow, rows: readonly AllocationRow[]): number {
  const given = rows.filter((a) => isLive(a) && a.reallocatedFromId === source.id).reduce((sum, a) => sum + a.quantity, 0);
  return source.rejectedQuantity - given;
}

/**
 * Units still to be offered to anyone: unplaced (see unplacedOf) less rejected units waiting to be
 * re-allocated from their allocation. The whole order before its first split; later, what no member
 * had room for at a split or a re-split after a decline.
 */
export function unofferedOf(order: BulkOrder, rows: readonly AllocationRow[]): number {
  const rejectedWaiting = rows.reduce((sum, source) => sum + Math.max(0, rejectedToReallocate(source, rows)), 0);
  return Math.max(0, unplacedOf(order, rows) - rejectedWaiting);
}
