import { type Database, listings } from '@bazaarche/db';
import { type ListingAction, nextListingStatus } from '@bazaarche/domain';
import { eq } from 'drizzle-orm';
import { AppError } from '../../errors/app-error.ts';
import type { Actor } from '../../plugins/actor.ts';
import { enqueueSearchUpdate } from '../search/enqueue-search-update.ts';
import { findManageableListing } from './listing-access.ts';

/** Moves a listing through its state machine; only an approved shop's listings go live. */
export async function changeListingStatus(db: Database, actor: Actor, listingId: string, action: ListingAction, reason?: string) {
  await db.transaction(async (tx) => {
    const { listing, producer } = await findManageableListing(tx, listingId, actor);
    const next = nextListingStatus(listing.status, action);
    if (!next) throw new AppError('listing_state_conflict');
    if (action === 'publish' && producer.status !== 'approved') throw new AppError('producer_not_approved');
    const now = new Date();
    await tx
      .update(listings)
      .set({
        status: next,
        updatedAt: now,
        ...(action === 'publish' && { publishedAt: listing.publishedAt ?? now, rejectionReason: null }),
        ...(action === 'reject' && { rejectionReason: reason ?? null }),
      })
      .where(eq(listings.id, listingId));
    await enqueueSearchUpdate(tx, [listingId]);
  });
}
