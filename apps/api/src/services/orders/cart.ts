import { cartItems, type Executor } from '@bazaarche/db';
import { cartLinePriceMinor, cartLineProblem, type CartLineProblem, LIMITS, orderTotals, type OrderTotals, type ShippingRule } from '@bazaarche/domain';
import { defineMessages, formatMoney, formatNumber, type Locale, translate } from '@bazaarche/i18n';
import type { Storage } from '@bazaarche/media';
import { and, asc, eq } from 'drizzle-orm';
import { AppError } from '../../errors/app-error.ts';
import { errorMessages } from '../../errors/messages.ts';
import type { CartLineProblemResponse, CartResponse } from '../../schemas/cart.ts';
import { presentListingSummaries } from '../catalogue/present-listing.ts';
import { refuseOwnListings } from './own-listing.ts';
import { cartLineError, loadPurchasableListings, type PurchasableListing } from './purchasable-listings.ts';

/** Why a line cannot be bought: a cart rule's answer, or the caller's own listing (only a quote asks, see quote-cart.ts). */
type PricedLineProblem = CartLineProblem | { code: 'own_listing' };

/** A line of a cart (an account's, or one quoted) with its listing as it is now. */
export interface CartLine {
  id: string;
  listingId: string;
  variantId: string | null;
  quantity: number;
  listing: PurchasableListing;
  /** The unit price now: the variant's own, else the listing's. */
  unitPriceMinor: number;
  problem: PricedLineProblem | null;
}

export interface CartLineInput {
  listingId: string;
  variantId?: string | null | undefined;
  quantity: number;
}

/** The buyer's cart lines, oldest first, each checked against its listing as it is now. */
export async function readCart(db: Executor, userId: string): Promise<CartLine[]> {
  const rows = await db.select().from(cartItems).where(eq(cartItems.userId, userId)).orderBy(asc(cartItems.createdAt), asc(cartItems.id));
  const purchasable = await loadPurchasableListings(db, rows.map((row) => row.listingId));
  return rows.flatMap((row) => {
    const listing = purchasable.get(row.listingId);
    // Deleting a listing deletes its cart lines; one deleted between the two reads is simply gone.
    if (!listing) return [];
    const { id, listingId, variantId, quantity } = row;
    return [{ id, listingId, variantId, quantity, listing, unitPriceMinor: unitPriceNow(listing, variantId), problem: cartLineProblem(listing, row) }];
  });
}

/** The unit price a line is shown at: its variant's, else the listing's (a line naming no valid variant has a problem saying so). */
export function unitPriceNow(listing: PurchasableListing, variantId: string | null): number {
  return cartLinePriceMinor(listing, variantId) ?? listing.priceMinor;
}

/** A listing anyone may see and so put in a cart: its shop approved, and itself active or paused (a draft never was public). */
export function isPublicListing(listing: PurchasableListing): boolean {
  return listing.producerStatus === 'approved' && (listing.row.status === 'active' || listing.row.status === 'paused');
}

/** A new price does not stop a purchase: the buyer only has to see it. */
function blocksPurchase(problem: PricedLineProblem | null): boolean {
  return problem !== null && problem.code !== 'price_changed';
}

/**
 * What the lines that can be bought now come to, per seller with shipping, in the cart's currency;
 * an empty cart answers in `marketplaceCurrency`, the one the marketplace settles in.
 */
function cartTotals(lines: CartLine[], marketplaceCurrency: string): OrderTotals & { currency: string } {
  const currency = lines[0]?.listing.currency ?? marketplaceCurrency;
  // Listings are priced in the marketplace currency; one left in another (priced before a change of
  // configuration) could not be added to these sums.
  const payable = lines.filter((line) => line.listing.currency === currency && !blocksPurchase(line.problem));
  const rules = new Map<string, ShippingRule>(lines.map((line) => [line.listing.seller, line.listing.shipping]));
  const totals = orderTotals(
    payable.map((line) => ({ sellerKey: line.listing.seller, unitPriceMinor: line.unitPriceMinor, quantity: line.quantity })),
    rules,
  );
  return { ...totals, currency };
}

