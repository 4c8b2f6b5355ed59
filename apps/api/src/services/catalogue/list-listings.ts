import { type Executor, type Listing, listings } from '@bazaarche/db';
import type { ListingStatus } from '@bazaarche/domain';
import { and, count, desc, eq, type SQL } from 'drizzle-orm';

export interface Page {
  page: number;
  perPage: number;
}

/** A page of listings matching `where`, newest first, with the total for the pager. */
export async function pageOfListings(db: Executor, where: SQL | undefined, { page, perPage }: Page): Promise<{ rows: Listing[]; total: number }> {
  const rows = await db
    .select()
    .from(listings)
    .where(where)
    .orderBy(desc(listings.updatedAt), desc(listings.id))
    .limit(perPage)
    .offset((page - 1) * perPage);
  const [row] = await db.select({ total: count() }).from(listings).where(where);
  return { rows, total: row?.total ?? 0 };
}

export function sellerListingsFilter(producerId: string, status?: ListingStatus): SQL | undefined {
  return and(eq(listings.producerId, producerId), status ? eq(listings.status, status) : undefined);
}
