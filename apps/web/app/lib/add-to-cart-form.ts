import type { Locale } from '@bazaarche/i18n';
import { cartMessages } from '../i18n/messages/cart.ts';
import { translator } from '../i18n/translator.ts';
import type { Listing } from './catalogue-types.ts';
import type { FormErrors } from './form-errors.ts';
import { CART_LINE_MAX_QUANTITY, type GuestCartLine } from './guest-cart.ts';
import { parseWholeNumber } from './number-input.ts';

type AddToCartField = 'quantity' | 'variantId';

export interface AddToCartValues {
  variantId: string;
  quantity: string;
}

export type AddToCartRead = { ok: true; line: GuestCartLine } | { ok: false; errors: FormErrors<AddToCartField> };

/**
 * The add-to-cart form as a cart line, or what to fix first: a quantity that is a whole number in
 * any digits. Which variant it must be, stock and minimum are the cart's rules, answered by the API
 * when the line is put.
 */
export function readAddToCartForm(values: AddToCartValues, listing: Pick<Listing, 'id' | 'variants'>, locale: Locale): AddToCartRead {
  const quantity = readQuantity(values.quantity);
  if (quantity === null) return { ok: false, errors: { fields: { quantity: translator(locale, cartMessages)('cart.quantityInvalid') }, form: [] } };
  // A variant sent for a listing without any is a stale form, not a choice.
  return { ok: true, line: { listingId: listing.id, variantId: listing.variants.length > 0 ? values.variantId || null : null, quantity } };
}

/** A cart line's new quantity from the cart page's box, or null when it is not one. */
export function readQuantity(text: string): number | null {
  const quantity = parseWholeNumber(text);
  return quantity.kind === 'number' && quantity.value >= 1 && quantity.value <= CART_LINE_MAX_QUANTITY ? quantity.value : null;
}
