import { listingStatuses } from '@bazaarche/domain';
import { z } from 'zod';

export { uuid as uuidParam } from './primitives.ts';
const namedRef = z.object({ slug: z.string(), name: z.string() });
const provinceRef = z.object({ code: z.string(), name: z.string() }).meta({ id: 'ProvinceRef' });

export const producerStatus = z.enum(['pending', 'approved', 'rejected']);

export const producer = z
  .object({
    id: z.string(),
    slug: z.string(),
    shopName: z.string(),
    province: provinceRef,
    city: z.string(),
    trades: z.array(namedRef),
    licenseNo: z.string().nullable(),
    bio: z.string().nullable(),
    status: producerStatus,
    rejectionReason: z.string().nullable(),
    shipping: z
      .object({ feeMinor: z.number().int(), freeAboveMinor: z.number().int().nullable(), currency: z.string() })
      .meta({ description: 'A flat fee per order from this shop; free at or above `freeAboveMinor` (null: never free)' }),
    acceptsCod: z.boolean().meta({ description: 'Whether buyers may pay this shop in cash on delivery (`paymentMethod: "cod"`).' }),
    /** Where payouts go: shown to the owner and admins only. */
    payoutSheba: z.string().nullable(),
    stripeAccountId: z.string().nullable(),
    createdAt: z.string(),
    approvedAt: z.string().nullable(),
  })
  .meta({ id: 'Producer' });

export const image = z
  .object({
    id: z.string(),
    width: z.number().int(),
    height: z.number().int(),
    placeholder: z.string().meta({ description: 'ThumbHash, base64' }),
    alt: z.object({ fa: z.string().nullable(), en: z.string().nullable() }),
    variants: z.array(z.object({ format: z.enum(['webp', 'avif']), width: z.number().int(), url: z.string() })),
  })
  .meta({ id: 'Image' });

const localized = z.object({ fa: z.string(), en: z.string().nullable() });
const madeToOrder = z.object({ processingDays: z.number().int() }).nullable();

const networkRef = z.object({ id: z.string(), slug: z.string(), name: z.string() }).meta({ id: 'NetworkRef' });

/**
 * Who a buyer buys from: a shop, or a network for a network listing. `shopName` is the network's name
 * for a network, so one field names either.
 */
export const sellerRef = z
  .object({ kind: z.enum(['producer', 'network']), id: z.string(), slug: z.string(), shopName: z.string() })
  .meta({ id: 'SellerRef' });

export const listingSummary = z
  .object({
    id: z.string(),
    status: z.enum(listingStatuses),
    title: localized,
    name: z.string().meta({ description: 'The title in the request language, Persian when there is no English one' }),
    category: namedRef,
    priceMinor: z.number().int(),
    currency: z.string(),
    madeToOrder,
    inStock: z.boolean(),
    cover: image.nullable(),
    seller: sellerRef,
  })
  .meta({ id: 'ListingSummary' });

export const listing = z
  .object({
    id: z.string(),
    status: z.enum(listingStatuses),
    title: localized,
    description: localized,
    category: namedRef,
    priceMinor: z.number().int(),
    currency: z.string(),
    stock: z.number().int().nullable(),
    madeToOrder,
    minOrderQty: z.number().int(),
    /** Whether one can be ordered now: made to order, or some of it (of a variant, when it has them) in stock. */
    inStock: z.boolean(),
    /** Units a buyer can order now, of a listing without variants; null when made to order (or when the variants hold the stock: see theirs). */
    unitsAvailable: z.number().int().nullable(),
    variants: z.array(
      z.object({
        id: z.string(),
        sku: z.string(),
        attributes: z.record(z.string(), z.string()),
        priceMinor: z.number().int().nullable(),
        stock: z.number().int().nullable(),
        /** Units of this variant a buyer can order now; null when made to order. */
        unitsAvailable: z.number().int().nullable(),
      }),
    ),
    images: z.array(image),
    seller: z.object({ id: z.string(), slug: z.string(), shopName: z.string(), province: provinceRef, city: z.string() }),
    /** The network that sells it, when it is a network listing: orders for it go to the network, and the buyer deals with the network alone. */
    network: networkRef.nullable(),
    rejectionReason: z.string().nullable(),
    publishedAt: z.string().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Listing' });

export type ProducerResponse = z.infer<typeof producer>;
export type ImageResponse = z.infer<typeof image>;
export type ListingResponse = z.infer<typeof listing>;
export type ListingSummaryResponse = z.infer<typeof listingSummary>;
