import { unitsAvailable } from '../catalogue/listing-availability.ts';
import type { ListingStatus } from '../catalogue/listing-status.ts';
import { LIMITS } from '../money/limits.ts';
import type { ShippingRule } from './shipping.ts';

/** A listing as it is now, in the shape of its `listings` and `listing_variants` rows. */
export interface CartListing {
  status: ListingStatus;
  priceMinor: number;
  /** Null when made to order or when the variants hold the stock. */
  stock: number | null;
  /** Set when made to order. */
  processingDays: number | null;
  minOrderQty: number;
  variants: ReadonlyArray<{ id: string; stock: number | null; priceMinor: number | null }>;
  /** The seller's rule, when known: a fee past the limit could make the order's total overflow. */
  shipping?: ShippingRule;
}

export interface CartLineRequest {
  variantId?: string | null;
  quantity: number;
  /** The unit price the buyer last saw, so a change is shown before they pay it. */
  seenPriceMinor?: number | null;
}

export type CartLineProblem =
  | { code: 'invalid_quantity' }
  | { code: 'not_available' }
  | { code: 'variant_required' }
  | { code: 'unknown_variant' }
  | { code: 'over_limit' }
  | { code: 'below_minimum'; minimum: number }
  | { code: 'insufficient_stock'; available: number }
  | { code: 'price_changed'; previousPriceMinor: number; currentPriceMinor: number };

type Variant = CartListing['variants'][number];

/**
 * What stops this line being bought as asked, or null. One problem, the first a buyer has to fix:
 * a line that cannot be bought at all says so before one that only needs a different quantity,
 * and a new price comes last because it only needs to be seen.
 */
export function cartLineProblem(listing: CartListing, { variantId, quantity, seenPriceMinor }: CartLineRequest): CartLineProblem | null {
  if (!Number.isSafeInteger(quantity) || quantity < 1) return { code: 'invalid_quantity' };
  if (listing.status !== 'active') return { code: 'not_available' };
  const variant = findVariant(listing, variantId);
  if (typeof variant === 'string') return { code: variant };
  const currentPriceMinor = variant?.priceMinor ?? listing.priceMinor;
  // Input is bounded so that no total can overflow; a row written before the bounds (or by hand) may
  // still be past them, and is then refused here rather than summed.
  if (quantity > LIMITS.lineQuantity || !withinLimit(currentPriceMinor, LIMITS.unitPriceMinor) || !withinLimit(listing.shipping?.flatFeeMinor ?? 0, LIMITS.shippingFeeMinor)) {
    return { code: 'over_limit' };
  }
  // The minimum applies to each line, that is to each variant: it is what the seller will make or pack in one go.
  if (quantity < listing.minOrderQty) return { code: 'below_minimum', minimum: listing.minOrderQty };
  const available = unitsAvailable({ stock: variant ? variant.stock : listing.stock, processingDays: listing.processingDays });
  if (available !== null && quantity > available) return { code: 'insufficient_stock', available };
  if (seenPriceMinor != null && seenPriceMinor !== currentPriceMinor) return { code: 'price_changed', previousPriceMinor: seenPriceMinor, currentPriceMinor };
  return null;
}

function withinLimit(amountMinor: number, limit: number): boolean {
  return Number.isSafeInteger(amountMinor) && amountMinor >= 0 && amountMinor <= limit;
}

/** The unit price now: a variant's own, else the listing's; null when the variant is missing or unknown. */
export function cartLinePriceMinor(listing: CartListing, variantId?: string | null): number | null {
  const variant = findVariant(listing, variantId);
  return typeof variant === 'string' ? null : (variant?.priceMinor ?? listing.priceMinor);
}

/** The variant asked for; undefined for a listing without variants. */
function findVariant(listing: CartListing, variantId: string | null | undefined): Variant | undefined | 'variant_required' | 'unknown_variant' {
  if (variantId == null) return listing.variants.length > 0 ? 'variant_required' : undefined;
  return listing.variants.find((v) => v.id === variantId) ?? 'unknown_variant';
}
