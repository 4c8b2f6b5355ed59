import { sellerAccountKinds, type SellerKey, sellerKey } from '@bazaarche/domain';
import { defineMessages, translate } from '@bazaarche/i18n';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../../../errors/app-error.ts';
import { errorResponses } from '../../../errors/error-schema.ts';
import type { Actor } from '../../../plugins/actor.ts';
import { uuidParam } from '../../../schemas/catalogue.ts';
import { findNetwork, leads } from '../../../services/networks/network-access.ts';
import { type DatedStatementLine, sellerStatement } from '../../../services/ledger/seller-statement.ts';

const statementLine = z.object({
  at: z.string(),
  kind: z.enum(['payment_captured', 'fulfilment_delivered', 'commission', 'refund', 'payout', 'bulk_acceptance', 'coordination_fee', 'bulk_payment', 'cod_commission']),
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

const statement = z
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

const csvHeadings = defineMessages({
  date: { fa: 'تاریخ', en: 'Date' },
  kind: { fa: 'رویداد', en: 'Event' },
  account: { fa: 'حساب', en: 'Account' },
  amount: { fa: 'مبلغ (ریال)', en: 'Amount (minor units)' },
  order: { fa: 'سفارش', en: 'Order' },
  fulfilment: { fa: 'مرسوله', en: 'Shipment' },
  reference: { fa: 'مرجع', en: 'Reference' },
});

function presentLine(line: DatedStatementLine): z.infer<typeof statementLine> {
  const reference = line.reference as Partial<Record<'orderId' | 'fulfilmentId' | 'refundId' | 'payoutId', string>>;
  return {
    at: line.at.toISOString(),
    kind: line.kind,
    account: line.account,
    amountMinor: line.amountMinor,
    orderId: reference.orderId ?? null,
    fulfilmentId: reference.fulfilmentId ?? null,
    refundId: reference.refundId ?? null,
    payoutId: reference.payoutId ?? null,
    commissionBps: line.commissionBps,
    coordinationFeeBps: line.coordinationFeeBps,
  };
}

/** A CSV field: quoted when it holds a separator, a quote or a line break; a leading formula sign is neutralised. */
function csvField(value: string | number | null): string {
  const text = value === null ? '' : String(value);
  const safe = /^[=+\-@]/.test(text) && typeof value === 'string' ? `'${text}` : text;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** `currency`: the marketplace currency (`config.currency`), the one the ledger keeps its accounts in. */
export const ledgerRoutes: FastifyPluginAsyncZod<{ currency: string }> = async (app, { currency }) => {
  const db = app.database.db;

  /** Whose statement: the caller's shop by default; a network for its leader; anyone's for an admin. */
  async function accountOf(actor: Actor, { networkId, producerId }: { networkId?: string | undefined; producerId?: string | undefined }): Promise<SellerKey> {
    if (networkId) {
      const network = await findNetwork(db, networkId);
      if (!leads(actor, network)) throw new AppError('forbidden');
      return sellerKey('network', network.id);
    }
    if (producerId && producerId !== actor.producer?.id) {
      if (!actor.isAdmin) throw new AppError('forbidden');
      return sellerKey('producer', producerId);
    }
    if (!actor.producer) throw new AppError('no_shop');
    return sellerKey('producer', actor.producer.id);
  }

  app.get(
    '/ledger/statement',
    {
      preHandler: app.authenticate,
      schema: {
        tags: ['ledger'],
        security: [{ bearer: [] }],
        description:
          'The caller’s shop account (or, with `networkId`, the network the caller leads; admins may name any `producerId` or `networkId`): money held for undelivered orders, payable, earned on bulk orders but not yet funded (`unfundedMinor`), owed to the platform as commission on cash taken on delivery (`owedMinor`, netted from the next payout), paid out, and every entry with its order. `Accept: text/csv` or `?format=csv` gives the entries as CSV, a sales history to show a bank.',
        querystring: z
          .object({
            format: z.enum(['json', 'csv']).optional(),
            /** A network's account: for its leader and admins. */
            networkId: uuidParam.optional(),
            /** Any shop's account: for admins. */
            producerId: uuidParam.optional(),
          })
          .strict(),
        response: { 200: statement, ...errorResponses(401, 403, 404, 422) },
      },
    },
    async (request, reply) => {
      const actor = await app.requireActor(request);
      const found = await sellerStatement(db, await accountOf(actor, request.query));
      const entries = found.lines.map(presentLine);
      const csv = request.query.format === 'csv' || (request.query.format === undefined && request.headers.accept?.includes('text/csv'));
      if (csv) {
        const heading = (key: keyof typeof csvHeadings) => translate(csvHeadings[key], request.locale);
        const rows = [
          [heading('date'), heading('kind'), heading('account'), heading('amount'), heading('order'), heading('fulfilment'), heading('reference')],
          ...entries.map((e) => [e.at, e.kind, e.account, e.amountMinor, e.orderId, e.fulfilmentId, e.refundId ?? e.payoutId]),
        ];
        return reply
          .type('text/csv; charset=utf-8')
          .header('content-disposition', 'attachment; filename="bazaarche-statement.csv"')
          // A string is sent as it is, past the JSON serializer (hence the cast). The byte-order mark
          // makes spreadsheet programs read the Persian as UTF-8.
          .send(`\uFEFF${rows.map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n` as never);
      }
      const { heldMinor, payableMinor, unfundedMinor, owedMinor, paidOutMinor } = found;
      return { seller: found.seller, currency, balance: { heldMinor, payableMinor, unfundedMinor, owedMinor, paidOutMinor }, entries };
    },
  );
};
