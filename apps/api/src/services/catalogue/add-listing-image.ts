import { type Database, type Executor, listingImages, type StoredImageVariant } from '@bazaarche/db';
import { contentKey, MediaError, processImage, type Storage } from '@bazaarche/media';
import { count, eq, max } from 'drizzle-orm';
import { AppError } from '../../errors/app-error.ts';
import type { Actor } from '../../plugins/actor.ts';
import { findManageableListing } from './listing-access.ts';

const MAX_IMAGES_PER_LISTING = 10;

async function assertRoomForAnother(db: Executor, listingId: string): Promise<number> {
  const [row] = await db
    .select({ images: count(), lastPosition: max(listingImages.position) })
    .from(listingImages)
    .where(eq(listingImages.listingId, listingId));
  if ((row?.images ?? 0) >= MAX_IMAGES_PER_LISTING) throw new AppError('too_many_images');
  return (row?.lastPosition ?? -1) + 1;
}

export interface StoredImage {
  width: number;
  height: number;
  placeholder: string;
  variants: StoredImageVariant[];
}

/** Orients, strips and encodes a photo, and stores its variants under content keys. */
export async function processAndStoreImage(storage: Storage, file: Buffer): Promise<StoredImage> {
  const processed = await processImage(file).catch((error: unknown) => {
    if (error instanceof MediaError) {
      throw new AppError(error.code, { cause: error });
    }
    throw error;
  });
  const variants = await Promise.all(
    processed.variants.map(async (variant) => {
      const key = contentKey(variant.bytes, variant.format);
      await storage.put(key, variant.bytes, variant.contentType);
      return { format: variant.format, width: variant.width, height: variant.height, key };
    }),
  );
  return { width: processed.width, height: processed.height, placeholder: processed.placeholder, variants };
}

/** Puts a stored photo at the end of the listing's gallery, re-checking access and room under the listing's lock. */
export async function attachImage(db: Database, actor: Actor, listingId: string, stored: StoredImage, alt: ImageAlt) {
  return db.transaction(async (tx) => {
    await findManageableListing(tx, listingId, actor);
    const position = await assertRoomForAnother(tx, listingId);
    const [image] = await tx
      .insert(listingImages)
      .values({ listingId, position, ...stored, altFa: alt.fa || null, altEn: alt.en || null })
      .returning();
    return image!;
  });
}

export interface ImageAlt {
  fa?: string | undefined;
  en?: string | undefined;
}

/**
 * Adds a photo to a listing. Access and room are checked before the slow image work and again
 * before the row is written. Files are stored first: a failure after that leaves only
 * unreferenced files, never a row pointing at nothing.
 */
export async function addListingImage(db: Database, storage: Storage, actor: Actor, listingId: string, file: Buffer, alt: ImageAlt) {
  await db.transaction(async (tx) => {
    await findManageableListing(tx, listingId, actor);
    await assertRoomForAnother(tx, listingId);
  });
  return attachImage(db, actor, listingId, await processAndStoreImage(storage, file), alt);
}
