import { assertMinorUnits } from '../money/minor-units.ts';
import { compareIds } from './split.ts';

export interface FulfilmentCandidate {
  producerId: string;
  /** Free capacity in the listing's trade (see freeCapacity). */
  freeCapacity: number;
  provinceCode: string;
  /** When the network last gave this member a retail fulfilment; null if never. */
  lastAssignedAt: Date | null;
}

/**
 * The member who makes a retail order of a network listing: among those with room for the quantity,
 * the most free capacity first, then one in the buyer's province, then the one assigned longest ago
 * (never assigned before anyone), then the smallest producerId so that the choice is always the same.
 * Null when no member has room, for the leader to decide.
 */
export function assignFulfilment(candidates: readonly FulfilmentCandidate[], { quantity, buyerProvinceCode }: { quantity: number; buyerProvinceCode: string }): string | null {
  assertMinorUnits(quantity, 'quantity');
  let best: FulfilmentCandidate | null = null;
  for (const c of candidates) {
    assertMinorUnits(c.freeCapacity, `freeCapacity of ${c.producerId}`);
    if (c.lastAssignedAt && Number.isNaN(c.lastAssignedAt.getTime())) throw new RangeError(`lastAssignedAt of ${c.producerId} is not a valid date`);
    if (c.freeCapacity < quantity || c.freeCapacity === 0) continue;
    if (best === null || before(c, best, buyerProvinceCode) < 0) best = c;
  }
  return best?.producerId ?? null;
}

function before(a: FulfilmentCandidate, b: FulfilmentCandidate, province: string): number {
  const local = (c: FulfilmentCandidate) => (c.provinceCode === province ? 0 : 1);
  const [at, bt] = [a.lastAssignedAt?.getTime() ?? Number.NEGATIVE_INFINITY, b.lastAssignedAt?.getTime() ?? Number.NEGATIVE_INFINITY];
  return b.freeCapacity - a.freeCapacity || local(a) - local(b) || (at < bt ? -1 : at > bt ? 1 : 0) || compareIds(a.producerId, b.producerId);
}
