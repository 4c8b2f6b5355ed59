import { LIMITS } from '@bazaarche/domain';
import { z } from 'zod';
import { categorySlug, currencyCode, minorAmount, quantity, text, uuid } from '../../../schemas/primitives.ts';

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
export const orderBody = z.object({ imageIds: z.array(uuid).max(10) }).strict();
