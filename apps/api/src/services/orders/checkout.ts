import { createHash, randomUUID } from 'node:crypto';
import {
  cartItems,
  type Database,
  type Executor,
  fulfilments,
  listings,
  listingVariants,
  orderEvents,
  orderLines,
  orders,
  payments,
  provinces,
  type ShippingAddressSnapshot,
} from '@bazaarche/db';
import { cartLinePriceMinor, cartLineProblem, orderTotals, parseSellerKey, type ShippingRule, validateShippingAddress } from '@bazaarche/domain';
import { and, eq, gte, sql } from 'drizzle-orm';
import { AppError } from '../../errors/app-error.ts';
import { canonicalJson } from '../canonical-json.ts';
import { enqueueSearchUpdate } from '../search/enqueue-search-update.ts';
import { loadOwnSellers, refuseOwnListingsOf } from './own-listing.ts';
import type { OrderRows } from './present-order.ts';
import { cartLineError, loadPurchasableListings, type PurchasableListing } from './purchasable-listings.ts';
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
 */
export async function checkout(db: Database, request: CheckoutRequest, options: CheckoutOptions): Promise<CheckoutResult> {
  // Cash on delivery needs no provider: it is each shop's own setting, checked below.
  if (request.paymentMethod !== 'cod' && !options.paymentMethods.includes(request.paymentMethod)) {
    throw new AppError('payment_method_unavailable', { fields: [{ field: 'paymentMethod', code: 'invalid' }] });
  }
  const address = await validAddress(db, request.shippingAddress);
  const requestHash = options.idempotencyKey ? hashRequest(request) : null;
  if (options.idempotencyKey) {
    const placed = await findByIdempotencyKey(db, options.buyerUserId, options.idempotencyKey, requestHash!);
    if (placed) return placed;
  }

  const result = await db.transaction(async (tx) => {
    const fromCart = !request.items;
    const cart = fromCart ? await tx.select().from(cartItems).where(eq(cartItems.userId, options.buyerUserId)) : [];
    const lines = mergeLines(request.items ?? cart);
    if (lines.length === 0) throw new AppError('cart_empty');
    const seen = new Map(cart.map((item) => [lineKey(item), item.seenPriceMinor]));

    // Sent together: one write to the server, one wait.
    const [found, own] = await Promise.all([loadPurchasableListings(tx, lines.map((line) => line.listingId)), loadOwnSellers(tx, options.buyerUserId)]);
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
    const rules = new Map<string, ShippingRule>(priced.map((line) => [line.sellerKey, line.listing.shipping]));
    const totals = orderTotals(priced, rules);

    const now = Date.now();
    const [order] = await tx
      .insert(orders)
      .values({
        buyerUserId: options.buyerUserId,
        // Cash on delivery waits for no payment: the sellers start at once and the order never expires,
        // but nothing has been paid, so it has its own status, never `paid` (decisions 018, 019).
        ...(cod && { status: 'cash_on_delivery' }),
        currency: [...currencies][0]!,
        subtotalMinor: totals.subtotalMinor,
        shippingMinor: totals.shippingMinor,
        totalMinor: totals.totalMinor,
        shippingAddress: address,
        idempotencyKey: options.idempotencyKey ?? null,
        requestHash,
        expiresAt: new Date(now + options.paymentMinutes * 60_000),
      })
      // A concurrent request with the same key waits here for the other to commit, then finds its order.
      .onConflictDoNothing()
      .returning();
    if (!order) return null;

    // Ids made here, so the writes below need no answers from each other and go to the server
    // together with the first unit taken from stock, executed in the order given; stock refused
    // rolls them back with the rest.
    const fulfilmentOf = new Map(totals.fulfilments.map((f) => [f.sellerKey, randomUUID()]));
    const [soldOut, fulfilmentRows, lineRows, [payment], [placedEvent]] = await Promise.all([
      takeStock(tx, priced),
      tx.insert(fulfilments).values(
        totals.fulfilments.map((f, position) => {
          const seller = parseSellerKey(f.sellerKey)!;
          return {
            id: fulfilmentOf.get(f.sellerKey)!,
            orderId: order.id,
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
      ).returning(),
      tx.insert(orderLines).values(
        totals.fulfilments.flatMap((f) =>
          f.lines.map((line, position) => ({
            orderId: order.id,
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
      ).returning(),
      tx.insert(payments).values({ orderId: order.id, provider: request.paymentMethod, amountMinor: totals.totalMinor, currency: [...currencies][0]! }).returning(),
      tx.insert(orderEvents).values({ orderId: order.id, type: 'placed', actorUserId: options.buyerUserId }).returning(),
      fromCart ? tx.delete(cartItems).where(eq(cartItems.userId, options.buyerUserId)) : undefined,
    ]);
    // A card in search shows whether a listing can be bought: it changes when the last unit goes.
    await enqueueSearchUpdate(tx, soldOut);
    // Each fulfilment's seller as the order names it, from a listing of its lines; a network's part has no member yet.
    const sellerListing = new Map<string, PurchasableListing>(totals.fulfilments.map((f) => [fulfilmentOf.get(f.sellerKey)!, f.lines[0]!.listing]));
    const byPosition = (x: { position: number }, y: { position: number }) => x.position - y.position;
    const written: OrderRows = {
      orders: [order],
      fulfilments: fulfilmentRows.sort(byPosition).map((fulfilment) => {
        const listing = sellerListing.get(fulfilment.id)!;
        return { fulfilment, shop: fulfilment.producerId ? listing.shop : null, network: fulfilment.networkId ? listing.network : null };
      }),
      lines: lineRows.sort(byPosition),
      payments: [payment!],
      events: [placedEvent!],
    };
    return { orderId: order.id, created: true, written };
  });
  if (result) return result;
  // Another request with this key committed first: answer with its order.
  const placed = await findByIdempotencyKey(db, options.buyerUserId, options.idempotencyKey!, requestHash!);
  if (!placed) throw new Error('An order with this idempotency key conflicted but cannot be found');
  return placed;
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
      ? await tx
          .update(listingVariants)
          .set({ stock: sql`${listingVariants.stock} - ${line.quantity}` })
          .where(and(eq(listingVariants.id, line.variantId), eq(listingVariants.listingId, line.listingId), gte(listingVariants.stock, line.quantity)))
          .returning({ stock: listingVariants.stock })
      : await tx
          .update(listings)
          .set({ stock: sql`${listings.stock} - ${line.quantity}`, updatedAt: new Date() })
          .where(and(eq(listings.id, line.listingId), eq(listings.status, 'active'), gte(listings.stock, line.quantity)))
          .returning({ stock: listings.stock });
    // No row: the units went to someone else between reading and taking (or the listing was paused).
    if (left.length === 0) throw new AppError('insufficient_stock', { details: { listingId: line.listingId, variantId: line.variantId ?? null } });
    if (left[0]!.stock === 0) soldOut.push(line.listingId);
  }
  return soldOut;
}

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
  const [placed] = await db
    .select({ id: orders.id, requestHash: orders.requestHash })
    .from(orders)
    .where(and(eq(orders.buyerUserId, buyerUserId), eq(orders.idempotencyKey, key)));
  if (!placed) return null;
  if (placed.requestHash !== requestHash) throw new AppError('idempotency_key_reused');
  return { orderId: placed.id, created: false as const };
}
