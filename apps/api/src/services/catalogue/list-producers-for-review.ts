import { type Executor, producers, users } from '@bazaarche/db';
import type { Locale } from '@bazaarche/i18n';
import { count, desc, eq } from 'drizzle-orm';
import type { Page } from './list-listings.ts';
import { presentProducers } from './present-producer.ts';

/** Shops for admins to review, newest first, optionally in one status, each with its owner. */
export async function listProducersForReview(db: Executor, { page, perPage, status }: Page & { status?: 'pending' | 'approved' | 'rejected' | undefined }, locale: Locale, currency: string) {
  const where = status ? eq(producers.status, status) : undefined;
  const rows = await db
    .select({ producer: producers, owner: { id: users.id, name: users.name, email: users.email } })
    .from(producers)
    .innerJoin(users, eq(users.id, producers.ownerUserId))
    .where(where)
    .orderBy(desc(producers.createdAt))
    .limit(perPage)
    .offset((page - 1) * perPage);
  const [total] = await db.select({ n: count() }).from(producers).where(where);
  const presented = await presentProducers(db, rows.map((r) => r.producer), locale, currency);
  return { items: presented.map((p, i) => ({ ...p, owner: rows[i]!.owner })), total: total?.n ?? 0, page, perPage };
}
