import { type Database, listings, producers, users } from '@bazaarche/db';
import type { Storage } from '@bazaarche/media';
import { eq } from 'drizzle-orm';
import type { Actor } from '../plugins/actor.ts';
import { createOrUpdateUser } from '../services/accounts/create-user.ts';
import { attachImage, processAndStoreImage, type StoredImage } from '../services/catalogue/add-listing-image.ts';
import { changeListingStatus } from '../services/catalogue/change-listing-status.ts';
import { createListing } from '../services/catalogue/create-listing.ts';
import { openShop } from '../services/catalogue/open-shop.ts';
import { reviewProducer } from '../services/catalogue/review-producer.ts';
import { type DemoListing, type DemoProducer, generateCatalogue } from './catalogue/generate-catalogue.ts';
import { generatePhoto } from './catalogue/generate-photo.ts';

const DEMO_PRODUCER_PASSWORD = 'bazaarche-demo';

// Encoding AVIF is the slow part of seeding: listings with the same look share one photo, and
// the distinct photos are made two at a time, one per core.
const PHOTO_WORKERS = 2;

const lookOf = (photo: DemoListing['photo']) => `${photo.palette}|${photo.motif}`;

async function makePhotos(storage: Storage, catalogue: DemoProducer[]): Promise<Map<string, StoredImage>> {
  const looks = new Map(catalogue.flatMap((p) => p.listings).map((l) => [lookOf(l.photo), l.photo] as const));
  const queue = [...looks.entries()];
  const made = new Map<string, StoredImage>();
  await Promise.all(
    Array.from({ length: PHOTO_WORKERS }, async () => {
      for (let next = queue.shift(); next; next = queue.shift()) {
        const [look, photo] = next;
        made.set(look, await processAndStoreImage(storage, await generatePhoto(photo)));
      }
    }),
  );
  return made;
}

/**
 * The demo catalogue, made through the same services the API uses, so the data obeys every rule
 * a real producer's does. Idempotent: a shop or listing already there (by owner, by title) is left alone.
 */
export async function seedCatalogue(
  db: Database,
  storage: Storage,
  log: (line: string) => void = () => {},
  catalogue: DemoProducer[] = generateCatalogue(),
): Promise<number> {
  const missing = await listingsToCreate(db, catalogue);
  const photos = await makePhotos(storage, missing);

  let created = 0;
  for (const [index, demo] of missing.entries()) {
    const { id: userId } = await createOrUpdateUser(db, { email: demo.email, password: DEMO_PRODUCER_PASSWORD, name: demo.name, locale: 'fa', admin: false });
    const [existing] = await db.select().from(producers).where(eq(producers.ownerUserId, userId));
    const producer =
      existing ??
      (await openShop(db, userId, {
        shopName: demo.shopName,
        provinceCode: demo.provinceCode,
        city: demo.city,
        trades: demo.trades,
        licenseNo: demo.licenseNo,
        bio: demo.bio,
        shippingFeeMinor: demo.shippingFeeMinor,
        freeShippingAboveMinor: demo.freeShippingAboveMinor,
      }));
    if (demo.status === 'approved' && producer.status === 'pending') await reviewProducer(db, producer.id, { kind: 'approve' });
    const actor: Actor = { userId, isAdmin: false, isFinance: false, producer: { id: producer.id, status: demo.status } };

    for (const item of demo.listings) {
      const { photo, status, ...input } = item;
      // The demo catalogue is Iranian and priced in rial, whatever the configured currency.
      const listingId = await createListing(db, actor, input, { currency: input.currency });
      await attachImage(db, actor, listingId, photos.get(lookOf(photo))!, { fa: item.title.fa, en: item.title.en });
      if (status === 'active' && demo.status === 'approved') await changeListingStatus(db, actor, listingId, 'publish');
      created += 1;
    }
    log(`  ${index + 1}/${catalogue.length} ${demo.shopName}`);
  }
  log(`Demo catalogue: ${catalogue.length} shops, ${created} new listings, ${photos.size} distinct photos.`);
  return created;
}

/** The part of the catalogue not in the database yet, so a second run makes no photos at all. */
async function listingsToCreate(db: Database, catalogue: DemoProducer[]): Promise<DemoProducer[]> {
  const present = await db
    .select({ email: users.email, title: listings.titleFa })
    .from(listings)
    .innerJoin(producers, eq(producers.id, listings.producerId))
    .innerJoin(users, eq(users.id, producers.ownerUserId));
  const seen = new Set(present.map((row) => `${row.email}|${row.title}`));
  return catalogue.map((p) => ({ ...p, listings: p.listings.filter((l) => !seen.has(`${p.email}|${l.title.fa}`)) }));
}