/**
 * Sets the quantity of one line, adding it if new, and remembers the price the buyer sees now.
 * A listing that was never public, or no longer is, is 404; a paused one says it is not for sale; one
 * of the buyer's own shop (or of a network they lead) is 409 `own_listing`.
 */
export async function putCartLine(db: Executor, userId: string, input: CartLineInput): Promise<void> {
  const listing = (await loadPurchasableListings(db, [input.listingId])).get(input.listingId);
  if (!listing || !isPublicListing(listing)) throw new AppError('listing_not_found');
  await refuseOwnListings(db, userId, [listing]);
  const variantId = input.variantId ?? null;
  const problem = cartLineProblem(listing, { variantId, quantity: input.quantity });
  if (problem) throw cartLineError(problem);
  const seenPriceMinor = cartLinePriceMinor(listing, variantId)!;
  // No more lines than one order may have, so no cart's total can pass what a total can hold.
  const lines = await db.select({ listingId: cartItems.listingId, variantId: cartItems.variantId }).from(cartItems).where(eq(cartItems.userId, userId));
  const isNew = !lines.some((line) => line.listingId === input.listingId && line.variantId === variantId);
  if (isNew && lines.length >= LIMITS.orderLines) throw new AppError('cart_full');
  await db
    .insert(cartItems)
    .values({ userId, listingId: input.listingId, variantId, quantity: input.quantity, seenPriceMinor })
    .onConflictDoUpdate({
      target: [cartItems.userId, cartItems.listingId, cartItems.variantId],
      set: { quantity: input.quantity, seenPriceMinor, updatedAt: new Date() },
    });
}

/** Removes one of the buyer's own lines; anyone else's, or none, is 404 and nothing changes. */
export async function removeCartLine(db: Executor, userId: string, lineId: string): Promise<void> {
  const [removed] = await db
    .delete(cartItems)
    .where(and(eq(cartItems.id, lineId), eq(cartItems.userId, userId)))
    .returning({ id: cartItems.id });
  if (!removed) throw new AppError('cart_item_not_found');
}

const problemMessages = defineMessages({
  invalid_quantity: { fa: 'تعداد این ردیف معتبر نیست.', en: 'The quantity of this line is not valid.' },
  not_available: { fa: 'این محصول اکنون فروخته نمی‌شود.', en: 'This listing is not for sale right now.' },
  variant_required: { fa: 'یکی از گونه‌های این محصول را انتخاب کنید.', en: "Choose one of this listing's variants." },
  unknown_variant: { fa: 'این گونه دیگر عرضه نمی‌شود.', en: 'This variant is no longer offered.' },
  below_minimum: { fa: 'حداقل سفارش این محصول {minimum} عدد است.', en: 'The minimum order for this listing is {minimum}.' },
  insufficient_stock: { fa: 'فقط {available} عدد از این محصول موجود است.', en: 'Only {available} of this listing are in stock.' },
  out_of_stock: { fa: 'موجودی این محصول تمام شده است.', en: 'This listing is out of stock.' },
  over_limit: {
    fa: 'قیمت، تعداد یا هزینهٔ ارسال این ردیف از بیشینهٔ مجاز بیشتر است و نمی‌توان آن را خرید؛ ردیف را حذف کنید یا کم کنید.',
    en: 'The price, quantity or shipping fee of this line is past the largest allowed, so it cannot be bought; remove or reduce it.',
  },
  price_changed: { fa: 'قیمت این محصول از {previous} به {current} تغییر کرده است.', en: 'The price of this listing changed from {previous} to {current}.' },
});

/** The refusal a cart line would meet, worded as the API words that error, so a sentence is written once. */
export function lineErrorProblem(code: 'own_listing' | 'listing_not_found', locale: Locale): CartLineProblemResponse {
  return { code, message: translate(errorMessages[code], locale) };
}

