import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorResponses } from '../../../errors/error-schema.ts';
import { statement, statementQuery } from '../../../schemas/ledger.ts';
import { getLedgerStatement } from '../../../services/ledger/get-ledger-statement.ts';
import { statementCsv } from './statement-csv.ts';

/** `currency`: the marketplace currency (`config.currency`), the one the ledger keeps its accounts in. */
export const ledgerRoutes: FastifyPluginAsyncZod<{ currency: string }> = async (app, { currency }) => {
  const db = app.database.db;

  app.get(
    '/ledger/statement',
    {
      schema: {
        tags: ['ledger'],
        security: [{ bearer: [] }],
        description:
          'The caller’s shop account (or, with `networkId`, the network the caller leads; admins may name any `producerId` or `networkId`): money held for undelivered orders, payable, earned on bulk orders but not yet funded (`unfundedMinor`), owed to the platform as commission on cash taken on delivery (`owedMinor`, netted from the next payout), paid out, and every entry with its order. `Accept: text/csv` or `?format=csv` gives the entries as CSV, a sales history to show a bank.',
        querystring: statementQuery,
        response: { 200: statement, ...errorResponses(401, 403, 404, 422) },
      },
    },
    async (request, reply) => {
      const found = await getLedgerStatement(db, await app.requireActor(request), request.query, currency);
      const csv = request.query.format === 'csv' || (request.query.format === undefined && request.headers.accept?.includes('text/csv'));
      if (!csv) return found;
      return (
        reply
          .type('text/csv; charset=utf-8')
          .header('content-disposition', 'attachment; filename="bazaarche-statement.csv"')
          // A string is sent as it is, past the JSON serializer (hence the cast).
          .send(statementCsv(found.entries, request.locale) as never)
      );
    },
  );
};
