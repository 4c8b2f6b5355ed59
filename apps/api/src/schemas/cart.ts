import { LIMITS } from '@bazaarche/domain';
import { z } from 'zod';
import { listingSummary, sellerRef } from './catalogue.ts';
import { quantity, uuid } from './primitives.ts';

const minor = z.number().int();

export const cartLineBody = z
  .object({
    listingId: uuid,
    /** Required when the listing has variants, refused when it has none. */
    variantId: uuid.nullish(),
    /** The line's new quantity, not an amount to add. */
    quantity: quantity(LIMITS.lineQuantity),
  })
  .strict()
  .meta({ id: 'CartLineRequest' });

/**
 * Why a line cannot be bought as it stands, worded for the buyer; a new price only needs to be seen.
 * `listing_not_found` (no public listing has that id) and `own_listing` (the caller's own shop or a
 * network they lead) come only in a quote: an account's cart refuses such lines when they are put.
 */
const cartLineProblem = z
  .discriminatedUnion('code', [
    z.object({
      code: z.enum(['invalid_quantity', 'not_available', 'variant_required', 'unknown_variant', 'over_limit', 'listing_not_found', 'own_listing']),
      message: z.string(),
    }),
    z.object({ code: z.literal('below_minimum'), message: z.string(), minimum: z.number().int() }),
    z.object({ code: z.literal('insufficient_stock'), message: z.string(), available: z.number().int() }),
    z.object({ code: z.literal('price_changed'), message: z.string(), previousPriceMinor: minor, currentPriceMinor: minor }),
  ])
  .meta({ id: 'CartLineProblem' });

/** What the caller may do with the cart, named after the route that does it. */
const cartActions = z.enum(['checkout']).meta({ id: 'CartAction' });

const cartItem = z
  .object({
    id: z.string(),
    listingId: z.string(),
    variantId: z.string().nullable(),
    quantity: z.number().int(),
    listing: listingSummary,
    variant: z.object({ id: z.string(), attributes: z.record(z.string(), z.string()) }).nullable(),
    /** The price now, whatever the buyer saw when adding the line. */
    unitPriceMinor: minor,
    lineTotalMinor: minor,
    problem: cartLineProblem.nullable(),
  })
  .meta({ id: 'CartItem' });

export const cartResponse = z
  .object({
    items: z.array(cartItem),
    /** One entry per seller (shop, or network for its listings) in the cart, in the order its first line appears; lines with a blocking problem count for nothing. */
    sellers: z.array(
      z.object({
        producer: sellerRef,
        subtotalMinor: minor,
        shippingMinor: minor,
        totalMinor: minor,
      }),
    ),
    subtotalMinor: minor,
    shippingMinor: minor,
    totalMinor: minor,
    currency: z.string(),
    /**
     * The ways this cart may be paid at checkout, in the order to offer them: `manual` (bank transfer)
     * always, `stripe` when card payments are set up for the cart's currency, `cod` (cash on delivery)
     * only when the cart has lines and every seller in it accepts cash at the door.
     */
    paymentMethods: z.array(z.enum(['manual', 'stripe', 'cod'])),
    /** `checkout`: every line can be bought as it stands (a new price seen first), so POST /v1/orders would take it; a guest signs in for it. */
    actions: z.array(cartActions),
  })
  .meta({ id: 'Cart' });

/** A cart given by its lines, for a visitor without an account's cart (a guest's, kept by the storefront). */
export const cartQuoteBody = z
  .object({
    /** Two lines of one listing and variant count as one, their quantities added, as checkout adds them. */
    items: z.array(cartLineBody).max(LIMITS.orderLines),
  })
  .strict()
  .meta({ id: 'CartQuoteRequest' });

const cartQuoteItem = cartItem
  .extend({
    /** A quote's lines are not stored: the id is the line's listing id, followed by `:` and its variant id when it has one. */
    id: z.string(),
    /** Null only with the problem `listing_not_found`: nothing of a listing that is not public is told. */
    listing: listingSummary.nullable(),
  })
  .meta({ id: 'CartQuoteItem' });

/** As the account's cart: the lines priced as they are now, each with its problem, and the sums per seller. */
export const cartQuoteResponse = cartResponse.extend({ items: z.array(cartQuoteItem) }).meta({ id: 'CartQuote' });

export type CartResponse = z.infer<typeof cartResponse>;
export type CartQuoteResponse = z.infer<typeof cartQuoteResponse>;
export type CartLineProblemResponse = z.infer<typeof cartLineProblem>;
