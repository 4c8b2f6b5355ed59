import type { Executor } from '@bazaarche/db';
import { cartLineProblem } from '@bazaarche/domain';
import type { Locale } from '@bazaarche/i18n';
import type { Storage } from '@bazaarche/media';
import type { CartQuoteResponse } from '../../schemas/cart.ts';
import { type CartLine, type CartLineInput, type CartPaymentOptions, isPublicListing, lineErrorProblem, presentCart, unitPriceNow } from './cart.ts';
import { loadOwnSellers, ownsListing } from './own-listing.ts';
import { loadPurchasableListings } from './purchasable-listings.ts';

export interface QuoteOptions {
  /** The signed-in caller, whose own listings are not for them to buy; null for a guest. */
  callerUserId: string | null;
  locale: Locale;
  storage: Storage;
  marketplaceCurrency: string;
  payment: CartPaymentOptions;
}

/**
 * A cart given by its lines, priced by the same rules and presented in the same shape as an
 * account's cart, so a storefront can show a guest's cart without pricing it itself. Nothing is
 * stored. A line whose listing is not public is answered with the problem `listing_not_found` and
 * nothing else of it; one of the caller's own shop (or a network they lead) with `own_listing`.
 */
export async function quoteCart(db: Executor, items: readonly CartLineInput[], options: QuoteOptions): Promise<CartQuoteResponse> {
  const requested = mergeLines(items);
  const [found, own] = await Promise.all([
    loadPurchasableListings(db, requested.map((line) => line.listingId)),
    options.callerUserId ? loadOwnSellers(db, options.callerUserId) : null,
  ]);
  const lines = requested.flatMap((line): CartLine[] => {
    const listing = found.get(line.listingId);
    if (!listing || !isPublicListing(listing)) return [];
    // Whose it is comes first: no quantity or variant would make it theirs to buy.
    const problem = own && ownsListing(own, listing) ? { code: 'own_listing' as const } : cartLineProblem(listing, line);
    return [{ ...line, listing, unitPriceMinor: unitPriceNow(listing, line.variantId), problem }];
  });
  const cart = await presentCart(db, lines, options.locale, options.storage, options.marketplaceCurrency, options.payment);
  const presented = new Map(cart.items.map((item) => [item.id, item]));
  const quoted = requested.map(
    (line): CartQuoteResponse['items'][number] =>
      presented.get(line.id) ?? {
        ...line,
        listing: null,
        variant: null,
        unitPriceMinor: 0,
        lineTotalMinor: 0,
        problem: lineErrorProblem('listing_not_found', options.locale),
      },
  );
  return { ...cart, items: quoted, actions: quoted.length === cart.items.length ? cart.actions : [] };
}

/** One line per listing and variant, their quantities added, as checkout adds them; first seen, first shown. */
function mergeLines(items: readonly CartLineInput[]): Array<{ id: string; listingId: string; variantId: string | null; quantity: number }> {
  const merged = new Map<string, { id: string; listingId: string; variantId: string | null; quantity: number }>();
  for (const item of items) {
    const variantId = item.variantId ?? null;
    const id = variantId ? `${item.listingId}:${variantId}` : item.listingId;
    const existing = merged.get(id);
    merged.set(id, { id, listingId: item.listingId, variantId, quantity: (existing?.quantity ?? 0) + item.quantity });
  }
  return [...merged.values()];
}
