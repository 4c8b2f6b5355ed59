/**
 * A signed-out visitor's cart, kept in the session cookie until they sign in: what they chose and
 * how many, nothing more. Prices, stock and names are read afresh from the API whenever it is shown.
 */
export interface GuestCartLine {
  listingId: string;
  variantId: string | null;
  quantity: number;
}

/** A cookie holds about 4 KB; this many lines fit beside the session's own fields with room to spare. */
export const GUEST_CART_MAX_LINES = 20;
/** The API's own ceiling for one line's quantity. */
export const CART_LINE_MAX_QUANTITY = 10_000;

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** One key per listing and variant: the id a guest line goes by in forms. */
export function guestLineKey(line: { listingId: string; variantId: string | null }): string {
  return line.variantId ? `${line.listingId}:${line.variantId}` : line.listingId;
}

/** The lines stored in a session, dropping anything that is not one (an older cookie, a hand edit). */
export function readGuestCart(stored: unknown): GuestCartLine[] {
  if (!Array.isArray(stored)) return [];
  const lines: GuestCartLine[] = [];
  for (const entry of stored) {
    if (typeof entry !== 'object' || entry === null) continue;
    const { listingId, variantId, quantity } = entry as Record<string, unknown>;
    if (typeof listingId !== 'string' || !uuid.test(listingId)) continue;
    if (variantId !== null && (typeof variantId !== 'string' || !uuid.test(variantId))) continue;
    if (!Number.isSafeInteger(quantity) || (quantity as number) < 1 || (quantity as number) > CART_LINE_MAX_QUANTITY) continue;
    const line = { listingId, variantId, quantity: quantity as number };
    if (!lines.some((seen) => guestLineKey(seen) === guestLineKey(line))) lines.push(line);
    if (lines.length === GUEST_CART_MAX_LINES) break;
  }
  return lines;
}

export type GuestCartChange = { ok: true; lines: GuestCartLine[] } | { ok: false; reason: 'full' };

/** Adds units to the cart: to the line already there for the same listing and variant, else as a new line. */
export function addToGuestCart(lines: readonly GuestCartLine[], added: GuestCartLine): GuestCartChange {
  const key = guestLineKey(added);
  const existing = lines.find((line) => guestLineKey(line) === key);
  if (existing) {
    const quantity = Math.min(existing.quantity + added.quantity, CART_LINE_MAX_QUANTITY);
    return { ok: true, lines: lines.map((line) => (line === existing ? { ...line, quantity } : line)) };
  }
  if (lines.length >= GUEST_CART_MAX_LINES) return { ok: false, reason: 'full' };
  return { ok: true, lines: [...lines, { ...added }] };
}

/** Sets one line's quantity; a key that names no line changes nothing. */
export function setGuestLineQuantity(lines: readonly GuestCartLine[], key: string, quantity: number): GuestCartLine[] {
  return lines.map((line) => (guestLineKey(line) === key ? { ...line, quantity } : line));
}

export function removeGuestLine(lines: readonly GuestCartLine[], key: string): GuestCartLine[] {
  return lines.filter((line) => guestLineKey(line) !== key);
}

/**
 * The quantity each guest line should have in the account's cart: a line the account already has
 * keeps the larger of the two, since the same thing chosen signed in and signed out is usually one
 * wish, not two. Lines the account already has at least as many of need no change.
 */
export function guestLinesToMerge(
  guest: readonly GuestCartLine[],
  account: ReadonlyArray<{ listingId: string; variantId: string | null; quantity: number }>,
): GuestCartLine[] {
  return guest.filter((line) => {
    const held = account.find((candidate) => guestLineKey(candidate) === guestLineKey(line));
    return !held || held.quantity < line.quantity;
  });
}
