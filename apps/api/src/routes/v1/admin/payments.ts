import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorResponses } from '../../../errors/error-schema.ts';
import { bankTransfersPage, bankTransfersQuery } from '../../../schemas/payments.ts';
import { listBankTransfers } from '../../../services/payments/list-bank-transfers.ts';

/** Bank transfers to the platform's account, for finance to match (the parent scope checks who calls). */
export const adminPaymentRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.database.db;

  app.get(
    '/payments',
    {
      schema: {
        tags: ['admin'],
        security: [{ bearer: ['finance'] }],
        description:
          'Bank-transfer payments for platform finance (a `finance` member or an admin), newest first: by default those still waiting for the money, each with the exact amount, the reference the buyer was told to quote, when the order expires unpaid, its buyer and its sellers. `reference` finds the payment a statement line names (digits in any script, spaces ignored, as `POST /v1/payments/{id}/confirm` reads them). Confirm one with that route.',
        querystring: bankTransfersQuery,
        response: { 200: bankTransfersPage, ...errorResponses(401, 403, 422) },
      },
    },
    async (request) => listBankTransfers(db, request.query),
  );
};
