import { z } from 'zod';

const localizedText = (max: number) =>
  z
    .object({
      fa: z.string().trim().min(1).max(max),
      en: z.string().trim().max(max).nullish(),
    })
    .strict();

const money = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);
const quantity = z.number().int().min(0).max(1_000_000);

const variant = z
  .object({
    sku: z.string().regex(/^[A-Za-z0-9._-]{1,64}$/),
    attributes: z.record(z.string().regex(/^[a-zA-Z][a-zA-Z0-9_]{0,31}$/), z.string().trim().min(1).max(60)).refine((a) => Object.keys(a).length <= 6, 'at most 6 attributes'),
    priceMinor: money.nullish(),
    stock: quantity.nullish(),
  })
  .strict();

const listingFields = {
  title: localizedText(200),
  description: localizedText(5000),
  categorySlug: z.string().min(1).max(60),
  priceMinor: money,
  // Any ISO 4217 code passes the schema, so the OpenAPI document is the same whatever the configuration;
  // the listing services then refuse one that is not the marketplace's currency (422 on `currency`).
  currency: z.string().regex(/^[A-Z]{3}$/),
  stock: quantity.nullish(),
  madeToOrder: z.object({ processingDays: z.number().int().min(1).max(365) }).strict().nullish(),
  minOrderQty: z.number().int().min(1).max(100_000).optional(),
  variants: z.array(variant).max(50).optional(),
  /** Sell it through this network, of which the shop is an active member; null takes it back to the shop alone. */
  networkId: z.string().uuid().nullish(),
};

export const createListingBody = z.object(listingFields).strict();
export const listingPatchBody = z.object(listingFields).partial().strict();
export const reasonBody = z.object({ reason: z.string().trim().min(3).max(1000) }).strict();
export const altBody = z.object({ alt: z.object({ fa: z.string().trim().max(300).nullish(), en: z.string().trim().max(300).nullish() }).strict() }).strict();
export const orderBody = z.object({ imageIds: z.array(z.string().uuid()).max(10) }).strict();
