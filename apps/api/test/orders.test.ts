import { cartItems, listings, listingVariants, orders, outbox, producers } from '@bazaarche/db';
import { and, count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestApp,
  publishedListing,
  registerAdmin,
  registerProducer,
  registerUser,
  shippingAddressInput,
  type TestApp,
} from './support.ts';

const onPostgres = Boolean(process.env.DATABASE_URL);

describe(`checkout and orders on ${onPostgres ? 'PostgreSQL' : 'PGlite'}`, () => {
  let t: TestApp;
  let admin: Awaited<ReturnType<typeof registerAdmin>>;
  let towels: Awaited<ReturnType<typeof registerProducer>>;
  let leather: Awaited<ReturnType<typeof registerProducer>>;
  let buyer: Awaited<ReturnType<typeof registerUser>>;
  const ids = {} as Record<'towel' | 'bespoke' | 'bag' | 'brownBag' | 'blackBag', string>;

  const order = (session: { auth: Record<string, string> }, payload: Record<string, unknown>, headers: Record<string, string> = {}) =>
    t.app.inject({ method: 'POST', url: '/v1/orders', headers: { ...session.auth, ...headers }, payload: { shippingAddress: shippingAddressInput, paymentMethod: 'manual', ...payload } });
  const stockOf = async (id: string) => (await t.database.db.select({ stock: listings.stock }).from(listings).where(eq(listings.id, id)))[0]!.stock;
  const orderCount = async () => (await t.database.db.select({ n: count() }).from(orders))[0]!.n;

  beforeAll(async () => {
    t = await createTestApp();
    admin = await registerAdmin(t);
    towels = await registerProducer(t, admin);
    leather = await registerProducer(t, admin, { shop: { shopName: 'چرم نقش جهان', provinceCode: 'IR-10', trades: ['leather'] } });
    buyer = await registerUser(t.app);
    // Towels: 300,000 toman shipping, free from 10,000,000 rial; leather ships free.
    await t.database.db.update(producers).set({ shippingFeeMinor: 3_000_000, freeShippingAboveMinor: 10_000_000 }).where(eq(producers.id, towels.producer.id));
    ids.towel = (await publishedListing(t, towels, { priceMinor: 4_500_000, stock: 10 })).id;
    ids.bespoke = (await publishedListing(t, towels, { title: { fa: 'حوله سفارشی با نام' }, stock: undefined, madeToOrder: { processingDays: 7 }, priceMinor: 6_000_000 })).id;
    const bag = await publishedListing(t, leather, {
      title: { fa: 'کیف چرمی دست‌دوز' },
      categorySlug: 'leather',
      priceMinor: 12_000_000,
      stock: undefined,
      variants: [
        { sku: 'BAG-BRN', attributes: { color: 'قهوه‌ای' }, stock: 3 },
        { sku: 'BAG-BLK', attributes: { color: 'مشکی' }, stock: 2, priceMinor: 13_000_000 },
      ],
    });
    ids.bag = bag.id;
    ids.brownBag = bag.variants[0]!.id;
    ids.blackBag = bag.variants[1]!.id;
  });
  afterAll(() => t?.close());

  it('places one order with a fulfilment per seller, shipping per seller, stock taken and titles kept', async () => {
    const response = await order(buyer, {
      items: [
        { listingId: ids.towel, quantity: 2 },
        { listingId: ids.bag, variantId: ids.blackBag, quantity: 1 },
        { listingId: ids.bespoke, quantity: 1 },
      ],
    });
    expect(response.statusCode, response.body).toBe(201);
    const placed = response.json();
    expect(placed).toMatchObject({ status: 'pending_payment', currency: 'IRR', payment: { provider: 'manual', status: 'pending' } });
    const [fromTowels, fromLeather] = placed.fulfilments;
    // 2 × 4,500,000 + 6,000,000 = 15,000,000: above the towel shop's free-shipping threshold.
    expect(fromTowels).toMatchObject({ seller: { id: towels.producer.id }, status: 'awaiting_payment', subtotalMinor: 15_000_000, shippingMinor: 0 });
    expect(fromLeather).toMatchObject({ seller: { id: leather.producer.id }, subtotalMinor: 13_000_000, shippingMinor: 0, totalMinor: 13_000_000 });
    expect(fromLeather.lines).toEqual([expect.objectContaining({ variantAttributes: { color: 'مشکی' }, unitPriceMinor: 13_000_000, quantity: 1, shipBy: null })]);
    const bespoke = fromTowels.lines.find((line: { listingId: string }) => line.listingId === ids.bespoke);
    expect(new Date(bespoke.shipBy).getTime() - Date.now()).toBeGreaterThan(6.9 * 86_400_000);
    expect(placed.totalMinor).toBe(28_000_000);
    expect(placed.timeline).toEqual([expect.objectContaining({ type: 'placed' })]);
    // Shown from the rows its transaction wrote, the new order is exactly the order as it reads back.
    expect(placed).toEqual((await t.app.inject({ method: 'GET', url: `/v1/orders/${placed.id}`, headers: buyer.auth })).json());

    expect(await stockOf(ids.towel)).toBe(8);
    const [black] = await t.database.db.select({ stock: listingVariants.stock }).from(listingVariants).where(eq(listingVariants.id, ids.blackBag));
    expect(black!.stock).toBe(1);

    // The title bought is the title kept, whatever the seller writes later.
    await t.app.inject({ method: 'PATCH', url: `/v1/listings/${ids.towel}`, headers: towels.auth, payload: { title: { fa: 'حوله حمام نخی درجه یک' } } });
    const again = (await t.app.inject({ method: 'GET', url: `/v1/orders/${placed.id}`, headers: buyer.auth })).json();
    expect(again.fulfilments[0].lines[0].title.fa).toBe('حوله حمام نخی');
  });

  it('charges a seller’s flat fee below the free-shipping threshold', async () => {
    const placed = (await order(buyer, { items: [{ listingId: ids.towel, quantity: 1 }] })).json();
    expect(placed.fulfilments[0]).toMatchObject({ subtotalMinor: 4_500_000, shippingMinor: 3_000_000, totalMinor: 7_500_000 });
    expect(placed).toMatchObject({ subtotalMinor: 4_500_000, shippingMinor: 3_000_000, totalMinor: 7_500_000 });
  });

  it('buys the cart and empties it', async () => {
    const shopper = await registerUser(t.app);
    await t.database.db.insert(cartItems).values([
      { userId: shopper.user.id, listingId: ids.towel, quantity: 1, seenPriceMinor: 4_500_000 },
      { userId: shopper.user.id, listingId: ids.bag, variantId: ids.brownBag, quantity: 2, seenPriceMinor: 12_000_000 },
    ]);
    const response = await order(shopper, {});
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json().fulfilments).toHaveLength(2);
    expect(await t.database.db.select().from(cartItems).where(eq(cartItems.userId, shopper.user.id))).toEqual([]);
    expect((await order(shopper, {})).json()).toMatchObject({ error: { code: 'cart_empty' } });
  });

  it('refuses a cart whose prices changed since the buyer saw them, and keeps the cart', async () => {
    const shopper = await registerUser(t.app);
    await t.database.db.insert(cartItems).values({ userId: shopper.user.id, listingId: ids.towel, quantity: 1, seenPriceMinor: 4_000_000 });
    const response = await order(shopper, {});
    expect(response.statusCode).toBe(409);
    expect(response.json().error).toMatchObject({ code: 'cart_line_problem', details: [{ code: 'price_changed', previousPriceMinor: 4_000_000, currentPriceMinor: 4_500_000 }] });
    expect(await t.database.db.select().from(cartItems).where(eq(cartItems.userId, shopper.user.id))).toHaveLength(1);
  });

  it('returns the same order for the same Idempotency-Key, and refuses the key for a different order', async () => {
    const key = { 'idempotency-key': `order-${Date.now()}` };
    const payload = { items: [{ listingId: ids.towel, quantity: 1 }] };
    const first = await order(buyer, payload, key);
    const second = await order(buyer, payload, key);
    expect([first.statusCode, second.statusCode]).toEqual([201, 200]);
    expect(second.json().id).toBe(first.json().id);
    const other = await order(buyer, { items: [{ listingId: ids.towel, quantity: 2 }] }, key);
    expect(other.statusCode).toBe(422);
    expect(other.json().error.code).toBe('idempotency_key_reused');
    // Another buyer's key is their own.
    expect((await order(await registerUser(t.app), payload, key)).statusCode).toBe(201);
  });

  it('answers bad input with a clear 4xx and writes nothing', async () => {
    const before = { orders: await orderCount(), towel: await stockOf(ids.towel) };
    const cases: Array<[Record<string, unknown>, number, string]> = [
      [{ items: [{ listingId: ids.towel, quantity: -1 }] }, 422, 'validation_failed'],
      [{ items: [{ listingId: ids.towel, quantity: 1.5 }] }, 422, 'validation_failed'],
      [{ items: [{ listingId: ids.towel, quantity: 0 }] }, 422, 'validation_failed'],
      [{ items: [{ listingId: ids.towel, quantity: 1000 }] }, 409, 'insufficient_stock'],
      [{ items: [{ listingId: ids.bag, quantity: 1 }] }, 422, 'validation_failed'],
      [{ items: [{ listingId: ids.towel, variantId: ids.brownBag, quantity: 1 }] }, 422, 'validation_failed'],
      [{ items: [{ listingId: '00000000-0000-4000-8000-000000000000', quantity: 1 }] }, 404, 'listing_not_found'],
      [{ items: [{ listingId: ids.towel, quantity: 1 }], shippingAddress: { ...shippingAddressInput, postalCode: '123456789' } }, 422, 'validation_failed'],
      [{ items: [{ listingId: ids.towel, quantity: 1 }], shippingAddress: { ...shippingAddressInput, phone: '12345' } }, 422, 'validation_failed'],
      [{ items: [{ listingId: ids.towel, quantity: 1 }], shippingAddress: { ...shippingAddressInput, provinceCode: 'IR-99' } }, 422, 'validation_failed'],
      [{ items: [{ listingId: ids.towel, quantity: 1 }], paymentMethod: 'stripe' }, 422, 'payment_method_unavailable'],
      [{ items: [] }, 422, 'validation_failed'],
      // The second line cannot be had: the first is not bought alone.
      [{ items: [{ listingId: ids.towel, quantity: 1 }, { listingId: ids.bag, variantId: ids.blackBag, quantity: 5 }] }, 409, 'insufficient_stock'],
    ];
    for (const [payload, status, code] of cases) {
      const response = await order(buyer, payload);
      expect([response.statusCode, response.json().error?.code], JSON.stringify(payload)).toEqual([status, code]);
    }
    const postal = await order(buyer, { items: [{ listingId: ids.towel, quantity: 1 }], shippingAddress: { ...shippingAddressInput, postalCode: '123456789' } });
    expect(postal.json().error.details).toEqual([expect.objectContaining({ field: 'shippingAddress.postalCode', code: 'invalid_postal_code' })]);
    const variant = await order(buyer, { items: [{ listingId: ids.towel, variantId: ids.brownBag, quantity: 1 }] });
    expect(variant.json().error.details).toEqual([expect.objectContaining({ field: 'variantId', code: 'unknown_variant' })]);
    expect(await orderCount()).toBe(before.orders);
    expect(await stockOf(ids.towel)).toBe(before.towel);
    expect((await t.app.inject({ method: 'POST', url: '/v1/orders', payload: { shippingAddress: shippingAddressInput, paymentMethod: 'manual' } })).statusCode).toBe(401);
  });

  it('refuses the buyer’s own listing, from items or the cart, and one sold through a network they lead, with 409 own_listing, writing nothing', async () => {
    const before = await orderCount();
    const direct = await order(towels, { items: [{ listingId: ids.bag, variantId: ids.brownBag, quantity: 1 }, { listingId: ids.towel, quantity: 1 }] });
    expect([direct.statusCode, direct.json().error]).toEqual([409, expect.objectContaining({ code: 'own_listing', details: { listingId: ids.towel } })]);
    // A line from before the rule (the cart refuses one now) is refused at checkout, and the cart kept.
    await t.database.db.insert(cartItems).values({ userId: towels.user.id, listingId: ids.towel, quantity: 1, seenPriceMinor: 4_500_000 });
    expect((await order(towels, {})).json().error.code).toBe('own_listing');
    expect(await t.database.db.$count(cartItems, eq(cartItems.userId, towels.user.id))).toBe(1);
    await t.database.db.delete(cartItems).where(eq(cartItems.userId, towels.user.id));

    // A network led by the towel shop, selling a member's work: the leader would earn its fee on it.
    const network = (await t.app.inject({ method: 'POST', url: '/v1/networks', headers: towels.auth, payload: { name: 'شبکهٔ خودخرید', provinceCode: 'IR-21', trades: ['leather'] } })).json();
    await t.app.inject({ method: 'POST', url: `/v1/networks/${network.id}/members`, headers: towels.auth, payload: { producerId: leather.producer.id, capacityPerWeek: 10 } });
    expect((await t.app.inject({ method: 'POST', url: `/v1/networks/${network.id}/members/accept`, headers: leather.auth })).statusCode).toBe(200);
    const belt = await publishedListing(t, leather, { title: { fa: 'کمربند چرمی' }, categorySlug: 'leather', priceMinor: 2_000_000, stock: 5, networkId: network.id });
    expect((await order(towels, { items: [{ listingId: belt.id, quantity: 1 }] })).json().error.code).toBe('own_listing');
    expect((await order(leather, { items: [{ listingId: belt.id, quantity: 1 }] })).json().error.code).toBe('own_listing');
    expect(await orderCount()).toBe(before);
    expect(await stockOf(belt.id)).toBe(5);
    const throughNetwork = await order(buyer, { items: [{ listingId: belt.id, quantity: 1 }] });
    expect(throughNetwork.statusCode).toBe(201);
    expect(throughNetwork.json().fulfilments[0].seller).toEqual({ kind: 'network', id: network.id, slug: network.slug, shopName: network.name });
    expect(throughNetwork.json()).toEqual((await t.app.inject({ method: 'GET', url: `/v1/orders/${throughNetwork.json().id}`, headers: buyer.auth })).json());
  });

  it('asks search to re-index a listing when an order takes its last unit, and not before', async () => {
    const last = await publishedListing(t, towels, { title: { fa: 'حوله تک' }, stock: 2 });
    const queued = async () => (await t.database.db.select({ n: count() }).from(outbox).where(and(eq(outbox.topic, 'search.listing'), eq(outbox.subjectId, last.id))))[0]!.n;
    const before = await queued();
    expect((await order(buyer, { items: [{ listingId: last.id, quantity: 1 }] })).statusCode).toBe(201);
    expect(await queued()).toBe(before);
    expect((await order(buyer, { items: [{ listingId: last.id, quantity: 1 }] })).statusCode).toBe(201);
    expect(await queued()).toBe(before + 1);
  });

  it('refuses a paused listing with 409', async () => {
    const paused = await publishedListing(t, towels, { title: { fa: 'حوله دست‌باف موقتاً ناموجود' } });
    await t.app.inject({ method: 'POST', url: `/v1/listings/${paused.id}/pause`, headers: towels.auth });
    const response = await order(buyer, { items: [{ listingId: paused.id, quantity: 1 }] });
    expect([response.statusCode, response.json().error.code]).toEqual([409, 'listing_not_available']);
  });

  it('shows an order to its buyer, a seller only their part, and no one else', async () => {
    const placed = (await order(buyer, { items: [{ listingId: ids.towel, quantity: 1 }, { listingId: ids.bag, variantId: ids.brownBag, quantity: 1 }] })).json();
    const get = (session: { auth: Record<string, string> }) => t.app.inject({ method: 'GET', url: `/v1/orders/${placed.id}`, headers: session.auth });
    expect((await get(buyer)).json().fulfilments).toHaveLength(2);
    expect((await get(admin)).json().fulfilments).toHaveLength(2);
    const seen = (await get(leather)).json();
    expect(seen.fulfilments.map((f: { seller: { id: string } }) => f.seller.id)).toEqual([leather.producer.id]);
    expect(seen.totalMinor).toBe(12_000_000);
    expect(seen.shippingAddress.postalCode).toBe('1415566778');
    expect((await get(await registerUser(t.app))).statusCode).toBe(404);

    const list = (await t.app.inject({ method: 'GET', url: '/v1/orders?perPage=2', headers: buyer.auth })).json();
    expect(list).toMatchObject({ page: 1, perPage: 2, total: expect.any(Number) });
    expect(list.total).toBeGreaterThanOrEqual(4);
    expect(list.items[0].id).toBe(placed.id);
  });

  it.runIf(onPostgres)('sells 10 units to exactly 10 of 50 buyers pressing at once, and never below zero', async () => {
    const hot = await publishedListing(t, towels, { title: { fa: 'حوله حراج' }, stock: 10 });
    const buyers = await Promise.all(Array.from({ length: 50 }, () => registerUser(t.app)));
    const responses = await Promise.all(buyers.map((b) => order(b, { items: [{ listingId: hot.id, quantity: 1 }] })));
    const statuses = responses.map((r) => r.statusCode);
    expect(statuses.filter((s) => s === 201)).toHaveLength(10);
    expect(statuses.filter((s) => s === 409)).toHaveLength(40);
    expect(responses.filter((r) => r.statusCode === 409).every((r) => r.json().error.code === 'insufficient_stock')).toBe(true);
    expect(await stockOf(hot.id)).toBe(0);
  });

  it.runIf(onPostgres)('places one order for 20 concurrent requests with the same Idempotency-Key', async () => {
    const shopper = await registerUser(t.app);
    const key = { 'idempotency-key': `burst-${Date.now()}` };
    const before = await stockOf(ids.towel);
    const responses = await Promise.all(Array.from({ length: 20 }, () => order(shopper, { items: [{ listingId: ids.towel, quantity: 1 }] }, key)));
    expect(responses.map((r) => r.statusCode).sort((a, b) => b - a)).toEqual([201, ...Array(19).fill(200)]);
    expect(new Set(responses.map((r) => r.json().id)).size).toBe(1);
    expect(await t.database.db.select({ n: count() }).from(orders).where(eq(orders.buyerUserId, shopper.user.id))).toEqual([{ n: 1 }]);
    expect(await stockOf(ids.towel)).toBe(before! - 1);
  });
});
