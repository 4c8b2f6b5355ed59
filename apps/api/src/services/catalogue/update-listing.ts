import { type Database, listings, listingVariants } from '@bazaarche/db';
import { statusAfterEdit } from '@bazaarche/domain';
import { asc, eq } from 'drizzle-orm';
import { AppError } from '../../errors/app-error.ts';
import type { Actor } from '../../plugins/actor.ts';
import { insertVariants } from './create-listing.ts';
import { enqueueSearchUpdate } from '../search/enqueue-search-update.ts';
import { findManageableListing } from './listing-access.ts';
import { assertConsistent, assertMarketplaceCurrency, type ListingInput } from './listing-input.ts';
import { assertSellsThrough } from '../networks/assert-sells-through.ts';
import { findLeafCategory } from './taxonomy.ts';

export type ListingPatch = Partial<ListingInput>;

/**
 * A partial edit. Switching to made-to-order clears the stock and the other way round, unless the
 * patch says both; given variants replace the old ones whole.
 */
export async function updateListing(db: Database, actor: Actor, listingId: string, patch: ListingPatch, marketplace: { currency: string }) {
  return db.transaction(async (tx) => {
    const { listing } = await findManageableListing(tx, listingId, actor);
    if (patch.currency !== undefined) assertMarketplaceCurrency(patch.currency, marketplace.currency);
    if (listing.status === 'archived') throw new AppError('listing_state_conflict');
    const currentVariants = await tx.select().from(listingVariants).where(eq(listingVariants.listingId, listingId)).orderBy(asc(listingVariants.position));
    const variants = patch.variants ?? currentVariants;

    let processingDays = patch.madeToOrder === undefined ? listing.processingDays : (patch.madeToOrder?.processingDays ?? null);
    let stock = patch.stock === undefined ? listing.stock : patch.stock;
    if (patch.stock === undefined && (patch.madeToOrder || (patch.variants && patch.variants.length > 0))) stock = null;
    if (patch.madeToOrder === undefined && patch.stock != null) processingDays = null;
    assertConsistent(stock, processingDays, variants);

    const category = patch.categorySlug ? await findLeafCategory(tx, patch.categorySlug) : undefined;
    if (patch.networkId) await assertSellsThrough(tx, listing.producerId, patch.networkId);
    await tx
      .update(listings)
      .set({
        ...(patch.title && { titleFa: patch.title.fa, titleEn: patch.title.en || null }),
        ...(patch.description && { descriptionFa: patch.description.fa, descriptionEn: patch.description.en || null }),
        ...(category && { categoryId: category.id }),
        ...(patch.priceMinor !== undefined && { priceMinor: patch.priceMinor }),
        ...(patch.currency !== undefined && { currency: patch.currency }),
        ...(patch.minOrderQty !== undefined && { minOrderQty: patch.minOrderQty }),
        ...(patch.networkId !== undefined && { networkId: patch.networkId }),
        stock,
        processingDays,
        status: statusAfterEdit(listing.status),
        updatedAt: new Date(),
      })
      .where(eq(listings.id, listingId));
    if (patch.variants) {
      await tx.delete(listingVariants).where(eq(listingVariants.listingId, listingId));
      await insertVariants(tx, listingId, patch.variants);
    }
    await enqueueSearchUpdate(tx, [listingId]);
  });
}
