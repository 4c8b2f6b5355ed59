import { type Executor, fulfilments } from '@bazaarche/db';
import type { FulfilmentStatus } from '@bazaarche/domain';
import type { Locale } from '@bazaarche/i18n';
import { and, count, desc, eq, isNull } from 'drizzle-orm';
import { AppError } from '../../errors/app-error.ts';
import type { Actor } from '../../plugins/actor.ts';
import type { SellerFulfilmentResponse } from '../../schemas/orders.ts';
import { scopeCondition, sellerScopeOf } from './order-access.ts';
import { presentOrders } from './present-order.ts';

export interface SellerFulfilmentsQuery {
  status?: FulfilmentStatus | undefined;
  /** Only network parts no member has been given yet: the leader's queue to assign. */
  unassigned?: boolean | undefined;
  networkId?: string | undefined;
  page: number;
  perPage: number;
}

/**
 * The parcels a seller works, newest first, each with its order as they see it: their shop's own,
 * their networks' (for a leader), and network parts assigned to their shop. 403 `no_shop` for a
 * caller with neither a shop nor a network.
 */
export async function listSellerFulfilments(
  db: Executor,
  actor: Actor,
  { status, unassigned, networkId, page, perPage }: SellerFulfilmentsQuery,
  locale: Locale,
): Promise<{ items: SellerFulfilmentResponse[]; total: number; page: number; perPage: number }> {
  const scope = await sellerScopeOf(db, actor);
  if (!scope.producerId && scope.networkIds.length === 0) throw new AppError('no_shop');
  const inScope = scopeCondition(scope);
  if (!inScope) return { items: [], total: 0, page, perPage };
  const where = and(
    inScope,
    status ? eq(fulfilments.status, status) : undefined,
    unassigned ? isNull(fulfilments.producerId) : undefined,
    networkId ? eq(fulfilments.networkId, networkId) : undefined,
  );
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
  const orders = await presentOrders(db, rows.map((row) => row.orderId), locale, () => scope);
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
  return { items, total: total?.n ?? 0, page, perPage };
}
