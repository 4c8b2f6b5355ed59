import { formatNumber, type Locale } from '@bazaarche/i18n';
import { cartMessages } from '../i18n/messages/cart.ts';
import { translator } from '../i18n/translator.ts';
import { type ApiCaller, deleteCartLine, getCart, putCartLine, quoteCart } from './api.server.ts';
import { cartView, type CartView } from './cart-view.ts';
import { formErrorsFromProblem, type FormErrors } from './form-errors.ts';
import { addToGuestCart, GUEST_CART_MAX_LINES, guestLineKey, removeGuestLine, setGuestLineQuantity, type GuestCartLine } from './guest-cart.ts';
import { readGuestCartCookie, storeGuestCart } from './guest-cart.server.ts';
import type { VisitorContext } from './request-context.server.ts';

type CartField = 'quantity' | 'variantId';

/** What changing the cart came to: the cookie to send for a guest's cart, or why it was refused. */
export type CartChange = { ok: true; setCookie: string | null } | { ok: false; errors: FormErrors<CartField>; status: number };

/** The visitor's cart for the cart page: the account's, or a guest's read from the cookie and priced by the API. */
export async function loadCart(request: Request, context: VisitorContext): Promise<{ cart: CartView; removed: number; setCookie: string | null }> {
  if (context.user) {
    const result = await getCart(context.caller);
    if (!result.ok) throw new Response(null, { status: 503, headers: context.headers });
    return { cart: cartView(result.data, context.locale), removed: 0, setCookie: null };
  }
  const { lines } = await readGuestCartCookie(request);
  const quote = await quoteGuestLines(context.caller, lines);
  if (!quote) throw new Response(null, { status: 503, headers: context.headers });
  // A listing that is gone or no longer public leaves the cart; the page says how many went.
  const gone = new Set(quote.items.filter((item) => item.listing === null).map((item) => guestLineKey(item)));
  const kept = lines.filter((line) => !gone.has(guestLineKey(line)));
  return {
    cart: cartView(quote, context.locale),
    removed: lines.length - kept.length,
    setCookie: kept.length === lines.length ? null : await storeGuestCart(kept),
  };
}

/** Puts `quantity` more of a listing (one variant of it) in the visitor's cart. */
export async function addToCart(request: Request, context: VisitorContext, added: GuestCartLine): Promise<CartChange> {
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
  // The line as it would be, judged by the API as it judges an account's line when it is put.
  const line = next.lines.find((candidate) => guestLineKey(candidate) === guestLineKey(added))!;
  const quote = await quoteGuestLines(context.caller, [line]);
  if (!quote) return { ok: false, errors: { fields: {}, form: [translator(context.locale)('error.unavailable')] }, status: 503 };
  const problem = quote.items[0]?.problem;
  if (problem) {
    const field: CartField = problem.code === 'variant_required' || problem.code === 'unknown_variant' ? 'variantId' : 'quantity';
    return { ok: false, errors: { fields: { [field]: problem.message }, form: [] }, status: 409 };
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

/** A guest's lines priced by the API; null when it does not answer. */
async function quoteGuestLines(caller: ApiCaller, lines: readonly GuestCartLine[]) {
  const result = await quoteCart(caller, { items: lines.map((line) => ({ listingId: line.listingId, variantId: line.variantId, quantity: line.quantity })) });
  return result.ok ? result.data : null;
}
