import { type Executor, networks, producers } from '@bazaarche/db';
import { eq } from 'drizzle-orm';
import { AppError } from '../../errors/app-error.ts';
import type { PurchasableListing } from './purchasable-listings.ts';

/**
 * Refuses a purchase from the buyer's own shop, or through a network they lead (whose coordination fee
 * they would earn): a sale to oneself moves no goods, and would count the shop as connected to market
 * in the program's statistics. A member buying another member's work through their network is a sale.
 */
export async function refuseOwnListings(db: Executor, buyerUserId: string, listings: Iterable<PurchasableListing>): Promise<void> {
  const [shops, led] = await Promise.all([
    db.select({ id: producers.id }).from(producers).where(eq(producers.ownerUserId, buyerUserId)),
    db.select({ id: networks.id }).from(networks).where(eq(networks.leaderUserId, buyerUserId)),
  ]);
  const ownShop = shops[0]?.id;
  const ledIds = new Set(led.map((n) => n.id));
  for (const listing of listings) {
    if (listing.producerId === ownShop || (listing.row.networkId !== null && ledIds.has(listing.row.networkId))) {
      throw new AppError('own_listing', { status: 409, details: { listingId: listing.id } });
    }
  }
}
