import { categories, type Database, listings, networks, producers, producerTrades, users } from '@bazaarche/db';
import { calendarDateAt } from '@bazaarche/domain';
import type { Storage } from '@bazaarche/media';
import { and, asc, eq, gt, isNull } from 'drizzle-orm';
import type { ConfiguredPayments } from '../adapters/payments.ts';
import type { Actor } from '../plugins/actor.ts';
import { updateListing } from '../services/catalogue/update-listing.ts';
import { createBulkOrder } from '../services/bulk-orders/create-bulk-order.ts';
import { acceptInvitation } from '../services/networks/accept-invitation.ts';
import { createNetwork } from '../services/networks/create-network.ts';
import { inviteMember } from '../services/networks/invite-member.ts';
import { checkout } from '../services/orders/checkout.ts';
import { DEMO_BUYER, demoShippingAddress, payDemoTransfer } from './seed-orders.ts';

const DEMO_NETWORK = 'شبکهٔ سوزن‌دوزان بازارچه';
const TRADE = 'embroidery';
const DAY_MS = 86_400_000;
/** The demo catalogue is Iranian and priced in rial, whatever the configured currency. */
const DEMO_CURRENCY = 'IRR';

/**
 * A demo supply-chain network, so the leader's and members' pages have something to show: the first
 * embroidery shops, the first of them leading; two of its listings sold through it; a paid order of the
 * demo buyer waiting for the leader to give it to a member; and a bulk order waiting to be split.
 * Added once: a database with the network is left alone.
 */
export async function seedDemoNetwork(db: Database, storage: Storage, providers: Pick<ConfiguredPayments, 'manual'>, log?: (line: string) => void): Promise<void> {
  if ((await db.$count(networks, eq(networks.name, DEMO_NETWORK))) > 0) return;
  const shops = await db
    .select({ id: producers.id, ownerUserId: producers.ownerUserId, provinceCode: producers.provinceCode })
    .from(producers)
    .innerJoin(producerTrades, eq(producerTrades.producerId, producers.id))
    .innerJoin(categories, eq(categories.id, producerTrades.categoryId))
    .where(and(eq(categories.slug, TRADE), eq(producers.status, 'approved')))
    .orderBy(asc(producers.slug))
    .limit(4);
  if (shops.length < 3) return;
  const actorOf = (shop: (typeof shops)[number]): Actor => ({ userId: shop.ownerUserId, isAdmin: false, isFinance: false, producer: { id: shop.id, status: 'approved' } });
  const [leader, ...members] = shops as [(typeof shops)[number], ...typeof shops];

  const network = await createNetwork(db, actorOf(leader), { name: DEMO_NETWORK, provinceCode: leader.provinceCode, trades: [TRADE], coordinationFeeBps: 500, leaderCapacityPerWeek: 20 }, { locale: 'fa', storage });
  for (const [index, member] of members.entries()) {
    await inviteMember(db, actorOf(leader), network.id, { producerId: member.id, capacityPerWeek: [40, 25, 15][index] ?? 10 });
    await acceptInvitation(db, actorOf(member), network.id);
  }

  const stocked = await db
    .select({ id: listings.id, producerId: listings.producerId })
    .from(listings)
    .where(and(eq(listings.status, 'active'), gt(listings.stock, 2), isNull(listings.processingDays), isNull(listings.networkId)))
    .orderBy(asc(listings.titleFa));
  const sold = shops.flatMap((shop) => stocked.filter((l) => l.producerId === shop.id).slice(0, 1)).slice(0, 2);
  for (const listing of sold) {
    await updateListing(db, actorOf(shops.find((s) => s.id === listing.producerId)!), listing.id, { networkId: network.id }, { currency: DEMO_CURRENCY });
  }

  const [buyer] = await db.select({ id: users.id }).from(users).where(eq(users.email, DEMO_BUYER));
  if (buyer && sold[0]) {
    const placed = await checkout(db, { shippingAddress: demoShippingAddress, paymentMethod: 'manual', items: [{ listingId: sold[0].id, quantity: 2 }] }, { buyerUserId: buyer.id, paymentMinutes: 7 * 24 * 60, paymentMethods: ['manual'] });
    await payDemoTransfer(db, providers, placed.orderId, { confirm: true });
  }

  await createBulkOrder(db, actorOf(leader), network.id, {
    title: 'رومیزی سوزن‌دوزی برای هتل‌های اصفهان',
    categorySlug: TRADE,
    quantity: 300,
    dueDate: calendarDateAt(new Date(Date.now() + 45 * DAY_MS)),
    unitPriceMinor: 3_200_000,
    currency: DEMO_CURRENCY,
    spec: 'رومیزی کتان ۹۰×۹۰، نقش بته‌جقه، نخ ابریشمی',
  });
  const [leaderAccount] = await db.select({ email: users.email }).from(users).where(eq(users.id, leader.ownerUserId));
  log?.(`demo network: ${shops.length} shops led by ${leaderAccount?.email}, ${sold.length} listings sold through it, 1 order to assign, 1 bulk order to split`);
}
