import { type Executor, fulfilments, networks, type Order, orders, type Payment, payments } from '@bazaarche/db';
import { and, eq, inArray, or } from 'drizzle-orm';
import { AppError } from '../../errors/app-error.ts';
import type { Actor } from '../../plugins/actor.ts';

/**
 * The order row, locked for the rest of the transaction. Every change to an order, its
 * fulfilments or its payments takes this lock first, so they happen one after another and always
 * in the same order of locks: order, then its rows, then stock.
 */
export async function lockOrder(tx: Executor, orderId: string): Promise<Order> {
  const [order] = await tx.select().from(orders).where(eq(orders.id, orderId)).for('update');
  if (!order) throw new AppError('order_not_found');
  return order;
}

/** A payment and its order, both locked, the order first as everywhere; null when there is no such payment. */
export async function lockPayment(tx: Executor, paymentId: string): Promise<{ order: Order; payment: Payment } | null> {
  const [found] = await tx.select({ orderId: payments.orderId }).from(payments).where(eq(payments.id, paymentId));
  if (!found) return null;
  const order = await lockOrder(tx, found.orderId);
  const [payment] = await tx.select().from(payments).where(eq(payments.id, paymentId)).for('update');
  return { order, payment: payment! };
}

/**
 * The fulfilments a caller works as a seller: their shop's own, those of networks they lead (to
 * assign and follow), and network fulfilments assigned to their shop.
 */
export interface SellerScope {
  producerId: string | null;
  networkIds: string[];
}

/** Read once per actor, which lives for one request: its access check and the answer both ask. */
const scopes = new WeakMap<Actor, Promise<SellerScope>>();

export function sellerScopeOf(db: Executor, actor: Actor): Promise<SellerScope> {
  let scope = scopes.get(actor);
  if (!scope) {
    scope = db
      .select({ id: networks.id })
      .from(networks)
      .where(eq(networks.leaderUserId, actor.userId))
      .then((led) => ({ producerId: actor.producer?.id ?? null, networkIds: led.map((n) => n.id) }));
    scopes.set(actor, scope);
    scope.catch(() => scopes.delete(actor));
  }
  return scope;
}

export function inScope(scope: SellerScope, fulfilment: { producerId: string | null; networkId: string | null }): boolean {
  return (fulfilment.producerId !== null && fulfilment.producerId === scope.producerId) || (fulfilment.networkId !== null && scope.networkIds.includes(fulfilment.networkId));
}

/** The condition on `fulfilments` that matches a scope; null when the scope holds nothing. */
export function scopeCondition(scope: SellerScope) {
  const parts = [scope.producerId ? eq(fulfilments.producerId, scope.producerId) : undefined, scope.networkIds.length > 0 ? inArray(fulfilments.networkId, scope.networkIds) : undefined];
  return parts.some(Boolean) ? or(...parts) : null;
}

/** Whether the caller sends or routes part of the order, and so may see it. */
export async function sellsInOrder(db: Executor, orderId: string, actor: Actor): Promise<boolean> {
  const condition = scopeCondition(await sellerScopeOf(db, actor));
  if (!condition) return false;
  const [row] = await db
    .select({ id: fulfilments.id })
    .from(fulfilments)
    .where(and(eq(fulfilments.orderId, orderId), condition))
    .limit(1);
  return Boolean(row);
}
