/** Who sells a fulfilment: a producer today, a network for network listings. */
export const sellerKinds = ['producer', 'network'] as const;
export type SellerKind = (typeof sellerKinds)[number];
/** `producer:<id>` or `network:<id>`: one string, so it keys a Map and a text column as it is. */
export type SellerKey = `${SellerKind}:${string}`;

/**
 * Where money sits, as a key stored with every entry:
 * - `platform:cash`: what the platform holds at its bank or payment provider (an asset);
 * - `platform:commission`: the platform's earned commission (revenue);
 * - `held:<seller>`: buyers' payments in transit to a seller, held until the fulfilment is delivered;
 * - `payable:<seller>`: what the platform owes the seller, until paid out; only money the platform holds;
 * - `unfunded:<seller>`: earned on a bulk order whose buyer has not paid yet: owed to the seller once the
 *   money is in, never paid out before (it moves to payable as the bulk order's payment arrives);
 * - `owed:<seller>`: what the seller owes the platform (an asset): the commission on cash they collected
 *   on delivery themselves, netted from their next payouts;
 * - `receivable:bulk_order:<id>`: what a bulk order's buyer owes for its accepted units (an asset). A
 *   quality check debits it as units are accepted; the buyer's payment for the bulk order credits it
 *   against cash.
 */
export type AccountKey =
  | 'platform:cash'
  | 'platform:commission'
  | `held:${SellerKey}`
  | `payable:${SellerKey}`
  | `unfunded:${SellerKey}`
  | `owed:${SellerKey}`
  | `receivable:bulk_order:${string}`;

export type Account =
  | { kind: 'platform_cash' }
  | { kind: 'platform_commission' }
  | { kind: SellerAccountKind; seller: { kind: SellerKind; id: string } }
  | { kind: 'receivable'; bulkOrderId: string };

/** The accounts every seller has, each keyed `<kind>:<seller>`. */
export const sellerAccountKinds = ['held', 'payable', 'unfunded', 'owed'] as const;
export type SellerAccountKind = (typeof sellerAccountKinds)[number];

/** Every kind of account (`Account['kind']`), for the column that stores it beside the key. */
export const accountKinds = ['platform_cash', 'platform_commission', ...sellerAccountKinds, 'receivable'] as const;
export type AccountKind = (typeof accountKinds)[number];

export const PLATFORM_CASH = 'platform:cash' satisfies AccountKey;
export const PLATFORM_COMMISSION = 'platform:commission' satisfies AccountKey;

// An id is one segment of a key, so a colon in it would make two keys read alike.
const ID = /^[^:\s]+$/;

export function sellerKey(kind: SellerKind, id: string): SellerKey {
  if (!sellerKinds.includes(kind) || !ID.test(id)) throw new RangeError(`Not a seller: ${kind}:${id}`);
  return `${kind}:${id}`;
}

export function heldAccount(seller: SellerKey): AccountKey {
  return `held:${checkedSeller(seller)}`;
}

export function payableAccount(seller: SellerKey): AccountKey {
  return `payable:${checkedSeller(seller)}`;
}

export function unfundedAccount(seller: SellerKey): AccountKey {
  return `unfunded:${checkedSeller(seller)}`;
}

export function owedAccount(seller: SellerKey): AccountKey {
  return `owed:${checkedSeller(seller)}`;
}

export function bulkOrderReceivableAccount(bulkOrderId: string): AccountKey {
  if (!ID.test(bulkOrderId)) throw new RangeError(`Not a bulk order id: ${bulkOrderId}`);
  return `receivable:bulk_order:${bulkOrderId}`;
}

/** The account a stored key names, or null when it names none (a key read back from the database is only text). */
export function parseAccountKey(key: string): Account | null {
  if (key === PLATFORM_CASH) return { kind: 'platform_cash' };
  if (key === PLATFORM_COMMISSION) return { kind: 'platform_commission' };
  const parts = key.split(':');
  if (parts.length === 3 && parts[0] === 'receivable' && parts[1] === 'bulk_order' && ID.test(parts[2]!)) return { kind: 'receivable', bulkOrderId: parts[2]! };
  const [kind, sellerKind, id] = parts;
  if (parts.length !== 3 || !sellerAccountKinds.includes(kind as SellerAccountKind)) return null;
  const seller = parseSellerKey(`${sellerKind}:${id}`);
  return seller ? { kind: kind as SellerAccountKind, seller } : null;
}

export function parseSellerKey(key: string): { kind: SellerKind; id: string } | null {
  const [kind, id, ...rest] = key.split(':');
  if (rest.length > 0 || !sellerKinds.includes(kind as SellerKind) || id === undefined || !ID.test(id)) return null;
  return { kind: kind as SellerKind, id };
}

function checkedSeller(seller: SellerKey): SellerKey {
  if (!parseSellerKey(seller)) throw new RangeError(`Not a seller: ${seller}`);
  return seller;
}
