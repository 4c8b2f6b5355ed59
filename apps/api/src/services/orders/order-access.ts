import { type Executor, fulfilments, type Order, orders } from '@bazaarche/db';
import { and, eq } from 'drizzle-orm';
import { AppError } from '../../errors/app-error.ts';

/**
 * The order row, locked for the rest of the transaction. Every change to an order, its
 * fulfilments or its payments takes this lock first, so they happen one after another and always
 * in the same order of locks: order, then its rows, then stock.
 */
export async function lockOrder(tx: Executor, orderId: string): Promise<Order> {
  const [order] = await tx.select().from(orders).where(eq(orders.id, orderId)).for('update');
  if (!order) throw new AppError('order_not_found', { status: 404 });
  return order;
}

/** Whether this shop sends part of the order, and so may see it. */
export async function sellsInOrder(db: Executor, orderId: string, producerId: string | undefined): Promise<boolean> {
  if (!producerId) return false;
  const [row] = await db
    .select({ id: fulfilments.id })
    .from(fulfilments)
    .where(and(eq(fulfilments.orderId, orderId), eq(fulfilments.producerId, producerId)))
    .limit(1);
  return Boolean(row);
}
