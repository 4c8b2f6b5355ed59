import { type Database, listings, orders, producers, users } from '@bazaarche/db';
import { and, asc, eq, gt, isNull } from 'drizzle-orm';
import type { Actor } from '../plugins/actor.ts';
import { checkout } from '../services/orders/checkout.ts';
import { confirmManualPayment } from '../services/orders/confirm-payment.ts';
import { shipFulfilment } from '../services/orders/move-fulfilment.ts';

export const DEMO_BUYER = 'sara@bazaarche.test';

/** Where the demo buyer's orders go. */
export const demoShippingAddress = {
  recipientName: 'سارا محمدی',
  phone: '09121234567',
  provinceCode: 'IR-23',
  city: 'تهران',
  addressLine: 'خیابان ولیعصر، کوچهٔ نسترن، پلاک ۸، واحد ۳',
  postalCode: '1415943617',
};

/**
 * The demo buyer's orders, so the order pages and a seller's orders page have something to show:
 * one from two shops, paid, with one parcel on its way; one waiting for a bank transfer. Added
 * once: a buyer who has ordered already is left alone.
 */
export async function seedDemoOrders(db: Database, log?: (line: string) => void): Promise<void> {
  const [buyer] = await db.select({ id: users.id }).from(users).where(eq(users.email, DEMO_BUYER));
  if (!buyer || (await db.$count(orders, eq(orders.buyerUserId, buyer.id))) > 0) return;
  // In-stock listings without variants, from the first shops that have some.
  const stocked = await db
    .select({ id: listings.id, producerId: listings.producerId, ownerUserId: producers.ownerUserId })
    .from(listings)
    .innerJoin(producers, eq(producers.id, listings.producerId))
    .where(and(eq(listings.status, 'active'), eq(producers.status, 'approved'), gt(listings.stock, 2), isNull(listings.processingDays)))
    .orderBy(asc(producers.slug), asc(listings.titleFa))
    .limit(200);
  const firstOf = new Map<string, (typeof stocked)[number]>();
  for (const listing of stocked) if (!firstOf.has(listing.producerId)) firstOf.set(listing.producerId, listing);
  const [a, b] = [...firstOf.values()];
  if (!a || !b) return;

  const options = { buyerUserId: buyer.id, paymentMinutes: 7 * 24 * 60, paymentMethods: ['manual'] as const };
  const shipped = await checkout(db, { shippingAddress: demoShippingAddress, paymentMethod: 'manual', items: [{ listingId: a.id, quantity: 1 }, { listingId: b.id, quantity: 2 }] }, options);
  const seller = (listing: typeof a): Actor => ({ userId: listing.ownerUserId, isAdmin: false, producer: { id: listing.producerId, status: 'approved' } });
  const [payment] = await db.query.payments.findMany({ where: (p, { eq }) => eq(p.orderId, shipped.orderId) });
  await confirmManualPayment(db, payment!.id, seller(a));
  const [parcel] = await db.query.fulfilments.findMany({ where: (f, { and, eq }) => and(eq(f.orderId, shipped.orderId), eq(f.producerId, a.producerId)) });
  await shipFulfilment(db, parcel!.id, seller(a), { carrier: 'پست پیشتاز', trackingCode: '1402123456789' });
  await checkout(db, { shippingAddress: demoShippingAddress, paymentMethod: 'manual', items: [{ listingId: b.id, quantity: 1 }] }, options);
  log?.(`demo orders: 2 for ${DEMO_BUYER}`);
}
