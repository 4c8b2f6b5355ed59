import { createCookie } from '@remix-run/node';
import { serverConfig } from '../config.server.ts';

const oneYearInSeconds = 60 * 60 * 24 * 365;
const maxNetworks = 10;
const maxBulkOrdersPerNetwork = 30;
const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The networks and bulk orders this browser founded or created. The API has no listing of a person's
 * networks (GET /v1/me's `networks` is always empty) nor of a network's bulk orders, so the dashboard
 * links to what it was told the ids of. A cookie of its own, like the guest cart, so token renewals
 * rewriting the session cannot undo it.
 */
const workCookie = createCookie('bazaarche_work', {
  path: '/dashboard',
  httpOnly: true,
  sameSite: 'lax',
  secure: serverConfig.secureCookies,
  secrets: [serverConfig.sessionSecret],
  maxAge: oneYearInSeconds,
});

/** Network id → the ids of its bulk orders, newest first. */
export type KnownWork = Record<string, string[]>;

export async function readKnownWork(request: Request): Promise<KnownWork> {
  const value: unknown = await workCookie.parse(request.headers.get('Cookie'));
  if (typeof value !== 'object' || value === null) return {};
  const known: KnownWork = {};
  for (const [networkId, orders] of Object.entries(value)) {
    if (!uuid.test(networkId) || !Array.isArray(orders)) continue;
    known[networkId] = orders.filter((id): id is string => typeof id === 'string' && uuid.test(id)).slice(0, maxBulkOrdersPerNetwork);
  }
  return known;
}

/** Remembers a network, and one of its bulk orders when given; answers the Set-Cookie value. */
export async function rememberWork(request: Request, networkId: string, bulkOrderId?: string): Promise<string> {
  const known = await readKnownWork(request);
  const orders = known[networkId] ?? [];
  const next: KnownWork = { [networkId]: bulkOrderId ? [bulkOrderId, ...orders.filter((id) => id !== bulkOrderId)].slice(0, maxBulkOrdersPerNetwork) : orders };
  for (const [id, ids] of Object.entries(known)) if (id !== networkId && Object.keys(next).length < maxNetworks) next[id] = ids;
  return workCookie.serialize(next);
}
