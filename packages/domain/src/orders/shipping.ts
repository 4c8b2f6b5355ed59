import { assertMinorUnits } from '../money/minor-units.ts';

/** What a seller charges to send one fulfilment, in minor units; null: never free. */
export interface ShippingRule {
  flatFeeMinor: number;
  freeAboveMinor: number | null;
}

/** The shipping fee for one seller's share of an order: free once its subtotal reaches the seller's threshold. */
export function shippingFee({ flatFeeMinor, freeAboveMinor }: ShippingRule, subtotalMinor: number): number {
  assertMinorUnits(flatFeeMinor, 'flatFeeMinor');
  if (freeAboveMinor !== null) assertMinorUnits(freeAboveMinor, 'freeAboveMinor');
  assertMinorUnits(subtotalMinor, 'subtotalMinor');
  return freeAboveMinor !== null && subtotalMinor >= freeAboveMinor ? 0 : flatFeeMinor;
}