function presentProblem(problem: PricedLineProblem, currency: string, locale: Locale): CartLineProblemResponse {
  switch (problem.code) {
    case 'own_listing':
      return lineErrorProblem(problem.code, locale);
    case 'below_minimum':
      return { ...problem, message: translate(problemMessages.below_minimum, locale, { minimum: formatNumber(problem.minimum, locale) }) };
    case 'insufficient_stock':
      return {
        ...problem,
        message:
          problem.available === 0
            ? translate(problemMessages.out_of_stock, locale)
            : translate(problemMessages.insufficient_stock, locale, { available: formatNumber(problem.available, locale) }),
      };
    case 'price_changed':
      return {
        ...problem,
        message: translate(problemMessages.price_changed, locale, {
          previous: formatMoney(problem.previousPriceMinor, currency, locale),
          current: formatMoney(problem.currentPriceMinor, currency, locale),
        }),
      };
    default:
      return { code: problem.code, message: translate(problemMessages[problem.code], locale) };
  }
}

/** What checkout is configured to take: the providers set up, and the one currency Stripe charges in. */
export interface CartPaymentOptions {
  methods: ReadonlyArray<'manual' | 'stripe'>;
  stripeCurrency?: string | undefined;
}

/**
 * The methods checkout will accept for these lines, by the rules it applies: a card only in Stripe's
 * currency, cash on delivery only when every line's seller takes it (a network never does).
 */
function cartPaymentMethods(lines: CartLine[], currency: string, options: CartPaymentOptions): CartResponse['paymentMethods'] {
  const providers = options.methods.filter((method) => method !== 'stripe' || currency === options.stripeCurrency);
  const cod = lines.length > 0 && lines.every((line) => line.listing.acceptsCod);
  return cod ? [...providers, 'cod'] : [...providers];
}

/** The cart as the API shows it: listing cards, each line's problem in the caller's language, totals per seller, and how it may be paid. */
export async function presentCart(db: Executor, lines: CartLine[], locale: Locale, storage: Storage, marketplaceCurrency: string, payment: CartPaymentOptions): Promise<CartResponse> {
  // The lines carry their listings as read for the cart rules: one card each, however many lines.
  const rows = [...new Map(lines.map((line) => [line.listingId, line.listing.row])).values()];
  const cards = new Map((await presentListingSummaries(db, rows, locale, storage)).map((card) => [card.id, card]));
  const totals = cartTotals(lines, marketplaceCurrency);

  const items: CartResponse['items'] = lines.flatMap((line) => {
    const card = cards.get(line.listingId);
    if (!card) return [];
    const variant = line.listing.variants.find((v) => v.id === line.variantId);
    return [
      {
        id: line.id,
        listingId: line.listingId,
        variantId: line.variantId,
        quantity: line.quantity,
        listing: card,
        variant: variant ? { id: variant.id, attributes: variant.attributes } : null,
        unitPriceMinor: line.unitPriceMinor,
        // Only a line past the limits (so over_limit, and counted for nothing) can have a product no total could hold.
        lineTotalMinor: Number.isSafeInteger(line.unitPriceMinor * line.quantity) ? line.unitPriceMinor * line.quantity : 0,
        problem: line.problem && presentProblem(line.problem, line.listing.currency, locale),
      },
    ];
  });

  // Every seller (shop or network) with a line is shown, even one whose lines cannot be bought now: it then ships nothing.
  const sellers = new Map<string, CartResponse['sellers'][number]>();
  for (const line of lines) {
    const card = cards.get(line.listingId);
    const key = line.listing.seller;
    if (!card || sellers.has(key)) continue;
    const fulfilment = totals.fulfilments.find((f) => f.sellerKey === key);
    sellers.set(key, {
      producer: card.seller,
      subtotalMinor: fulfilment?.subtotalMinor ?? 0,
      shippingMinor: fulfilment?.shippingMinor ?? 0,
      totalMinor: fulfilment?.totalMinor ?? 0,
    });
  }

  return {
    items,
    sellers: [...sellers.values()],
    subtotalMinor: totals.subtotalMinor,
    shippingMinor: totals.shippingMinor,
    totalMinor: totals.totalMinor,
    currency: totals.currency,
    paymentMethods: cartPaymentMethods(lines, totals.currency, payment),
    // Checkout refuses any line with a problem, a new price too until the buyer has seen it.
    actions: lines.length > 0 && lines.every((line) => line.problem === null) ? ['checkout'] : [],
  };
}
