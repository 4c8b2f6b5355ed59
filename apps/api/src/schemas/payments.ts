import { z } from 'zod';

const bothLanguages = z.object({ fa: z.string(), en: z.string() });

/** Raw values, so the buyer's banking app takes them as pasted; the storefront groups and words them. */
export const bankTransfer = z
  .object({
    holderName: bothLanguages.meta({ description: 'The account holder, as the bank shows it when the transfer is confirmed.' }),
    bankName: bothLanguages,
    sheba: z.string().regex(/^IR\d{24}$/).meta({ description: 'The IBAN to transfer to: `IR` and 24 digits, no spaces.', example: 'IR062960000000100324200001' }),
    cardNumber: z
      .string()
      .regex(/^\d{16}$/)
      .optional()
      .meta({ description: 'The card to pay card-to-card, 16 digits; absent when only Sheba transfers are accepted.' }),
    amountMinor: z.number().int().meta({ description: 'The exact amount to send, in minor units of `currency` (rials for IRR).' }),
    currency: z.string(),
    reference: z
      .string()
      .regex(/^\d+$/)
      .meta({ description: 'The payment reference: digits to write in the transfer’s note or deposit id, which the platform’s finance team matches the money by.' }),
  })
  .meta({ id: 'BankTransfer' });

export const paymentMethod = z
  .discriminatedUnion('method', [
    z.object({
      method: z.literal('manual'),
      cardToCard: z.boolean().meta({ description: 'Whether a card number is configured, so card-to-card is accepted beside the Sheba transfer.' }),
    }),
    z.object({ method: z.literal('stripe') }),
  ])
  .meta({ id: 'PaymentMethod' });

export const paymentMethodsResponse = z.object({ items: z.array(paymentMethod) }).meta({ id: 'PaymentMethods' });

export type PaymentMethodsResponse = z.infer<typeof paymentMethodsResponse>;
