import { ledgerEntries, networks, type Payout, payouts, producers } from '@bazaarche/db';
import { parseAccountKey } from '@bazaarche/domain';
import { desc, eq, inArray, like, or, sql } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../../../errors/app-error.ts';
import { errorResponses } from '../../../errors/error-schema.ts';
import { uuidParam } from '../../../schemas/catalogue.ts';
import { currencyCode, text } from '../../../schemas/primitives.ts';
import { payOut } from '../../../services/ledger/pay-out.ts';
import type { PaymentProvider } from '@bazaarche/payments';

const shopRef = z.object({ id: z.string(), slug: z.string(), shopName: z.string() });
const payout = z
  .object({ id: z.string(), producer: shopRef.nullable(), network: z.object({ id: z.string(), name: z.string() }).nullable(), amountMinor: z.number().int(), currency: z.string(), destination: z.string(), reference: z.string().nullable(), createdAt: z.string() })
  .meta({ id: 'Payout' });

/** Payouts to shops (platform finance, admins included: the parent scope checks). Money is sent by bank transfer, then recorded here. */
export const adminPayoutRoutes: FastifyPluginAsyncZod<{ currency: string; stripe?: PaymentProvider | undefined }> = async (app, { currency, stripe }) => {
  const db = app.database.db;
  const tags = ['admin'];
  const security = [{ bearer: ['finance'] }];

  app.get(
    '/payouts',
    {
      schema: {
        tags,
        security,
        description: 'Every shop the platform holds money for, owes, or is owed by (`owedMinor`: commission on cash the shop took on delivery, netted from its next payout), with its payout Sheba, and the latest 100 payouts.',
        response: {
          200: z.object({
            sellers: z.array(z.object({ producer: shopRef, payoutSheba: z.string().nullable(), heldMinor: z.number().int(), payableMinor: z.number().int(), owedMinor: z.number().int() })),
            /** Networks owed coordination fees, paid to their leader's shop account. */
            networks: z.array(z.object({ network: z.object({ id: z.string(), name: z.string() }), payableMinor: z.number().int() })),
            payouts: z.array(payout),
          }),
          ...errorResponses(401, 403),
        },
      },
    },
    async () => {
      const sums = await db
        .select({ account: ledgerEntries.account, total: sql<number>`sum(${ledgerEntries.amountMinor})`.mapWith(Number) })
        .from(ledgerEntries)
        .where(or(like(ledgerEntries.account, 'held:producer:%'), like(ledgerEntries.account, 'payable:producer:%'), like(ledgerEntries.account, 'owed:producer:%'), like(ledgerEntries.account, 'payable:network:%')))
        .groupBy(ledgerEntries.account);
      const balances = new Map<string, { heldMinor: number; payableMinor: number; owedMinor: number }>();
      const networkPayable = new Map<string, number>();
      for (const { account, total } of sums) {
        const parsed = parseAccountKey(account);
        if (!parsed || !('seller' in parsed)) continue;
        if (parsed.seller.kind === 'network') {
          networkPayable.set(parsed.seller.id, 0 - total);
          continue;
        }
        const entry = balances.get(parsed.seller.id) ?? { heldMinor: 0, payableMinor: 0, owedMinor: 0 };
        // Held and payable are owed by the platform, so credits: read from the seller's side. A debt is a debit, read as it is.
        if (parsed.kind === 'owed') entry.owedMinor = total;
        else entry[parsed.kind === 'held' ? 'heldMinor' : 'payableMinor'] = 0 - total;
        balances.set(parsed.seller.id, entry);
      }
      const shops = balances.size
        ? await db.select().from(producers).where(inArray(producers.id, [...balances.keys()]))
        : [];
      const recent = await db
        .select({ payout: payouts, producer: { id: producers.id, slug: producers.slug, shopName: producers.shopName }, network: { id: networks.id, name: networks.name } })
        .from(payouts)
        .leftJoin(producers, eq(producers.id, payouts.producerId))
        .leftJoin(networks, sql`${payouts.seller} = 'network:' || ${networks.id}::text`)
        .orderBy(desc(payouts.createdAt))
        .limit(100);
      const owedNetworks = networkPayable.size ? await db.select({ id: networks.id, name: networks.name }).from(networks).where(inArray(networks.id, [...networkPayable.keys()])) : [];
      return {
        networks: owedNetworks.map((network) => ({ network, payableMinor: networkPayable.get(network.id)! })).filter((n) => n.payableMinor !== 0),
        sellers: shops
          .map((shop) => ({ producer: { id: shop.id, slug: shop.slug, shopName: shop.shopName }, payoutSheba: shop.payoutSheba, ...balances.get(shop.id)! }))
          .filter((s) => s.heldMinor !== 0 || s.payableMinor !== 0 || s.owedMinor !== 0)
          .sort((a, b) => b.payableMinor - a.payableMinor),
        payouts: recent.map(({ payout: p, producer, network }) =>
          presentPayout(p, producer?.id ? (producer as { id: string; slug: string; shopName: string }) : null, network?.id ? (network as { id: string; name: string }) : null),
        ),
      };
    },
  );

  app.post(
    '/payouts',
    {
      schema: {
        tags,
        security,
        description:
          'Pays a shop out of what it is owed, less what it owes the platform (the debt is settled by the same payout). `bank_transfer` (the default) records a transfer a person made to the shop’s payout Sheba; `stripe` (when card payments are on) makes a Stripe Connect transfer to the shop’s account now. 409 `payout_exceeds_payable` above the payable balance net of the debt (earnings on bulk orders not yet paid for are not payable), `payout_exceeds_cash` above the platform’s cash, or when the shop has no Sheba / Stripe account; 502 when Stripe refuses, with nothing recorded.',
        body: z
          .object({
            producerId: uuidParam.optional(),
            networkId: uuidParam.optional(),
            amountMinor: z.number().int().min(1).max(Number.MAX_SAFE_INTEGER),
            currency: currencyCode,
            method: z.enum(['bank_transfer', 'stripe']).optional(),
            /** The bank's reference for the transfer. */
            reference: text(100).optional(),
          })
          .strict()
          .refine((body) => Boolean(body.producerId) !== Boolean(body.networkId), { message: 'Give exactly one of producerId and networkId', path: ['producerId'] }),
        response: { 201: payout, ...errorResponses(401, 403, 404, 409, 422, 502) },
      },
    },
    async (request, reply) => {
      const actor = await app.requireActor(request);
      // Payouts are in the currency the marketplace settles in.
      if (request.body.currency !== currency) throw new AppError('currency_mismatch', { fields: [{ field: 'currency', code: 'wrong_currency', value: currency }] });
      const { payout: made, shop, network } = await payOut(db, request.body, actor.userId, { currency, stripe });
      return reply
        .status(201)
        .send(presentPayout(made, shop && { id: shop.id, slug: shop.slug, shopName: shop.shopName }, network && { id: network.id, name: network.name }));
    },
  );
};

function presentPayout(p: Payout, producer: { id: string; slug: string; shopName: string } | null, network: { id: string; name: string } | null) {
  return {
    id: p.id,
    producer,
    network,
    amountMinor: p.amountMinor,
    currency: p.currency,
    destination: p.destination,
    reference: p.reference,
    createdAt: p.createdAt.toISOString(),
  };
}
