import { fulfilmentCallerActions, fulfilmentStatuses, LIMITS, orderCallerActions, orderStatuses } from '@bazaarche/domain';
import { z } from 'zod';
import { sellerRef } from './catalogue.ts';
import { paginationQuery } from './pagination.ts';
import { bankTransfer } from './payments.ts';
import { quantity, text, uuid } from './primitives.ts';

/** Digits may come in Persian or Arabic-Indic; the address rules normalise and check them. */
const shippingAddress = z
  .object({
    recipientName: text(200, { min: 0 }),
    phone: text(40, { min: 0 }),
    provinceCode: text(10, { min: 0 }),
    city: text(200, { min: 0 }),
    addressLine: text(500, { min: 0 }),
    postalCode: text(40, { min: 0 }),
  })
  .strict()
  .meta({ id: 'ShippingAddress' });

const orderLineInput = z
  .object({
    listingId: uuid,
    variantId: uuid.nullish(),
    quantity: quantity(LIMITS.lineQuantity),
  })
  .strict();

export const checkoutBody = z
  .object({
    shippingAddress,
    paymentMethod: z.enum(['manual', 'stripe', 'cod']).meta({
      description:
        '`manual`: a bank transfer to the platform’s account, confirmed by platform finance against the payment reference. `stripe`: a card, through Stripe Checkout. `cod`: cash to the seller at the door, when every shop in the order takes it (`acceptsCod`); the order does not wait for payment.',
    }),
    items: z.array(orderLineInput).min(1).max(LIMITS.orderLines).optional(),
  })
  .strict()
  .meta({ id: 'CheckoutRequest' });

const orderLine = z.object({
  id: z.string(),
  listingId: z.string(),
  variantId: z.string().nullable(),
  title: z.object({ fa: z.string(), en: z.string().nullable() }),
  /** The title in the caller's language. */
  name: z.string(),
  variantAttributes: z.record(z.string(), z.string()).nullable(),
  unitPriceMinor: z.number().int(),
  quantity: z.number().int(),
  lineTotalMinor: z.number().int(),
  /** Made to order: the day the seller promised to dispatch by. */
  shipBy: z.string().nullable(),
});

/** What the caller may do to an order now, each named after its POST route; the route still decides. */
const orderAction = z.enum(orderCallerActions).meta({
  id: 'OrderAction',
  description: '`cancel`: POST /v1/orders/:id/cancel. `confirm_payment`: POST /v1/payments/:id/confirm for a bank transfer (finance). `refund`: POST /v1/payments/:id/refunds (admins).',
});

/** What the caller may do to a fulfilment now, each named after its POST route; the route still decides. */
const fulfilmentAction = z.enum(fulfilmentCallerActions).meta({
  id: 'FulfilmentAction',
  description:
    '`assign`, `ship`, `deliver`: POST /v1/fulfilments/:id/assign, /ship, /deliver. `confirm_cod`: POST /v1/payments/:id/confirm with this `fulfilmentId`, the cash taken at the door, which delivers a cash-on-delivery parcel in place of `deliver`.',
});

const fulfilmentResponse = z
  .object({
    id: z.string(),
    seller: sellerRef,
    /** The member a network gave its part to, shown to the network's leader, that member and admins; null for the buyer, who deals with the network. */
    assignee: z.object({ producerId: z.string(), shopName: z.string() }).nullable(),
    status: z.enum(fulfilmentStatuses),
    subtotalMinor: z.number().int(),
    shippingMinor: z.number().int(),
    totalMinor: z.number().int(),
    carrier: z.string().nullable(),
    trackingCode: z.string().nullable(),
    lines: z.array(orderLine),
    actions: z.array(fulfilmentAction),
  })
  .meta({ id: 'Fulfilment' });

export const orderResponse = z
  .object({
    id: z.string(),
    status: z.enum(orderStatuses),
    currency: z.string(),
    subtotalMinor: z.number().int(),
    shippingMinor: z.number().int(),
    totalMinor: z.number().int(),
    shippingAddress,
    createdAt: z.string(),
    /** An unpaid order is cancelled then and its stock returned. */
    expiresAt: z.string(),
    fulfilments: z.array(fulfilmentResponse),
    payment: z
      .object({
        id: z.string(),
        provider: z.enum(['manual', 'stripe', 'cod']),
        status: z.string(),
        amountMinor: z.number().int(),
        currency: z.string(),
        redirectUrl: z.string().optional().meta({ description: 'Stripe, while pending: the Checkout page to send the buyer to.' }),
        transfer: bankTransfer.optional().meta({ description: 'A bank transfer, while pending: the account to send the exact amount to, and the payment reference to quote.' }),
      })
      .nullable(),
    timeline: z.array(z.object({ type: z.string(), at: z.string(), fulfilmentId: z.string().nullable(), data: z.record(z.string(), z.string()) })),
    actions: z.array(orderAction),
  })
  .meta({ id: 'Order' });

export type OrderResponse = z.infer<typeof orderResponse>;

/** Free text as the carrier prints it; no line breaks or other control characters. */
const shipmentText = (max: number) =>
  z
    .string()
    .max(max)
    // Stricter than WELL_FORMED_TEXT (no control character at all), in one pattern so OpenAPI shows one.
    .regex(/^(?:[^\x00-\x1f\x7f\uD800-\uDFFF]|[\uD800-\uDBFF][\uDC00-\uDFFF])*$/, { error: 'control_characters' })
    .trim()
    .min(1);

export const shipFulfilmentBody = z
  .object({ carrier: shipmentText(100), trackingCode: shipmentText(100) })
  .strict()
  .meta({ id: 'ShipFulfilmentRequest' });

/** One seller's parcel with what they need to send it: the order's state, the address, the payment and its timeline. */
export const sellerFulfilmentResponse = z
  .object({
    ...fulfilmentResponse.shape,
    orderId: z.string(),
    orderStatus: z.enum(orderStatuses),
    currency: z.string(),
    placedAt: z.string(),
    shippingAddress,
    payment: orderResponse.shape.payment,
    timeline: orderResponse.shape.timeline,
  })
  .meta({ id: 'SellerFulfilment' });

export const sellerFulfilmentsQuery = paginationQuery.extend({
  status: z.enum(fulfilmentStatuses).optional(),
  unassigned: z.enum(['true', 'false']).transform((v) => v === 'true').optional(),
  networkId: uuid.optional(),
});

/** Repeating a checkout with the same key returns the order it placed. */
export const checkoutHeaders = z.object({ 'idempotency-key': z.string().min(1).max(200).regex(/^[\x21-\x7e]+$/).optional() });

export const assignFulfilmentBody = z.union([z.object({ producerId: uuid }).strict(), z.object({ automatic: z.literal(true) }).strict()]).meta({ id: 'AssignFulfilmentRequest' });

export type SellerFulfilmentResponse = z.infer<typeof sellerFulfilmentResponse>;
