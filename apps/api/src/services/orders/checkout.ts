import { createHash, randomUUID } from 'node:crypto';
import {
  cartItems,
  type Database,
  type Executor,
  type Fulfilment,
  fulfilments,
  listings,
  listingVariants,
  type Order,
  orderEvents,
  type OrderLine,
  orderLines,
  orders,
  type Payment,
  payments,
  provinces,
  type ShippingAddressSnapshot,
} from '@bazaarche/db';
import type { PaymentProvider } from '@bazaarche/payments';
import { cartLinePriceMinor, cartLineProblem, orderTotals, parseSellerKey, type ShippingRule, validateShippingAddress } from '@bazaarche/domain';
import { and, eq, gte, sql } from 'drizzle-orm';
import { AppError } from '../../errors/app-error.ts';
import { canonicalJson } from '../canonical-json.ts';
import { preparedInsert, preparedStatement } from '../prepared-statement.ts';
import { enqueueSearchUpdate } from '../search/enqueue-search-update.ts';
import { bankTransferReference } from '../payments/start-order-payment.ts';
import { refuseOwnListingsOf } from './own-listing.ts';
import type { OrderRows } from './present-order.ts';
import { cartLineError, loadPurchasableListingsFor, type PurchasableListing } from './purchasable-listings.ts';
import { stockOrderKey } from './stock-order.ts';

interface CheckoutLine {
  listingId: string;
  variantId?: string | null | undefined;
  quantity: number;
}

export interface CheckoutRequest {
  shippingAddress: ShippingAddressSnapshot;
  /** `cod`: cash to the seller at the door, when every seller in the order takes it. */
  paymentMethod: 'manual' | 'stripe' | 'cod';
  /** Bought directly; without them, the buyer's cart is bought and emptied. */
  items?: CheckoutLine[] | undefined;
}

export interface CheckoutOptions {
  buyerUserId: string;
  idempotencyKey?: string | undefined;
  /** How long an unpaid order keeps its stock. */
  paymentMinutes: number;
  paymentMethods: ReadonlyArray<'manual' | 'stripe'>;
  /** The one currency Stripe is set up to charge in; an order in another cannot be paid by card. */
  stripeCurrency?: string | undefined;
  /**
   * The bank-transfer provider: it makes no call, so a `manual` payment is started inside the order's
   * transaction and written with its reference. Without it the payment is left for `startOrderPayment`.
   */
  bankTransfer?: { provider: PaymentProvider; publicUrl: string } | undefined;
}

/**
 * `created` is false when the Idempotency-Key named an order placed before. A new order comes with
 * the rows its transaction wrote, so that it can be shown without reading them back.
 */
export type CheckoutResult = { orderId: string; created: true; written: OrderRows } | { orderId: string; created: false };

const DAY_MS = 86_400_000;

/**
 * Places an order in one transaction: lines checked against the listings as they are now, units
 * taken from stock by conditional updates (never below zero however many buyers press at once:
 * the update that would go below matches no row), titles and prices copied into the lines, one
 * fulfilment per seller (a shop, or a network for its listings) with its shipping fee, a pending payment, and the cart emptied. Anything
 * refused rolls it all back: a listing of the buyer's own (409 `own_listing`), or cash on delivery
 * from a seller who does not take it (422 on `paymentMethod`).
 *
 * Four round trips for a direct purchase (issue 13's profile: each costs the API a socket write and
 * the server a wake-up): the key's order with the listings, then BEGIN, every write, COMMIT. Buying
 * the cart reads it first, and a listing's last unit adds its search update.
 */
