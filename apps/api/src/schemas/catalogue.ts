import { LIMITS, listingStatuses } from '@bazaarche/domain';
import { z } from 'zod';
import { pageOf, paginationQuery } from './pagination.ts';
import { categorySlug, currencyCode, minorAmount, provinceCode, quantity, text, uuid } from './primitives.ts';

export { uuid as uuidParam } from './primitives.ts';
const namedRef = z.object({ slug: z.string(), name: z.string() });
const provinceRef = z.object({ code: z.string(), name: z.string() }).meta({ id: 'ProvinceRef' });

const producerStatus = z.enum(['pending', 'approved', 'rejected']);

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

/** One thing named by its id in the path. */
export const idParams = z.object({ id: uuid });

// Taxonomy.

const province = z
  .object({ code: z.string(), nameFa: z.string(), nameEn: z.string(), name: z.string().meta({ description: 'In the request language' }) })
  .meta({ id: 'Province' });

export interface CategoryNode {
  slug: string;
  nameFa: string;
  nameEn: string;
  name: string;
  children: CategoryNode[];
}

const category: z.ZodType<CategoryNode> = z
  .object({
    slug: z.string(),
    nameFa: z.string(),
    nameEn: z.string(),
    name: z.string(),
    get children() {
      return z.array(category);
    },
  })
  .meta({ id: 'Category' });

export const provincesResponse = z.object({ items: z.array(province) });
export const categoriesResponse = z.object({ items: z.array(category) });

// Shops.

const fee = minorAmount({ max: LIMITS.shippingFeeMinor });

export const shopBody = z
  .object({
    shopName: text(80),
    provinceCode,
    city: text(80),
    trades: z.array(categorySlug).min(1).max(10),
    licenseNo: text(40, { min: 0 }).optional(),
    bio: text(2000, { min: 0 }).optional(),
    shippingFeeMinor: fee.optional(),
    freeShippingAboveMinor: fee.nullable().optional(),
    /** Whether the shop takes cash on delivery; off unless the shop turns it on. */
    acceptsCod: z.boolean().optional(),
    /** Where payouts go; spaces and Persian digits are fine, it is checked and normalised. */
    payoutSheba: text(60, { min: 0 }).nullable().optional(),
    /** A Stripe Connect account for payouts by transfer, when card payments are on. */
    stripeAccountId: z.string().max(45).regex(/^acct_[A-Za-z0-9]{6,40}$/).nullable().optional(),
  })
  .strict();

export const shopPatch = shopBody.partial().strict();

// One name at this position for both methods (a shop's id to edit it, its slug to read it): OpenAPI allows no other.
export const shopIdParams = z.object({ producer: uuid });
export const shopSlugParams = z.object({ producer: text(80) });

export const shopPage = producer
  .omit({ licenseNo: true, rejectionReason: true, approvedAt: true, payoutSheba: true, stripeAccountId: true })
  .extend({
    licensed: z.boolean(),
    listings: z.array(listingSummary),
    // The licence number and a rejection's reason are for the owner and admins only.
    licenseNo: z.string().nullable().optional(),
    payoutSheba: z.string().nullable().optional(),
    stripeAccountId: z.string().nullable().optional(),
    rejectionReason: z.string().nullable().optional(),
  })
  .meta({ id: 'ShopPage' });

export const producersForReviewQuery = paginationQuery.extend({ status: producerStatus.optional() });

const producerForReview = producer.extend({ owner: z.object({ id: z.string(), name: z.string(), email: z.string() }) }).meta({ id: 'ProducerForReview' });

export const producersForReviewPage = pageOf(producerForReview);

// Listings.

const localizedText = (max: number) =>
  z
    .object({
      fa: text(max),
      en: text(max, { min: 0 }).nullish(),
    })
    .strict();

const price = minorAmount({ min: 1 });
const stock = quantity(LIMITS.stock, { min: 0 });

const variant = z
  .object({
    sku: z.string().max(64).regex(/^[A-Za-z0-9._-]{1,64}$/),
    attributes: z.record(z.string().max(32).regex(/^[a-zA-Z][a-zA-Z0-9_]{0,31}$/), text(60)).refine((a) => Object.keys(a).length <= 6, 'at most 6 attributes'),
    priceMinor: price.nullish(),
    stock: stock.nullish(),
  })
  .strict();

const listingFields = {
  title: localizedText(200),
  description: localizedText(5000),
  categorySlug,
  priceMinor: price,
  // Any ISO 4217 code passes the schema, so the OpenAPI document is the same whatever the configuration;
  // the listing services then refuse one that is not the marketplace's currency (422 on `currency`).
  currency: currencyCode,
  stock: stock.nullish(),
  madeToOrder: z.object({ processingDays: z.number().int().min(1).max(365) }).strict().nullish(),
  // More than a line may hold could never be bought.
  minOrderQty: quantity(LIMITS.lineQuantity).optional(),
  variants: z.array(variant).max(LIMITS.orderLines).optional(),
  /** Sell it through this network, of which the shop is an active member; null takes it back to the shop alone. */
  networkId: uuid.nullish(),
};

export const createListingBody = z.object(listingFields).strict();
export const listingPatchBody = z.object(listingFields).partial().strict();
export const reasonBody = z.object({ reason: text(1000, { min: 3 }) }).strict();

export const sellerListingsQuery = paginationQuery.extend({ status: z.enum(listingStatuses).optional() });

// Listing photos.

export const MAX_PHOTO_BYTES = 15 * 1024 * 1024;
/** An image's alternative text as a multipart field: these pass no schema on the way in, so the upload applies it itself. */
export const multipartAlt = text(300, { min: 0 });

/** The multipart form of an upload, for the OpenAPI document only: its parts are streamed and checked as they come. */
export const imageUploadForm = z
  .object({
    file: z.string().max(MAX_PHOTO_BYTES).meta({ format: 'binary', description: 'At most 15 MB' }),
    altFa: multipartAlt.optional(),
    altEn: multipartAlt.optional(),
  })
  .optional();

export const listingImageParams = z.object({ id: uuid, imageId: uuid });

const altText = text(300, { min: 0 }).nullish();
/** An empty change is refused, so a request always says what it sets. */
export const altBody = z
  .object({
    alt: z
      .object({ fa: altText, en: altText })
      .strict()
      .refine((alt) => alt.fa !== undefined || alt.en !== undefined, { error: 'empty_change' }),
  })
  .strict();
export const imageOrderBody = z.object({ imageIds: z.array(uuid).max(10) }).strict();
export const imagesResponse = z.object({ items: z.array(image) });

export type ProducerResponse = z.infer<typeof producer>;
export type ImageResponse = z.infer<typeof image>;
export type ListingResponse = z.infer<typeof listing>;
export type ListingSummaryResponse = z.infer<typeof listingSummary>;
