import { type Database, type ListingImage, listingImages } from '@bazaarche/db';
import type { Storage } from '@bazaarche/media';
import { and, asc, eq, sql } from 'drizzle-orm';
import { AppError } from '../../errors/app-error.ts';
import type { Actor } from '../../plugins/actor.ts';
import { findManageableListing } from './listing-access.ts';

async function findImage(db: Pick<Database, 'select'>, listingId: string, imageId: string): Promise<ListingImage> {
  const [image] = await db
    .select()
    .from(listingImages)
    .where(and(eq(listingImages.id, imageId), eq(listingImages.listingId, listingId)));
  if (!image) throw new AppError('image_not_found');
  return image;
}

export async function updateImageAlt(db: Database, actor: Actor, listingId: string, imageId: string, alt: { fa?: string | null; en?: string | null }) {
  return db.transaction(async (tx) => {
    await findManageableListing(tx, listingId, actor);
    await findImage(tx, listingId, imageId);
    const [image] = await tx
      .update(listingImages)
      .set({ ...(alt.fa !== undefined && { altFa: alt.fa || null }), ...(alt.en !== undefined && { altEn: alt.en || null }) })
      .where(eq(listingImages.id, imageId))
      .returning();
    return image!;
  });
}

/**
 * Removes the photo from the listing and closes the gap in the order. Its files go too, unless
 * the same bytes serve another photo (keys are content hashes, so identical uploads share them).
 */
export async function removeListingImage(db: Database, storage: Storage, actor: Actor, listingId: string, imageId: string): Promise<void> {
  const removed = await db.transaction(async (tx) => {
    await findManageableListing(tx, listingId, actor);
    const image = await findImage(tx, listingId, imageId);
    await tx.delete(listingImages).where(eq(listingImages.id, imageId));
    const rest = await tx.select({ id: listingImages.id }).from(listingImages).where(eq(listingImages.listingId, listingId)).orderBy(asc(listingImages.position));
    for (const [position, { id }] of rest.entries()) await tx.update(listingImages).set({ position }).where(eq(listingImages.id, id));
    return image;
  });
  for (const { key } of removed.variants) {
    const [stillUsed] = await db
      .select({ id: listingImages.id })
      .from(listingImages)
      .where(sql`${listingImages.variants} @> ${JSON.stringify([{ key }])}::jsonb`)
      .limit(1);
    if (!stillUsed) await storage.delete(key);
  }
}

/** Puts the listing's photos in the given order; the list must name each of them exactly once. */
export async function reorderListingImages(db: Database, actor: Actor, listingId: string, imageIds: string[]): Promise<void> {
  await db.transaction(async (tx) => {
    await findManageableListing(tx, listingId, actor);
    const current = await tx.select({ id: listingImages.id }).from(listingImages).where(eq(listingImages.listingId, listingId));
    const same = imageIds.length === current.length && new Set(imageIds).size === imageIds.length && current.every((c) => imageIds.includes(c.id));
    if (!same) throw AppError.invalid({ field: 'imageIds', code: 'image_ids_mismatch' });
    for (const [position, id] of imageIds.entries()) await tx.update(listingImages).set({ position }).where(eq(listingImages.id, id));
  });
}