export async function checkout(db: Database, request: CheckoutRequest, options: CheckoutOptions): Promise<CheckoutResult> {
  // Cash on delivery needs no provider: it is each shop's own setting, checked below.
  if (request.paymentMethod !== 'cod' && !options.paymentMethods.includes(request.paymentMethod)) {
    throw new AppError('payment_method_unavailable', { fields: [{ field: 'paymentMethod', code: 'invalid' }] });
  }
  const address = await validAddress(db, request.shippingAddress);
  const requestHash = options.idempotencyKey ? hashRequest(request) : null;
  const key = options.idempotencyKey ? { key: options.idempotencyKey, requestHash: requestHash! } : null;

  const fromCart = !request.items;
  // Every statement here is prepared, most built once (preparedStatement): drizzle runs an
  // unprepared one with parameters as postgres.js's describe-then-execute, two round trips with
  // nothing pipelined behind them; a prepared one is described once per connection, then goes
  // out with the others. Statements sent together go to the server in one write and come back in
  // one wait: the order already placed under this key, and the cart or (bought directly) the
  // listings. They are read before the transaction, on the pool: nothing read is locked (the stock
  // update checks again), and a transaction holds its connection while the API works between its
  // round trips.
  const [placed, cart, direct] = await Promise.all([
    key ? findByIdempotencyKey(db, options.buyerUserId, key.key, key.requestHash) : null,
    fromCart ? db.select().from(cartItems).where(eq(cartItems.userId, options.buyerUserId)).prepare('checkout_cart').execute() : [],
    request.items ? loadPurchasableListingsFor(db, request.items.map((line) => line.listingId), options.buyerUserId) : null,
  ]);
  if (placed) return placed;
  const lines = mergeLines(request.items ?? cart);
  if (lines.length === 0) throw new AppError('cart_empty');
  const seen = new Map(cart.map((item) => [lineKey(item), item.seenPriceMinor]));
  const { listings: found, own } = direct ?? (await loadPurchasableListingsFor(db, lines.map((line) => line.listingId), options.buyerUserId));

  const priced = lines.map((line, index) => {
    const listing = found.get(line.listingId);
    // A draft was never public: as for a listing that does not exist, nothing says it does.
    if (!listing || listing.status === 'draft') throw new AppError('listing_not_found', { details: { line: index } });
    const problem = cartLineProblem(listing, { ...line, seenPriceMinor: seen.get(lineKey(line)) });
    if (problem) throw cartLineError(problem, fromCart ? 'quantity' : `items.${index}.quantity`);
    return { ...line, listing, sellerKey: listing.seller, unitPriceMinor: cartLinePriceMinor(listing, line.variantId)! };
  });
  refuseOwnListingsOf(own, priced.map((line) => line.listing));
  const cod = request.paymentMethod === 'cod';
  if (cod && priced.some((line) => !line.listing.acceptsCod)) throw AppError.invalid({ field: 'paymentMethod', code: 'cod_not_accepted' });
  const currencies = new Set(priced.map((line) => line.listing.currency));
  if (currencies.size > 1) throw new AppError('currency_mismatch');
  if (request.paymentMethod === 'stripe' && !currencies.has(options.stripeCurrency ?? '')) {
    throw new AppError('payment_method_unavailable', { fields: [{ field: 'paymentMethod', code: 'invalid' }] });
  }
  const currency = [...currencies][0]!;
  const rules = new Map<string, ShippingRule>(priced.map((line) => [line.sellerKey, line.listing.shipping]));
  const totals = orderTotals(priced, rules);

  // Ids made here, so that no write needs an answer from another: the order, the units taken
  // from stock, the fulfilments, lines, payment and timeline go to the server together, executed
  // in the order given. Stock refused rolls them back with the rest.
  const now = Date.now();
  const orderId = randomUUID();
  const paymentId = randomUUID();
  const expiresAt = new Date(now + options.paymentMinutes * 60_000);
  const providerReference =
    request.paymentMethod === 'manual' && options.bankTransfer
      ? await bankTransferReference(options.bankTransfer.provider, { id: paymentId, amountMinor: totals.totalMinor, currency }, { id: orderId, expiresAt }, options.bankTransfer.publicUrl)
      : null;
  const fulfilmentOf = new Map(totals.fulfilments.map((f) => [f.sellerKey, randomUUID()]));
  try {
    return await db.transaction(async (tx) => {
      const writes = await Promise.allSettled([
        insertOrder(tx, [
          {
            id: orderId,
            buyerUserId: options.buyerUserId,
            // Cash on delivery waits for no payment: the sellers start at once and the order never expires,
            // but nothing has been paid, so it has its own status, never `paid` (decisions 018, 019).
            ...(cod && { status: 'cash_on_delivery' }),
            currency,
            subtotalMinor: totals.subtotalMinor,
            shippingMinor: totals.shippingMinor,
            totalMinor: totals.totalMinor,
            shippingAddress: address,
            idempotencyKey: key?.key ?? null,
            requestHash,
            expiresAt,
          },
        ]),
        takeStock(tx, priced),
        insertFulfilments(
          tx,
          totals.fulfilments.map((f, position) => {
              const seller = parseSellerKey(f.sellerKey)!;
              return {
                id: fulfilmentOf.get(f.sellerKey)!,
                orderId,
                // A network's part waits for its leader (or its routing rule, at payment) to give it to a member.
                producerId: seller.kind === 'producer' ? seller.id : null,
                networkId: seller.kind === 'network' ? seller.id : null,
                position,
                ...(cod && { status: 'processing' as const }),
                subtotalMinor: f.subtotalMinor,
                shippingMinor: f.shippingMinor,
                totalMinor: f.totalMinor,
              };
          }),
        ),
        insertLines(
          tx,
          totals.fulfilments.flatMap((f) =>
              f.lines.map((line, position) => ({
                orderId,
                fulfilmentId: fulfilmentOf.get(f.sellerKey)!,
                position,
                listingId: line.listingId,
                variantId: line.variantId ?? null,
                titleFa: line.listing.titleFa,
                titleEn: line.listing.titleEn,
                variantAttributes: line.variantId ? (line.listing.variants.find((v) => v.id === line.variantId)?.attributes ?? null) : null,
                unitPriceMinor: line.unitPriceMinor,
                quantity: line.quantity,
                lineTotalMinor: line.lineTotalMinor,
                reservedUnits: line.listing.processingDays === null ? line.quantity : 0,
                shipBy: line.listing.processingDays === null ? null : new Date(now + line.listing.processingDays * DAY_MS),
              })),
          ),
        ),
        insertPayment(tx, [{ id: paymentId, orderId, provider: request.paymentMethod, amountMinor: totals.totalMinor, currency, providerReference }]),
        insertPlacedEvent(tx, [{ orderId, type: 'placed', actorUserId: options.buyerUserId }]),
        fromCart ? tx.delete(cartItems).where(eq(cartItems.userId, options.buyerUserId)).prepare('checkout_cart_emptied').execute() : undefined,
      ]);
      // The first refusal in the order sent is the cause; those after it only saw the transaction aborted.
      const refused = writes.find((write) => write.status === 'rejected');
      if (refused) throw refused.reason;
      const [[order], soldOut, fulfilmentRows, lineRows, [payment], [placedEvent]] = writes.map((write) => (write as PromiseFulfilledResult<unknown>).value) as [
        Order[],
        string[],
        Fulfilment[],
        OrderLine[],
        Payment[],
        Array<typeof orderEvents.$inferSelect>,
      ];
      // A card in search shows whether a listing can be bought: it changes when the last unit goes.
      await enqueueSearchUpdate(tx, soldOut);
      // Each fulfilment's seller as the order names it, from a listing of its lines; a network's part has no member yet.
      const sellerListing = new Map<string, PurchasableListing>(totals.fulfilments.map((f) => [fulfilmentOf.get(f.sellerKey)!, f.lines[0]!.listing]));
      const byPosition = (x: { position: number }, y: { position: number }) => x.position - y.position;
      const written: OrderRows = {
        orders: [order!],
        fulfilments: fulfilmentRows.sort(byPosition).map((fulfilment) => {
          const listing = sellerListing.get(fulfilment.id)!;
          return { fulfilment, shop: fulfilment.producerId ? listing.shop : null, network: fulfilment.networkId ? listing.network : null };
        }),
        lines: lineRows.sort(byPosition),
        payments: [payment!],
        events: [placedEvent!],
      };
      return { orderId, created: true as const, written };
    });
  } catch (error) {
    // Another request with this key committed its order while this one was placing: the unique
    // index made this one wait for it, then refused it. Answer with that order.
    if (!key || !isUniqueViolation(error, 'orders_idempotency_key')) throw error;
    const placed = await findByIdempotencyKey(db, options.buyerUserId, key.key, key.requestHash);
    if (!placed) throw new Error('An order with this idempotency key conflicted but cannot be found', { cause: error });
    return placed;
  }
}

