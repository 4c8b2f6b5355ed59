import { LIMITS } from '@bazaarche/domain';
import { z } from 'zod';
import { categorySlug, minorAmount, provinceCode, text } from '../../../schemas/primitives.ts';

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
