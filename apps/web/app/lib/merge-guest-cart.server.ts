import type { Locale } from '@bazaarche/i18n';
import { type ApiCaller, getCart, getListing, putCartLine } from './api.server.ts';
import { guestLinesToMerge } from './guest-cart.ts';
import { readGuestCartCookie, storeDroppedLines } from './guest-cart.server.ts';
import { localized } from './listing-view.ts';

/**
 * Moves a guest's cart into the account that just signed in, one PUT per line. Lines the API
 * refuses (sold out, paused, below the minimum since) are dropped, and their names kept in the
 * cart cookie to be told once. Returns the cookie to send, or null when there was no guest cart.
 */
export async function mergeGuestCart(request: Request, caller: ApiCaller & { locale: Locale }): Promise<string | null> {
  const { lines } = await readGuestCartCookie(request);
  if (lines.length === 0) return null;
  const held = await getCart(caller);
  // Without the account's cart to compare with, every line is put: each PUT still answers for itself.
  const toPut = guestLinesToMerge(lines, held.ok ? held.data.items : []);
  const answers = await Promise.all(
    toPut.map(async (line) => ({
      line,
      result: await putCartLine(caller, { listingId: line.listingId, ...(line.variantId ? { variantId: line.variantId } : {}), quantity: line.quantity }),
    })),
  );
  const refused = answers.filter(({ result }) => !result.ok).map(({ line }) => line);
  const names = await Promise.all(
    refused.map(async (line) => {
      const listing = await getListing(caller, line.listingId);
      return listing.ok ? localized(listing.data.title, caller.locale).text : null;
    }),
  );
  return storeDroppedLines({ count: refused.length, names: names.filter((name): name is string => name !== null) });
}