/** A unique violation of the named index, as postgres.js or PGlite reports it, wrapped or not by drizzle. */
function isUniqueViolation(error: unknown, index: string): boolean {
  for (let cause = error; cause instanceof Error; cause = cause.cause) {
    const fields = cause as Error & { code?: string; constraint_name?: string; constraint?: string };
    if (fields.code === '23505') return (fields.constraint_name ?? fields.constraint) === index;
  }
  return false;
}

interface PricedLine extends CheckoutLine {
  listing: PurchasableListing;
  unitPriceMinor: number;
}

/**
 * Takes the units of every stocked line, in a fixed order so two checkouts never wait on each
 * other crosswise. Returns the listings whose last unit this order took.
 */
async function takeStock(tx: Executor, lines: PricedLine[]): Promise<string[]> {
  const stocked = lines
    .filter((line) => line.listing.processingDays === null)
    .sort((a, b) => stockOrderKey(a).localeCompare(stockOrderKey(b)));
  const soldOut: string[] = [];
  for (const line of stocked) {
    const left = line.variantId
      ? await takeVariantUnits(tx, { variantId: line.variantId, listingId: line.listingId, quantity: line.quantity })
      : await takeListingUnits(tx, { listingId: line.listingId, quantity: line.quantity, now: new Date().toISOString() });
    // No row: the units went to someone else between reading and taking (or the listing was paused).
    if (left.length === 0) throw new AppError('insufficient_stock', { details: { listingId: line.listingId, variantId: line.variantId ?? null } });
    if (left[0]!.stock === 0) soldOut.push(line.listingId);
  }
  return soldOut;
}

