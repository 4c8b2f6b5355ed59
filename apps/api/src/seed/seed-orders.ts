import { type Database, listings, orders, payments, platformMemberships, producers, users } from '@bazaarche/db';
import { and, asc, eq, gt, isNull } from 'drizzle-orm';
import type { ConfiguredPayments } from '../adapters/payments.ts';
import type { Actor } from '../plugins/actor.ts';
import { checkout } from '../services/orders/checkout.ts';
import { confirmPayment } from '../services/orders/confirm-payment.ts';
import { shipFulfilment } from '../services/orders/move-fulfilment.ts';
import { startOrderPayment } from '../services/payments/start-order-payment.ts';

export const DEMO_BUYER = 'sara@bazaarche.test';
const DEMO_FINANCE = 'finance@bazaarche.test';

/**
 * Starts an order's bank transfer as the API does after checkout and, when `confirm`, has the demo
 * finance user match it on the platform's statement: only finance confirms money paid to the platform.
 */
export async function payDemoTransfer(db: Database, providers: Pick<ConfiguredPayments, 'manual'>, orderId: string, { confirm }: { confirm: boolean }): Promise<void> {
  // A bank transfer's start needs no public address: it only gives the reference to quote.
  await startOrderPayment(db, providers, orderId, '');
  if (!confirm) return;
  const [finance] = await db
    .select({ id: users.id })
    .from(users)
    .innerJoin(platformMemberships, and(eq(platformMemberships.userId, users.id), eq(platformMemberships.role, 'finance')))
    .where(eq(users.email, DEMO_FINANCE));
  const [payment] = await db.select().from(payments).where(eq(payments.orderId, orderId));
  if (!finance || !payment?.providerReference) throw new Error(`The demo finance account ${DEMO_FINANCE} must exist before demo orders are paid`);
  const actor: Actor = { userId: finance.id, isAdmin: false, isFinance: true, producer: null };
  await confirmPayment(db, payment.id, actor, { paymentReference: payment.providerReference, bankReference: `DEMO-${payment.providerReference}` }, { commissionBps: 0 }); // the rate is charged on cash on delivery only
}

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
export async function seedDemoOrders(db: Database, providers: Pick<ConfiguredPayments, 'manual'>, log?: (line: string) => void): Promise<void> {
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
  const seller = (listing: typeof a): Actor => ({ userId: listing.ownerUserId, isAdmin: false, isFinance: false, producer: { id: listing.producerId, status: 'approved' } });
  await payDemoTransfer(db, providers, shipped.orderId, { confirm: true });
  const [parcel] = await db.query.fulfilments.findMany({ where: (f, { and, eq }) => and(eq(f.orderId, shipped.orderId), eq(f.producerId, a.producerId)) });
  await shipFulfilment(db, parcel!.id, seller(a), { carrier: 'پست پیشتاز', trackingCode: '1402123456789' });
  const waiting = await checkout(db, { shippingAddress: demoShippingAddress, paymentMethod: 'manual', items: [{ listingId: b.id, quantity: 1 }] }, options);
  await payDemoTransfer(db, providers, waiting.orderId, { confirm: false });
  log?.(`demo orders: 2 for ${DEMO_BUYER}`);
}
