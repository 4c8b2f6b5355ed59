import { redirect, type LoaderFunctionArgs } from '@remix-run/node';
import { getLedgerStatementCsv } from '../lib/api.server.ts';
import { statementDisposition } from '../lib/ledger-view.ts';
import { signedInContext } from '../lib/request-context.server.ts';

/**
 * The shop's statement as CSV, fetched with the session's token and streamed on untouched: the
 * browser has no token of its own to ask the API with, and gets a file named after the shop.
 */
export async function loader({ request }: LoaderFunctionArgs) {
  const { user, caller, headers } = await signedInContext(request);
  if (!user.producer) throw redirect('/dashboard', { headers });
  const result = await getLedgerStatementCsv(caller);
  if (!result.ok || !result.data) throw new Response(null, { status: result.ok ? 503 : result.problem.status === 403 ? 404 : 503, headers });
  headers.set('Content-Type', 'text/csv; charset=utf-8');
  headers.set('Content-Disposition', statementDisposition(user.producer.slug, new Date()));
  headers.set('Cache-Control', 'private, no-store');
  return new Response(result.data as ReadableStream<Uint8Array>, { headers });
}