// The statements every checkout runs, built once (see preparedStatement): the stock update stays
// the conditional `stock - q where stock >= q`, so units never go below zero whoever presses at once.
const takeListingUnits = preparedStatement((tx) =>
  tx
    .update(listings)
    .set({ stock: sql`${listings.stock} - ${sql.placeholder('quantity')}`, updatedAt: sql`${sql.placeholder('now')}` })
    .where(and(eq(listings.id, sql.placeholder('listingId')), eq(listings.status, 'active'), gte(listings.stock, sql.placeholder('quantity'))))
    .returning({ stock: listings.stock })
    .prepare('checkout_take_stock'),
);
const takeVariantUnits = preparedStatement((tx) =>
  tx
    .update(listingVariants)
    .set({ stock: sql`${listingVariants.stock} - ${sql.placeholder('quantity')}` })
    .where(and(eq(listingVariants.id, sql.placeholder('variantId')), eq(listingVariants.listingId, sql.placeholder('listingId')), gte(listingVariants.stock, sql.placeholder('quantity'))))
    .returning({ stock: listingVariants.stock })
    .prepare('checkout_take_variant_stock'),
);
const insertOrder = preparedInsert(orders, 'checkout_order');
const insertFulfilments = preparedInsert(fulfilments, 'checkout_fulfilments');
const insertLines = preparedInsert(orderLines, 'checkout_lines');
const insertPayment = preparedInsert(payments, 'checkout_payment');
const insertPlacedEvent = preparedInsert(orderEvents, 'checkout_placed');
const placedUnderKey = preparedStatement((db) =>
  db
    .select({ id: orders.id, requestHash: orders.requestHash })
    .from(orders)
    .where(and(eq(orders.buyerUserId, sql.placeholder('buyerUserId')), eq(orders.idempotencyKey, sql.placeholder('key'))))
    .prepare('checkout_idempotency_key'),
);

/** The provinces are fixed taxonomy, written by migrations only: read once per database. */
const provinceCodes = new WeakMap<Database, Promise<Set<string>>>();

async function validAddress(db: Database, input: ShippingAddressSnapshot): Promise<ShippingAddressSnapshot> {
  let codes = provinceCodes.get(db);
  if (!codes) {
    codes = db
      .select({ code: provinces.code })
      .from(provinces)
      .then((rows) => new Set(rows.map((p) => p.code)));
    provinceCodes.set(db, codes);
    codes.catch(() => provinceCodes.delete(db));
  }
  const checked = validateShippingAddress(input, await codes);
  if (checked.ok) return checked.address;
  throw AppError.invalid(
    ...checked.issues.map(({ field, code }) => ({
      field: `shippingAddress.${field}`,
      code: code === 'unknown_province' ? ('unknown_province' as const) : code === 'too_long' ? ('invalid' as const) : code,
      value: code === 'unknown_province' ? input.provinceCode : undefined,
    })),
  );
}

/** The same listing and variant asked for twice is one line of the summed quantity. */
function mergeLines(lines: CheckoutLine[]): CheckoutLine[] {
  const merged = new Map<string, CheckoutLine>();
  for (const line of lines) {
    const key = lineKey(line);
    const existing = merged.get(key);
    merged.set(key, { listingId: line.listingId, variantId: line.variantId ?? null, quantity: (existing?.quantity ?? 0) + line.quantity });
  }
  return [...merged.values()];
}

function lineKey(line: { listingId: string; variantId?: string | null | undefined }): string {
  return `${line.listingId}:${line.variantId ?? ''}`;
}

/** What the buyer asked for, independent of key order, so a replay can be told from a different order under the same key. */
function hashRequest(request: CheckoutRequest): string {
  return createHash('sha256').update(canonicalJson(request)).digest('hex');
}

async function findByIdempotencyKey(db: Executor, buyerUserId: string, key: string, requestHash: string): Promise<CheckoutResult | null> {
  const [placed] = await placedUnderKey(db, { buyerUserId, key });
  if (!placed) return null;
  if (placed.requestHash !== requestHash) throw new AppError('idempotency_key_reused');
  return { orderId: placed.id, created: false as const };
}
