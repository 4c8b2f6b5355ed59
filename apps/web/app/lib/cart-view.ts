import { cartLinePriceMinor, cartLineProblem, type CartLineProblem, type CartListing, shippingFee, type ShippingRule, unitsAvailable } from '@bazaarche/domain';
import { formatNumber, type Locale } from '@bazaarche/i18n';
import { cartMessages } from '../i18n/messages/cart.ts';
import { translator } from '../i18n/translator.ts';
import type { Image, Listing, ListingSummary, SellerRef } from './catalogue-types.ts';
import { guestLineKey, type GuestCartLine } from './guest-cart.ts';
import { localized } from './listing-view.ts';
import type { Cart } from './order-types.ts';
import { listingSeller } from './seller-view.ts';

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
  problem: { code: string; message: string } | null;
  /** The quantity box's bounds, when the listing's rules are known here. */
  minQuantity: number;
  maxQuantity: number | null;
}

export interface CartSellerView {
  seller: SellerRef;
  lines: CartLineView[];
  subtotalMinor: number;
  /** Null when the seller's shipping could not be read; checkout works it out. */
  shippingMinor: number | null;
  totalMinor: number | null;
}

export interface CartView {
  sellers: CartSellerView[];
  lineCount: number;
  subtotalMinor: number;
  shippingMinor: number | null;
  totalMinor: number | null;
  currency: string;
  /** Every line can be bought as it stands: nothing to fix before checkout. */
  ready: boolean;
}

/** The account's cart as the API priced it; its lines' problems come worded by the API. */
export function accountCartView(cart: Cart, locale: Locale): CartView {
  const sellers = cart.sellers.map(
    (group): CartSellerView => ({
      seller: group.producer,
      lines: cart.items
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
          minQuantity: 1,
          maxQuantity: null,
        })),
      subtotalMinor: group.subtotalMinor,
      shippingMinor: group.shippingMinor,
      totalMinor: group.totalMinor,
    }),
  );
  return {
    sellers,
    lineCount: cart.items.length,
    subtotalMinor: cart.subtotalMinor,
    shippingMinor: cart.shippingMinor,
    totalMinor: cart.totalMinor,
    currency: cart.currency,
    ready: cart.items.length > 0 && cart.items.every((item) => item.problem === null),
  };
}

/**
 * A guest's cart, priced here from the listings and shops as the API shows them now, by the same
 * rules the API applies to an account's cart (packages/domain). Lines whose listing could not be
 * read are left out; the caller drops them from the cookie.
 */
export function guestCartView(
  lines: readonly GuestCartLine[],
  listings: ReadonlyMap<string, Listing>,
  shipping: ReadonlyMap<string, ShippingRule>,
  locale: Locale,
): CartView {
  const bySeller = new Map<string, CartSellerView>();
  let currency: string | null = null;
  for (const line of lines) {
    const listing = listings.get(line.listingId);
    if (!listing) continue;
    currency ??= listing.currency;
    const rules = cartListing(listing);
    const problem = cartLineProblem(rules, line);
    const unitPriceMinor = cartLinePriceMinor(rules, line.variantId) ?? listing.priceMinor;
    const variant = listing.variants.find((v) => v.id === line.variantId);
    const seller = listingSeller(listing);
    const group = bySeller.get(seller.id) ?? {
      seller,
      lines: [],
      subtotalMinor: 0,
      shippingMinor: 0,
      totalMinor: 0,
    };
    group.lines.push({
      id: guestLineKey(line),
      listingId: line.listingId,
      variantId: line.variantId,
      quantity: line.quantity,
      name: localized(listing.title, locale).text,
      nameLang: nameLangOf(listing.title, locale),
      cover: listing.images[0] ?? null,
      variantAttributes: variant?.attributes ?? null,
      unitPriceMinor,
      lineTotalMinor: unitPriceMinor * line.quantity,
      problem: problem ? { code: problem.code, message: problemMessage(problem, locale) } : null,
      minQuantity: listing.minOrderQty,
      maxQuantity: unitsAvailable({ stock: variant ? variant.stock : listing.stock, processingDays: rules.processingDays }),
    });
    bySeller.set(seller.id, group);
  }

  const sellers = [...bySeller.values()].map((group) => {
    // As the API does: a line that cannot be bought counts for nothing, and a shop with none ships nothing.
    const subtotalMinor = group.lines.filter((line) => line.problem === null).reduce((sum, line) => sum + line.lineTotalMinor, 0);
    const rule = shipping.get(group.seller.id);
    const shippingMinor = subtotalMinor === 0 ? 0 : rule ? shippingFee(rule, subtotalMinor) : null;
    return { ...group, subtotalMinor, shippingMinor, totalMinor: shippingMinor === null ? null : subtotalMinor + shippingMinor };
  });
  const shippingKnown = sellers.every((group) => group.shippingMinor !== null);
  const subtotalMinor = sellers.reduce((sum, group) => sum + group.subtotalMinor, 0);
  const shippingMinor = shippingKnown ? sellers.reduce((sum, group) => sum + (group.shippingMinor ?? 0), 0) : null;
  const lineCount = sellers.reduce((sum, group) => sum + group.lines.length, 0);
  return {
    sellers,
    lineCount,
    subtotalMinor,
    shippingMinor,
    totalMinor: shippingMinor === null ? null : subtotalMinor + shippingMinor,
    currency: currency ?? 'IRR',
    ready: lineCount > 0 && sellers.every((group) => group.lines.every((line) => line.problem === null)),
  };
}

/** A listing as the cart rules read it. */
export function cartListing(listing: Listing): CartListing {
  return {
    status: listing.status,
    priceMinor: listing.priceMinor,
    stock: listing.stock,
    processingDays: listing.madeToOrder?.processingDays ?? null,
    minOrderQty: listing.minOrderQty,
    variants: listing.variants,
  };
}

/** Why a line cannot be bought as asked, in the page's language; the API words an account's lines the same way. */
export function problemMessage(problem: CartLineProblem, locale: Locale): string {
  const t = translator(locale, cartMessages);
  switch (problem.code) {
    case 'below_minimum':
      return t('cartProblem.belowMinimum', { minimum: formatNumber(problem.minimum, locale) });
    case 'insufficient_stock':
      return problem.available === 0 ? t('cartProblem.outOfStock') : t('cartProblem.insufficientStock', { available: formatNumber(problem.available, locale) });
    case 'price_changed':
      return t('cartProblem.priceChanged');
    case 'invalid_quantity':
      return t('cartProblem.invalidQuantity');
    case 'not_available':
      return t('cartProblem.notAvailable');
    case 'variant_required':
      return t('cartProblem.variantRequired');
    case 'unknown_variant':
      return t('cartProblem.unknownVariant');
    case 'over_limit':
      return t('cartProblem.overLimit');
  }
}

function nameLangOf(title: ListingSummary['title'], locale: Locale): Locale | null {
  // A name falls back to the Persian title when there is no English one; say so to the browser.
  const { lang } = localized(title, locale);
  return lang === locale ? null : lang;
}
