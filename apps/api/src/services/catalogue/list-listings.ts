import { type Executor, type Listing, listings } from '@bazaarche/db';
import { count, desc, type SQL } from 'drizzle-orm';

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
