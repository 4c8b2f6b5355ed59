import { type Executor, networks, producers, users } from '@bazaarche/db';
import { eq, sql } from 'drizzle-orm';
import { AppError } from '../../errors/app-error.ts';
import type { PurchasableListing } from './purchasable-listings.ts';

/** The buyer's own shop and the networks they lead: who they may not buy from. */
export interface OwnSellers {
  shopId: string | undefined;
  ledNetworkIds: Set<string>;
}

/** One query, so the cart quote can send it together with the listings it reads (checkout reads the same beside its listings). */
export async function loadOwnSellers(db: Executor, buyerUserId: string): Promise<OwnSellers> {
  // Read beside the buyer's own row; a buyer with no row (none can be authenticated) owns nothing.
  const [row] = await db
    .select({
      shopId: sql<string | null>`(select p.id from ${producers} p where p.owner_user_id = ${buyerUserId})`,
      led: sql<string[] | null>`(select json_agg(n.id) from ${networks} n where n.leader_user_id = ${buyerUserId})`,
    })
    .from(users)
    .where(eq(users.id, buyerUserId));
  return { shopId: row?.shopId ?? undefined, ledNetworkIds: new Set(row?.led ?? []) };
}

/**
 * Refuses a purchase from the buyer's own shop, or through a network they lead (whose coordination fee
 * they would earn): a sale to oneself moves no goods, and would count the shop as connected to market
 * in the program's statistics. A member buying another member's work through their network is a sale.
 */
export function refuseOwnListingsOf(own: OwnSellers, listings: Iterable<PurchasableListing>): void {
  for (const listing of listings) {
    if (ownsListing(own, listing)) throw new AppError('own_listing', { details: { listingId: listing.id } });
  }
}

/** Whether the listing is of the buyer's own shop or sold through a network they lead. */
export function ownsListing(own: OwnSellers, listing: PurchasableListing): boolean {
  return listing.producerId === own.shopId || (listing.row.networkId !== null && own.ledNetworkIds.has(listing.row.networkId));
}

export async function refuseOwnListings(db: Executor, buyerUserId: string, listings: Iterable<PurchasableListing>): Promise<void> {
  refuseOwnListingsOf(await loadOwnSellers(db, buyerUserId), listings);
}
