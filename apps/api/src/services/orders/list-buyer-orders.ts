import { type Executor, orders } from '@bazaarche/db';
import type { Locale } from '@bazaarche/i18n';
import { count, desc, eq } from 'drizzle-orm';
import type { Page } from '../catalogue/list-listings.ts';
import { type PaymentPresentation, presentOrders } from './present-order.ts';

/** A page of the orders a user placed, newest first, as their buyer sees them. */
export async function listBuyerOrders(db: Executor, buyerUserId: string, { page, perPage }: Page, locale: Locale, presentation: PaymentPresentation) {
  const mine = eq(orders.buyerUserId, buyerUserId);
  const [rows, [total]] = await Promise.all([
    db
      .select({ id: orders.id })
      .from(orders)
      .where(mine)
      .orderBy(desc(orders.createdAt), desc(orders.id))
      .limit(perPage)
      .offset((page - 1) * perPage),
    db.select({ n: count() }).from(orders).where(mine),
  ]);
  const items = await presentOrders(db, rows.map((row) => row.id), locale, undefined, presentation);
  return { items, total: total?.n ?? 0, page, perPage };
}
