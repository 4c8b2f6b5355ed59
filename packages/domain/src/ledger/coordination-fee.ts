import { assertCommissionBps, commissionMinor } from './commission.ts';

/**
 * A network's coordination fee on a fulfilment's goods, taken from the member who did the work:
 * goods × bps / 10,000 rounded half up, as the platform's commission is. Capped at what the commission
 * leaves of the goods, so the member is never owed less than nothing for them; rounding each half up
 * can take more than the goods only when the two rates together reach 100%, so only then does the cap
 * bite. Like the commission, it never falls as the goods grow, so refunds can reverse it by difference.
 */
export function coordinationFeeMinor(goodsMinor: number, commissionBps: number, coordinationFeeBps: number): number {
  assertCommissionBps(coordinationFeeBps, 'coordinationFeeBps');
  return Math.min(commissionMinor(goodsMinor, coordinationFeeBps), goodsMinor - commissionMinor(goodsMinor, commissionBps));
}
