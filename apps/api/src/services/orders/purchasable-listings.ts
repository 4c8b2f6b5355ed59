import { type Executor, type Listing, listings, listingVariants, networks, producers } from '@bazaarche/db';
import { type CartLineProblem, type CartListing, type SellerKey, sellerKey, type ShippingRule } from '@bazaarche/domain';
import { eq, inArray, type Placeholder, type SQL, sql } from 'drizzle-orm';
import { AppError } from '../../errors/app-error.ts';
import { preparedStatement } from '../prepared-statement.ts';

/** A listing as a cart line or checkout needs it: its state for the cart rules, and what an order line copies. */
export interface PurchasableListing extends CartListing {
  id: string;
  producerId: string;
  /** Who the buyer buys from: the listing's network when it has one, else its shop. */
  seller: SellerKey;
  titleFa: string;
  titleEn: string | null;
  currency: string;
  variants: Array<{ id: string; stock: number | null; priceMinor: number | null; attributes: Record<string, string> }>;
  shipping: ShippingRule;
  /** Whether its seller takes cash on delivery: a shop that chose to; never a network, whose member would collect what the network takes a fee on. */
  acceptsCod: boolean;
  /** The row as stored, with its own status and its shop's, for those who present or judge it themselves. */
  row: Listing;
  producerStatus: string;
  /** The shop and the network (if any) as an order names its seller. */
  shop: { id: string; slug: string; shopName: string };
  network: { id: string; slug: string; name: string } | null;
}

/**
 * The listings, with their variants and their seller's shipping rule (the network's for a network
 * listing, else the shop's), keyed by id. A listing of a shop that is not approved counts as not for
 * sale, whatever its own status.
 */
export async function loadPurchasableListings(db: Executor, ids: string[]): Promise<Map<string, PurchasableListing>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  return new Map((await purchasableQuery(db, unique, {})).map((row) => [row.listing.id, purchasableOf(row)]));
}

/**
 * As `loadPurchasableListings`, with the buyer's own shop and led networks (`OwnSellers`) read in the same
 * statement (each once, whatever the number of listings): checkout runs this inside its
 * transaction, where every statement is a round trip and work for the server. With no listing
 * found there is no one to refuse, so the buyer owns nothing that matters.
 */
export async function loadPurchasableListingsFor(db: Executor, ids: string[], buyerUserId: string): Promise<{ listings: Map<string, PurchasableListing>; own: { shopId: string | undefined; ledNetworkIds: Set<string> } }> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return { listings: new Map(), own: { shopId: undefined, ledNetworkIds: new Set() } };
  let statement = purchasableForStatements.get(unique.length);
  if (!statement) purchasableForStatements.set(unique.length, (statement = purchasableForStatement(unique.length)));
  const rows = await statement(db, { buyerUserId, ...Object.fromEntries(unique.map((id, i) => [`id_${i}`, id])) });
  return {
    listings: new Map(rows.map((row) => [row.listing.id, purchasableOf(row)])),
    own: { shopId: rows[0]?.ownShopId ?? undefined, ledNetworkIds: new Set(rows[0]?.ledNetworkIds ?? []) },
  };
}

/** Built once for each number of listings asked for (see preparedStatement). */
const purchasableForStatements = new Map<number, ReturnType<typeof purchasableForStatement>>();

function purchasableForStatement(count: number) {
  const buyer = sql.placeholder('buyerUserId');
  return preparedStatement((db) =>
    purchasableQuery(
      db,
      Array.from({ length: count }, (_, i) => sql.placeholder(`id_${i}`)),
      {
        ownShopId: sql<string | null>`(select p.id from ${producers} p where p.owner_user_id = ${buyer})`,
        ledNetworkIds: sql<string[] | null>`(select json_agg(n.id) from ${networks} n where n.leader_user_id = ${buyer})`,
      },
    ).prepare(`purchasable_listings_for_${count}`),
  );
}

function purchasableQuery<Extra extends Record<string, SQL.Aliased | SQL>>(db: Executor, ids: Array<string | Placeholder>, extra: Extra) {
  // One round trip, variants folded in as JSON.
  return db
    .select({
      listing: listings,
      producerStatus: producers.status,
      shop: { id: producers.id, slug: producers.slug, shopName: producers.shopName },
      network: { id: networks.id, slug: networks.slug, name: networks.name },
      producerAcceptsCod: producers.acceptsCod,
      shippingFeeMinor: sql<number>`coalesce(${networks.shippingFeeMinor}, ${producers.shippingFeeMinor})`.mapWith(Number),
      freeAboveMinor: sql<number | null>`case when ${networks.id} is null then ${producers.freeShippingAboveMinor} else ${networks.freeShippingAboveMinor} end`.mapWith((v) => (v === null ? null : Number(v))),
      variants: sql<PurchasableListing['variants']>`coalesce((
        select json_agg(json_build_object('id', v.id, 'stock', v.stock, 'priceMinor', v.price_minor, 'attributes', v.attributes) order by v.position)
        from ${listingVariants} v where v.listing_id = ${listings.id}), '[]'::json)`,
      ...extra,
    })
    .from(listings)
    .innerJoin(producers, eq(producers.id, listings.producerId))
    .leftJoin(networks, eq(networks.id, listings.networkId))
    .where(inArray(listings.id, ids));
}

type PurchasableRow = Awaited<ReturnType<typeof purchasableQuery<Record<never, never>>>>[number];

function purchasableOf({ listing, producerStatus, shop, network, producerAcceptsCod, shippingFeeMinor, freeAboveMinor, variants }: PurchasableRow): PurchasableListing {
  return {
    id: listing.id,
    producerId: listing.producerId,
    seller: listing.networkId ? sellerKey('network', listing.networkId) : sellerKey('producer', listing.producerId),
    titleFa: listing.titleFa,
    titleEn: listing.titleEn,
    currency: listing.currency,
    status: producerStatus === 'approved' ? listing.status : 'paused',
    priceMinor: listing.priceMinor,
    stock: listing.stock,
    processingDays: listing.processingDays,
    minOrderQty: listing.minOrderQty,
    variants,
    shipping: { flatFeeMinor: shippingFeeMinor, freeAboveMinor },
    acceptsCod: listing.networkId === null && producerAcceptsCod,
    row: listing,
    producerStatus,
    shop,
    network,
  };
}

/** A cart rule's refusal as the API answers it: 409 when stock or state says no, 422 when the request itself is wrong. */
export function cartLineError(problem: CartLineProblem, field = 'quantity'): AppError {
  switch (problem.code) {
    case 'not_available':
      return new AppError('listing_not_available');
    case 'insufficient_stock':
      return new AppError('insufficient_stock', { details: { available: problem.available } });
    case 'price_changed':
      return new AppError('cart_line_problem', { details: [problem] });
    case 'variant_required':
    case 'unknown_variant':
      return AppError.invalid({ field: 'variantId', code: problem.code });
    case 'below_minimum':
      return AppError.invalid({ field, code: 'below_minimum', value: String(problem.minimum) });
    case 'invalid_quantity':
      return AppError.invalid({ field, code: 'invalid' });
    case 'over_limit':
      return AppError.invalid({ field, code: 'over_limit' });
  }
}
