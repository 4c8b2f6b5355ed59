import { z } from 'zod';

const text = (max: number) => z.string().trim().min(1).max(max);
const money = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);

export const shopBody = z
  .object({
    shopName: text(80),
    provinceCode: z.string().regex(/^IR-\d{2}$/),
    city: text(80),
    trades: z.array(z.string().min(1).max(60)).min(1).max(10),
    licenseNo: z.string().trim().max(40).optional(),
    bio: z.string().trim().max(2000).optional(),
    shippingFeeMinor: money.optional(),
    freeShippingAboveMinor: money.nullable().optional(),
    /** Whether the shop takes cash on delivery; off unless the shop turns it on. */
    acceptsCod: z.boolean().optional(),
    /** Where payouts go; spaces and Persian digits are fine, it is checked and normalised. */
    payoutSheba: z.string().max(60).nullable().optional(),
    /** A Stripe Connect account for payouts by transfer, when card payments are on. */
    stripeAccountId: z.string().regex(/^acct_[A-Za-z0-9]{6,40}$/).nullable().optional(),
  })
  .strict();

export const shopPatch = shopBody.partial().strict();
