import { type Database, listings, producers } from '@bazaarche/db';
import type { CatalogSearch } from '@bazaarche/search';
import { and, asc, eq, gt } from 'drizzle-orm';
import { buildSearchDocuments } from './build-search-documents.ts';

/**
 * Rebuilds the index from the database, the source of truth: clears it, then indexes every public
 * listing in batches.
 */
export async function reindexAll(db: Database, search: CatalogSearch, { batchSize = 500, log = (_line: string) => {} } = {}): Promise<number> {
  await search.configure();
  await search.clear();
  let indexed = 0;
  let after = '00000000-0000-0000-0000-000000000000';
  for (;;) {
    const batch = await db
      .select({ id: listings.id })
      .from(listings)
      .innerJoin(producers, eq(producers.id, listings.producerId))
      .where(and(eq(listings.status, 'active'), eq(producers.status, 'approved'), gt(listings.id, after)))
      .orderBy(asc(listings.id))
      .limit(batchSize);
    if (batch.length === 0) break;
    const { documents } = await buildSearchDocuments(
      db,
      batch.map((row) => row.id),
    );
    await search.index(documents);
    indexed += documents.length;
    after = batch.at(-1)!.id;
    log(`  ${indexed} listings indexed`);
  }
  return indexed;
}

