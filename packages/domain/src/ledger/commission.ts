import { assertMinorUnits } from '../money/minor-units.ts';

/** 10,000 basis points are 100%. */
export const MAX_COMMISSION_BPS = 10_000;

/**
 * The platform's commission on a fulfilment's goods (never its shipping, which passes to the seller):
 * goods × bps / 10,000, rounded half up to the minor unit. Worked out in bigint, since goods up to
 * MAX_SAFE_INTEGER times a rate overflow a double; the result is at most the goods, so it fits back.
 */
export function commissionMinor(goodsMinor: number, commissionBps: number): number {
  assertMinorUnits(goodsMinor, 'goodsMinor');
  assertCommissionBps(commissionBps);
  return Number((BigInt(goodsMinor) * BigInt(commissionBps) + 5_000n) / 10_000n);
}

/** A rate in basis points, the commission's or a network's coordination fee's, named in the error. */
export function assertCommissionBps(bps: number, name = 'commissionBps'): void {
  if (!Number.isSafeInteger(bps) || bps < 0 || bps > MAX_COMMISSION_BPS) {
    throw new RangeError(`${name} must be a whole number from 0 to ${MAX_COMMISSION_BPS}, got ${bps}`);
  }
}
