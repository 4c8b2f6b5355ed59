import type { PaymentProvider } from '@bazaarche/payments';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorResponses } from '../../../errors/error-schema.ts';
import { payout, payoutBody, payoutOverview } from '../../../schemas/ledger.ts';
import { getPayoutOverview } from '../../../services/ledger/get-payout-overview.ts';
import { payOut } from '../../../services/ledger/pay-out.ts';

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
        response: { 200: payoutOverview, ...errorResponses(401, 403) },
      },
    },
    async () => getPayoutOverview(db),
  );

  app.post(
    '/payouts',
    {
      schema: {
        tags,
        security,
        description:
          'Pays a shop out of what it is owed, less what it owes the platform (the debt is settled by the same payout). `bank_transfer` (the default) records a transfer a person made to the shop’s payout Sheba; `stripe` (when card payments are on) makes a Stripe Connect transfer to the shop’s account now. 409 `payout_exceeds_payable` above the payable balance net of the debt (earnings on bulk orders not yet paid for are not payable), `payout_exceeds_cash` above the platform’s cash, or when the shop has no Sheba / Stripe account; 502 when Stripe refuses, with nothing recorded.',
        body: payoutBody,
        response: { 201: payout, ...errorResponses(401, 403, 404, 409, 422, 502) },
      },
    },
    async (request, reply) => reply.status(201).send(await payOut(db, request.body, (await app.requireActor(request)).userId, { currency, stripe })),
  );
};
