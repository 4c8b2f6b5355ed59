import { type Executor, listings, outbox } from '@bazaarche/db';
import { eq } from 'drizzle-orm';

const SEARCH_TOPIC = 'search.listing';

/** Written in the caller's transaction: the change and the promise to index it commit together. */
export async function enqueueSearchUpdate(db: Executor, listingIds: string[]): Promise<void> {
  if (listingIds.length === 0) return;
  await db.insert(outbox).values(listingIds.map((subjectId) => ({ topic: SEARCH_TOPIC, subjectId })));
}

/** A shop's name, province or standing shows in all of its listings' documents. */
export async function enqueueShopSearchUpdate(db: Executor, producerId: string): Promise<void> {
  const rows = await db.select({ id: listings.id }).from(listings).where(eq(listings.producerId, producerId));
  await enqueueSearchUpdate(
    db,
    rows.map((row) => row.id),
  );
}
