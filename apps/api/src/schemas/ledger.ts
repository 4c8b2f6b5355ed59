import { ledgerTransactionKinds, sellerAccountKinds } from '@bazaarche/domain';
import { z } from 'zod';
import { currencyCode, text, uuid } from './primitives.ts';

export const statementQuery = z
  .object({
    format: z.enum(['json', 'csv']).optional(),
    /** A network's account: for its leader and admins. */
    networkId: uuid.optional(),
    /** Any shop's account: for admins. */
    producerId: uuid.optional(),
  })
  .strict();

const statementLine = z.object({
  at: z.string(),
  kind: z.enum(ledgerTransactionKinds),
  account: z.enum(sellerAccountKinds).meta({
    description:
      '`held`: paid by a buyer, waiting for delivery. `payable`: earned and funded, for a payout. `unfunded`: earned on a bulk order whose buyer has not paid yet. `owed`: commission on cash the seller took on delivery, owed to the platform.',
  }),
  /** From the seller's side: positive when they are owed more (a debt to the platform is negative). */
  amountMinor: z.number().int(),
  orderId: z.string().nullable(),
  fulfilmentId: z.string().nullable(),
  refundId: z.string().nullable(),
  payoutId: z.string().nullable(),
  commissionBps: z.number().int().nullable(),
  /** On a `coordination_fee` line: the network's fee rate, in basis points of the goods. */
  coordinationFeeBps: z.number().int().nullable(),
});
export type StatementLine = z.infer<typeof statementLine>;

export const statement = z
  .object({
    seller: z.string(),
    currency: z.string(),
    balance: z.object({
      /** Paid by buyers, waiting for delivery. */
      heldMinor: z.number().int(),
      /** Earned, funded and not yet paid out. */
      payableMinor: z.number().int(),
      unfundedMinor: z.number().int().meta({ description: 'Earned on bulk orders whose buyer has not paid yet: payable once the money is in, never paid out before.' }),
      owedMinor: z.number().int().meta({ description: 'Commission on cash the seller took on delivery, owed to the platform and netted from the next payout.' }),
      paidOutMinor: z.number().int(),
    }),
    entries: z.array(statementLine),
  })
  .meta({ id: 'LedgerStatement' });
export type Statement = z.infer<typeof statement>;

const shopRef = z.object({ id: z.string(), slug: z.string(), shopName: z.string() });
const networkRef = z.object({ id: z.string(), name: z.string() });

export const payout = z
  .object({ id: z.string(), producer: shopRef.nullable(), network: networkRef.nullable(), amountMinor: z.number().int(), currency: z.string(), destination: z.string(), reference: z.string().nullable(), createdAt: z.string() })
  .meta({ id: 'Payout' });
export type PresentedPayout = z.infer<typeof payout>;

export const payoutOverview = z.object({
  sellers: z.array(z.object({ producer: shopRef, payoutSheba: z.string().nullable(), heldMinor: z.number().int(), payableMinor: z.number().int(), owedMinor: z.number().int() })),
  /** Networks owed coordination fees, paid to their leader's shop account. */
  networks: z.array(z.object({ network: networkRef, payableMinor: z.number().int() })),
  payouts: z.array(payout),
});
export type PayoutOverview = z.infer<typeof payoutOverview>;

export const payoutBody = z
  .object({
    producerId: uuid.optional(),
    networkId: uuid.optional(),
    amountMinor: z.number().int().min(1).max(Number.MAX_SAFE_INTEGER),
    currency: currencyCode,
    method: z.enum(['bank_transfer', 'stripe']).optional(),
    /** The bank's reference for the transfer. */
    reference: text(100).optional(),
  })
  .strict()
  .refine((body) => Boolean(body.producerId) !== Boolean(body.networkId), { message: 'Give exactly one of producerId and networkId', path: ['producerId'] });
