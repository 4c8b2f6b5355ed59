import { type Executor, fulfilments } from '@bazaarche/db';
import type { FulfilmentStatus } from '@bazaarche/domain';
import type { Locale } from '@bazaarche/i18n';
import { and, count, desc, eq } from 'drizzle-orm';
import type { SellerFulfilmentResponse } from '../../schemas/orders.ts';
import { presentOrders } from './present-order.ts';

export interface SellerFulfilmentsQuery {
  status?: FulfilmentStatus | undefined;
  page: number;
  perPage: number;
}

/** A shop's parcels, newest first, each with its order as that shop sees it. */
export async function listSellerFulfilments(
  db: Executor,
  producerId: string,
  { status, page, perPage }: SellerFulfilmentsQuery,
  locale: Locale,
): Promise<{ items: SellerFulfilmentResponse[]; total: number }> {
  const where = and(eq(fulfilments.producerId, producerId), status ? eq(fulfilments.status, status) : undefined);
  const [rows, [total]] = await Promise.all([
    db
      .select({ id: fulfilments.id, orderId: fulfilments.orderId })
      .from(fulfilments)
      .where(where)
      .orderBy(desc(fulfilments.createdAt), desc(fulfilments.id))
      .limit(perPage)
      .offset((page - 1) * perPage),
    db.select({ n: count() }).from(fulfilments).where(where),
  ]);
  const orders = await presentOrders(db, rows.map((row) => row.orderId), locale, () => ({ producerId }));
  const items = rows.flatMap((row): SellerFulfilmentResponse[] => {
    const order = orders.find((o) => o.id === row.orderId);
    const fulfilment = order?.fulfilments.find((f) => f.id === row.id);
    if (!order || !fulfilment) return [];
    return [
      {
        ...fulfilment,
        orderId: order.id,
        orderStatus: order.status,
        currency: order.currency,
        placedAt: order.createdAt,
        shippingAddress: order.shippingAddress,
        payment: order.payment,
        timeline: order.timeline,
      },
    ];
  });
  return { items, total: total?.n ?? 0 };
}
