import { type Executor, fulfilments, networks, orders, payments, producers, users } from '@bazaarche/db';
import { toAsciiDigits } from '@bazaarche/domain';
import { and, asc, count, desc, eq, inArray, isNotNull, type SQL } from 'drizzle-orm';
import type { BankTransfersPage, BankTransfersQuery } from '../../schemas/payments.ts';
import { fulfilmentSellerColumns, sellerOfFulfilment } from '../orders/present-order.ts';

/**
 * Bank transfers for platform finance to match against the platform's statement, newest first: those
 * still to arrive by default, or the confirmed ones; or the one whose reference a statement line
 * shows, whatever its status (an expired order's transfer that arrived late is found too).
 */
export async function listBankTransfers(db: Executor, { page, perPage, status, reference }: BankTransfersQuery): Promise<BankTransfersPage> {
  // A payment whose start has not yet given it a reference has told the buyer nothing to quote: nothing to match yet.
  const conditions: SQL[] = [eq(payments.provider, 'manual'), isNotNull(payments.providerReference)];
  if (reference !== undefined) {
    // Read as confirm reads it: statements and people write digits in either script and in groups.
    conditions.push(eq(payments.providerReference, toAsciiDigits(reference).replace(/\s+/g, '')));
    if (status) conditions.push(eq(payments.status, status));
  } else {
    conditions.push(eq(payments.status, status ?? 'pending'));
  }
  const where = and(...conditions);

  const [rows, [total]] = await Promise.all([
    db
      .select({ payment: payments, expiresAt: orders.expiresAt, buyer: { id: users.id, name: users.name, email: users.email } })
      .from(payments)
      .innerJoin(orders, eq(orders.id, payments.orderId))
      .innerJoin(users, eq(users.id, orders.buyerUserId))
      .where(where)
      .orderBy(desc(payments.createdAt), desc(payments.id))
      .limit(perPage)
      .offset((page - 1) * perPage),
    db.select({ n: count() }).from(payments).where(where),
  ]);

  const orderIds = rows.map((r) => r.payment.orderId);
  const parts = orderIds.length
    ? await db
        .select({ orderId: fulfilments.orderId, ...fulfilmentSellerColumns })
        .from(fulfilments)
        .leftJoin(producers, eq(producers.id, fulfilments.producerId))
        .leftJoin(networks, eq(networks.id, fulfilments.networkId))
        .where(inArray(fulfilments.orderId, orderIds))
        .orderBy(asc(fulfilments.position))
    : [];

  return {
    items: rows.map(({ payment, expiresAt, buyer }) => ({
      id: payment.id,
      orderId: payment.orderId,
      status: payment.status,
      buyer,
      amountMinor: payment.amountMinor,
      currency: payment.currency,
      reference: payment.providerReference!,
      createdAt: payment.createdAt.toISOString(),
      expiresAt: expiresAt.toISOString(),
      confirmedAt: payment.confirmedAt?.toISOString() ?? null,
      bankReference: payment.bankReference,
      sellers: parts
        .filter((part) => part.orderId === payment.orderId)
        .map(sellerOfFulfilment),
    })),
    total: total?.n ?? 0,
    page,
    perPage,
  };
}
