import { cartLineProblem, type ShippingRule } from '@bazaarche/domain';
import { formatNumber, type Locale } from '@bazaarche/i18n';
import { cartMessages } from '../i18n/messages/cart.ts';
import { translator } from '../i18n/translator.ts';
import { type ApiCaller, deleteCartLine, getCart, getListing, getNetwork, getShop, putCartLine } from './api.server.ts';
import { accountCartView, cartListing, guestCartView, problemMessage, type CartView } from './cart-view.ts';
import type { Listing } from './catalogue-types.ts';
import { formErrorsFromProblem, type FormErrors } from './form-errors.ts';
import { addToGuestCart, GUEST_CART_MAX_LINES, guestLineKey, removeGuestLine, setGuestLineQuantity, type GuestCartLine } from './guest-cart.ts';
import { readGuestCartCookie, storeGuestCart } from './guest-cart.server.ts';
import type { VisitorContext } from './request-context.server.ts';
import { listingSeller } from './seller-view.ts';

type CartField = 'quantity' | 'variantId';

/** What changing the cart came to: the cookie to send for a guest's cart, or why it was refused. */
export type CartChange = { ok: true; setCookie: string | null } | { ok: false; errors: FormErrors<CartField>; status: number };

/** The visitor's cart for the cart page: the account's, or a guest's read from the cookie. */
export async function loadCart(request: Request, context: VisitorContext): Promise<{ cart: CartView; removed: number; setCookie: string | null }> {
  if (context.user) {
    const result = await getCart(context.caller);
    if (!result.ok) throw new Response(null, { status: 503, headers: context.headers });
    return { cart: accountCartView(result.data, context.locale), removed: 0, setCookie: null };
  }
  const { lines } = await readGuestCartCookie(request);
  const listings = await readListings(context.caller, lines);
  // A listing that is gone or no longer public leaves the cart; the page says how many went.
  const kept = lines.filter((line) => listings.has(line.listingId));
  const shipping = await readShippingRules(context.caller, [...listings.values()]);
  return {
    cart: guestCartView(kept, listings, shipping, context.locale),
    removed: lines.length - kept.length,
    setCookie: kept.length === lines.length ? null : await storeGuestCart(kept),
  };
}

/** Puts `quantity` more of a listing (one variant of it) in the visitor's cart. */
export async function addToCart(request: Request, context: VisitorContext, listing: Listing, added: GuestCartLine): Promise<CartChange> {
  if (context.user) {
    const held = await getCart(context.caller);
    if (!held.ok) return refused(held.problem, context.locale);
    const existing = held.data.items.find((item) => guestLineKey(item) === guestLineKey(added));
    return putAccountLine(context, { ...added, quantity: (existing?.quantity ?? 0) + added.quantity });
  }
  const { lines } = await readGuestCartCookie(request);
  const next = addToGuestCart(lines, added);
  if (!next.ok) {
    const full = translator(context.locale, cartMessages)('cart.full', { max: formatNumber(GUEST_CART_MAX_LINES, context.locale) });
    return { ok: false, errors: { fields: {}, form: [full] }, status: 409 };
  }
  const line = next.lines.find((candidate) => guestLineKey(candidate) === guestLineKey(added))!;
  const problem = cartLineProblem(cartListing(listing), line);
  if (problem) {
    const field: CartField = problem.code === 'variant_required' || problem.code === 'unknown_variant' ? 'variantId' : 'quantity';
    return { ok: false, errors: { fields: { [field]: problemMessage(problem, context.locale) }, form: [] }, status: 409 };
  }
  return { ok: true, setCookie: await storeGuestCart(next.lines) };
}

/**
 * Sets one line's quantity. An account's line is checked by the API; a guest's is checked when the
 * cart is shown again, where its problem appears beside it as for an account's line.
 */
export async function setCartLineQuantity(
  request: Request,
  context: VisitorContext,
  line: { id: string; listingId: string; variantId: string | null; quantity: number },
): Promise<CartChange> {
  if (context.user) return putAccountLine(context, line);
  const { lines } = await readGuestCartCookie(request);
  return { ok: true, setCookie: await storeGuestCart(setGuestLineQuantity(lines, line.id, line.quantity)) };
}

export async function removeCartLine(request: Request, context: VisitorContext, lineId: string): Promise<CartChange> {
  if (context.user) {
    const result = await deleteCartLine(context.caller, lineId);
    // Already gone (another tab) is what was asked for.
    if (result.ok || result.problem.status === 404) return { ok: true, setCookie: null };
    return refused(result.problem, context.locale);
  }
  const { lines } = await readGuestCartCookie(request);
  return { ok: true, setCookie: await storeGuestCart(removeGuestLine(lines, lineId)) };
}

async function putAccountLine(context: VisitorContext, line: { listingId: string; variantId: string | null; quantity: number }): Promise<CartChange> {
  const result = await putCartLine(context.caller, {
    listingId: line.listingId,
    ...(line.variantId ? { variantId: line.variantId } : {}),
    quantity: line.quantity,
  });
  return result.ok ? { ok: true, setCookie: null } : refused(result.problem, context.locale);
}

function refused(problem: Parameters<typeof formErrorsFromProblem>[0], locale: Locale): CartChange {
  const errors = formErrorsFromProblem<CartField>(problem, locale, (field) => (field === 'variantId' ? 'variantId' : field === 'quantity' ? 'quantity' : null));
  // A refusal about stock or state has no field in the API's answer; it is about how many, so it goes by the quantity.
  if (problem.status === 409 && errors.form.length === 1 && Object.keys(errors.fields).length === 0) {
    return { ok: false, errors: { fields: { quantity: errors.form[0]! }, form: [] }, status: 409 };
  }
  return { ok: false, errors, status: problem.status || 503 };
}

async function readListings(caller: ApiCaller, lines: readonly GuestCartLine[]): Promise<Map<string, Listing>> {
  const ids = [...new Set(lines.map((line) => line.listingId))];
  const results = await Promise.all(ids.map(async (id) => ({ id, result: await getListing(caller, id) })));
  const listings = new Map<string, Listing>();
  for (const { id, result } of results) {
    if (result.ok) listings.set(id, result.data);
    // Anything but "there is no such public listing" is the API failing, not the line.
    else if (result.problem.status !== 404 && result.problem.status !== 422) throw new Response(null, { status: 503 });
  }
  return listings;
}

/** Each seller's shipping rule, read from its public page (a network listing ships by its network's rule); one that does not answer is left out. */
async function readShippingRules(caller: ApiCaller, listings: readonly Listing[]): Promise<Map<string, ShippingRule>> {
  const sellers = new Map(listings.map((listing) => [listingSeller(listing).id, listingSeller(listing)]));
  const rules = await Promise.all(
    [...sellers.values()].map(async (seller): Promise<Array<[string, ShippingRule]>> => {
      if (seller.kind === 'network') {
        const network = await getNetwork(caller, seller.id);
        return network.ok ? [[seller.id, network.data.shipping]] : [];
      }
      const shop = await getShop(caller, seller.slug);
      return shop.ok ? [[seller.id, { flatFeeMinor: shop.data.shipping.feeMinor, freeAboveMinor: shop.data.shipping.freeAboveMinor }]] : [];
    }),
  );
  return new Map(rules.flat());
}
