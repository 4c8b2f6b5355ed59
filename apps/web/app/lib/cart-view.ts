import type { Locale } from '@bazaarche/i18n';
import type { Image, ListingSummary, SellerRef } from './catalogue-types.ts';
import { localized } from './listing-view.ts';
import type { Cart, CartQuote } from './order-types.ts';

/** One line of the cart page, the same whether the cart is the account's or a guest's. */
export interface CartLineView {
  /** The account cart's line id, or a guest line's key: what the line's forms send. */
  id: string;
  listingId: string;
  variantId: string | null;
  quantity: number;
  name: string;
  /** Set when the name is in another language than the page (no English title yet). */
  nameLang: Locale | null;
  cover: Image | null;
  variantAttributes: Record<string, string> | null;
  unitPriceMinor: number;
  lineTotalMinor: number;
  /** Worded by the API, in the page's language. */
  problem: { code: string; message: string } | null;
}

export interface CartSellerView {
  seller: SellerRef;
  lines: CartLineView[];
  subtotalMinor: number;
  shippingMinor: number;
  totalMinor: number;
}

export interface CartView {
  sellers: CartSellerView[];
  lineCount: number;
  subtotalMinor: number;
  shippingMinor: number;
  totalMinor: number;
  currency: string;
  /** The API says checkout would take the cart as it stands: nothing to fix first. */
  ready: boolean;
}

/**
 * A cart as the API priced it, an account's (GET /v1/cart) or a guest's (POST /v1/cart/quote):
 * its lines under their sellers, in the API's order, with the problems and sums it gave. A quoted
 * line whose listing is not public has nothing to show; the caller drops it from the cookie.
 */
export function cartView(cart: Cart | CartQuote, locale: Locale): CartView {
  const items = cart.items.flatMap((item) => (item.listing ? [{ ...item, listing: item.listing }] : []));
  const sellers = cart.sellers.map(
    (group): CartSellerView => ({
      seller: group.producer,
      lines: items
        .filter((item) => item.listing.seller.id === group.producer.id)
        .map((item) => ({
          id: item.id,
          listingId: item.listingId,
          variantId: item.variantId,
          quantity: item.quantity,
          name: item.listing.name,
          nameLang: nameLangOf(item.listing.title, locale),
          cover: item.listing.cover,
          variantAttributes: item.variant?.attributes ?? null,
          unitPriceMinor: item.unitPriceMinor,
          lineTotalMinor: item.lineTotalMinor,
          problem: item.problem ? { code: item.problem.code, message: item.problem.message } : null,
        })),
      subtotalMinor: group.subtotalMinor,
      shippingMinor: group.shippingMinor,
      totalMinor: group.totalMinor,
    }),
  );
  return {
    sellers,
    lineCount: items.length,
    subtotalMinor: cart.subtotalMinor,
    shippingMinor: cart.shippingMinor,
    totalMinor: cart.totalMinor,
    currency: cart.currency,
    ready: cart.actions.includes('checkout'),
  };
}

function nameLangOf(title: ListingSummary['title'], locale: Locale): Locale | null {
  // A name falls back to the Persian title when there is no English one; say so to the browser.
  const { lang } = localized(title, locale);
  return lang === locale ? null : lang;
}
