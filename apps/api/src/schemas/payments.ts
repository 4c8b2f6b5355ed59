import { LIMITS } from '@bazaarche/domain';
import { z } from 'zod';
import { sellerRef } from './catalogue.ts';
import { pageOf, paginationQuery } from './pagination.ts';
import { minorAmount, text, uuid } from './primitives.ts';

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

const paymentMethod = z
  .discriminatedUnion('method', [
    z.object({
      method: z.literal('manual'),
      cardToCard: z.boolean().meta({ description: 'Whether a card number is configured, so card-to-card is accepted beside the Sheba transfer.' }),
    }),
    z.object({ method: z.literal('stripe') }),
  ])
  .meta({ id: 'PaymentMethod' });

export const paymentMethodsResponse = z
  .object({
    /** The marketplace currency (ISO 4217): every listing is priced, every order paid and every payout made in it. */
    currency: z.string(),
    items: z.array(paymentMethod),
  })
  .meta({ id: 'PaymentMethods' });

export type PaymentMethodsResponse = z.infer<typeof paymentMethodsResponse>;

/** What finance may filter bank transfers by: waiting for money, or matched already. */
const bankTransferStatuses = ['pending', 'succeeded'] as const;

export const bankTransfersQuery = paginationQuery.extend({
  status: z.enum(bankTransferStatuses).optional().meta({
    description: '`pending` (the default without `reference`): transfers still to arrive. `succeeded`: those finance has confirmed. With `reference` and no `status`, a payment of any status is found.',
  }),
  reference: text(40)
    .optional()
    .meta({ description: 'The payment reference as a bank statement shows it; Persian or Arabic-Indic digits and spaces are fine.' }),
});

export type BankTransfersQuery = z.infer<typeof bankTransfersQuery>;

const bankTransferForFinance = z
  .object({
    id: z.string().meta({ description: 'The payment, to confirm with `POST /v1/payments/{id}/confirm`.' }),
    orderId: z.string(),
    status: z.string().meta({ description: 'The payment’s status: `pending` until finance confirms it; `succeeded`, `expired`, `cancelled` or a refund state after.' }),
    buyer: z.object({ id: z.string(), name: z.string(), email: z.string() }),
    amountMinor: z.number().int().meta({ description: 'The exact amount the buyer was asked to send, in minor units of `currency`.' }),
    currency: z.string(),
    reference: z.string().meta({ description: 'The payment reference the buyer was told to quote: ASCII digits.' }),
    createdAt: z.string(),
    expiresAt: z.string().meta({ description: 'When the order is cancelled and its stock returned if the money has not been confirmed.' }),
    confirmedAt: z.string().nullable(),
    bankReference: z.string().nullable().meta({ description: 'The bank’s reference finance recorded on confirming it.' }),
    sellers: z.array(sellerRef),
  })
  .meta({ id: 'BankTransferForFinance' });

export const bankTransfersPage = pageOf(bankTransferForFinance).meta({ id: 'BankTransfersPage' });

export type BankTransfersPage = z.infer<typeof bankTransfersPage>;

export const confirmPaymentBody = z
  .object({
    paymentReference: text(40).optional().meta({ description: 'Bank transfer: the payment reference the buyer wrote in the transfer; Persian digits and spaces are fine.' }),
    bankReference: text(100).optional().meta({ description: 'Bank transfer: the bank’s reference for the transfer on the platform’s statement.' }),
    fulfilmentId: uuid.optional().meta({ description: 'Cash on delivery: the parcel whose cash the seller took.' }),
  })
  .strict()
  // Optional as a whole (a POST without a body reads as null), so that who may confirm is answered before what they must send.
  .nullish();

export const refundBody = z
  .object({
    fulfilmentId: uuid,
    amountMinor: minorAmount({ min: 1, max: LIMITS.orderTotalMinor }),
    reference: text(100).optional().meta({ description: 'The bank’s reference for a transfer back; required unless the payment was by card.' }),
    reason: z.enum(['order_cancelled', 'requested_by_customer', 'goods_returned', 'duplicate']),
  })
  .strict();

export const webhookReceipt = z.object({ received: z.literal(true) });
