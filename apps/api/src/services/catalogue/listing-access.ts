import { type Executor, type Listing, listings, type Producer, producers } from '@bazaarche/db';
import { eq } from 'drizzle-orm';
import { AppError } from '../../errors/app-error.ts';
import type { Actor } from '../../plugins/actor.ts';

export interface ListingWithProducer {
  listing: Listing;
  producer: Producer;
}

/** Anyone may see an active listing of an approved shop; everything else only its owner and admins. */
function isPublic({ listing, producer }: ListingWithProducer): boolean {
  return listing.status === 'active' && producer.status === 'approved';
}

function canManage({ producer }: ListingWithProducer, actor: Actor | null): boolean {
  return Boolean(actor && (actor.isAdmin || producer.ownerUserId === actor.userId));
}

async function load(db: Executor, listingId: string, lock: boolean): Promise<ListingWithProducer | undefined> {
  const query = db
    .select({ listing: listings, producer: producers })
    .from(listings)
    .innerJoin(producers, eq(producers.id, listings.producerId))
    .where(eq(listings.id, listingId));
  const [row] = lock ? await query.for('update', { of: listings }) : await query;
  return row;
}

/** For reads: a listing the caller may see, or 404 (never revealing that a hidden one exists). */
export async function findVisibleListing(db: Executor, listingId: string, actor: Actor | null): Promise<ListingWithProducer> {
  const row = await load(db, listingId, false);
  if (!row || !(isPublic(row) || canManage(row, actor))) throw new AppError('listing_not_found');
  return row;
}

/**
 * For writes: the listing locked for the rest of the transaction, if the caller owns it or is an
 * admin. Someone else gets 403 for a listing anyone can see, and 404 for one they cannot.
 */
export async function findManageableListing(db: Executor, listingId: string, actor: Actor): Promise<ListingWithProducer> {
  const row = await load(db, listingId, true);
  if (!row) throw new AppError('listing_not_found');
  if (canManage(row, actor)) return row;
  throw isPublic(row) ? new AppError('forbidden') : new AppError('listing_not_found');
}
