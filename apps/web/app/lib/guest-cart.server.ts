import { createCookie } from '@remix-run/node';
import { serverConfig } from '../config.server.ts';
import { readGuestCart, type GuestCartLine } from './guest-cart.ts';

const thirtyDaysInSeconds = 60 * 60 * 24 * 30;
/** Names of refused lines told after a sign-in: a few are enough to recognise, and the cookie stays small. */
const maxDroppedNames = 5;
const maxNameLength = 60;

/**
 * A cookie of its own rather than a field of the sign-in session: token renewals rewrite that
 * session in any loader, and two writers of one cookie on one response would undo each other.
 */
const cartCookie = createCookie('bazaarche_cart', {
  path: '/',
  httpOnly: true,
  sameSite: 'lax',
  secure: serverConfig.secureCookies,
  secrets: [serverConfig.sessionSecret],
  maxAge: thirtyDaysInSeconds,
});

/** Lines the account's cart refused at the last sign-in, told once: how many, and the names known. */
export interface DroppedLines {
  count: number;
  names: string[];
}

export interface GuestCartCookie {
  lines: GuestCartLine[];
  dropped: DroppedLines | null;
}

export async function readGuestCartCookie(request: Request): Promise<GuestCartCookie> {
  const value: unknown = await cartCookie.parse(request.headers.get('Cookie'));
  if (typeof value !== 'object' || value === null) return { lines: [], dropped: null };
  const { lines, dropped } = value as { lines?: unknown; dropped?: { count?: unknown; names?: unknown } };
  const count = dropped?.count;
  return {
    lines: readGuestCart(lines),
    dropped:
      Number.isSafeInteger(count) && (count as number) > 0
        ? {
            count: count as number,
            names: Array.isArray(dropped?.names) ? dropped.names.filter((name): name is string => typeof name === 'string').slice(0, maxDroppedNames) : [],
          }
        : null,
  };
}

/** The Set-Cookie for a guest cart of these lines; an empty cart removes the cookie. */
export function storeGuestCart(lines: GuestCartLine[]): Promise<string> {
  if (lines.length === 0) return clearGuestCart();
  return cartCookie.serialize({ lines });
}

/** After a sign-in the lines live in the account; only word of those it refused remains, to be told once. */
export function storeDroppedLines(dropped: DroppedLines): Promise<string> {
  if (dropped.count === 0) return clearGuestCart();
  const names = dropped.names
    .slice(0, maxDroppedNames)
    .map((name) => (name.length > maxNameLength ? `${name.slice(0, maxNameLength - 1)}…` : name));
  return cartCookie.serialize({ lines: [], dropped: { count: dropped.count, names } });
}

export function clearGuestCart(): Promise<string> {
  return cartCookie.serialize('', { maxAge: 0 });
}
