import { listings, listingVariants, orderEvents, orderLines, orders, payments } from '@bazaarche/db';
import { and, eq, inArray, isNull, lte, notInArray, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expireOverdueOrders } from '../src/services/orders/expire-overdue-orders.ts';
import { createTestApp, publishedListing, registerAdmin, registerFinance, registerProducer, registerUser, shippingAddressInput, type TestApp, transferConfirmation } from './support.ts';

const onPostgres = Boolean(process.env.DATABASE_URL);

type Session = { auth: Record<string, string>; user: { id: string } };
interface PlacedOrder {
  id: string;
  status: string;
  fulfilments: Array<{ id: string; seller: { id: string }; status: string; carrier: string | null; trackingCode: string | null; actions: string[] }>;
  payment: { id: string; status: string };
  timeline: Array<{ type: string; fulfilmentId: string | null; data: Record<string, string> }>;
  actions: string[];
}
type Line = { listingId: string; variantId?: string; quantity: number };

describe(`order lifecycle on ${onPostgres ? 'PostgreSQL' : 'PGlite'}`, () => {
  let t: TestApp;
  let admin: Awaited<ReturnType<typeof registerAdmin>>;
  let finance: Session;
  let towels: Awaited<ReturnType<typeof registerProducer>>;
  let leather: Awaited<ReturnType<typeof registerProducer>>;
  let buyer: Session;
  let stranger: Session;

  const post = (url: string, session: Session | null, payload?: Record<string, unknown>) =>
    t.app.inject({ method: 'POST', url, headers: session?.auth ?? {}, ...(payload && { payload }) });
  const get = (url: string, session: Session) => t.app.inject({ method: 'GET', url, headers: session.auth });
  const place = async (session: Session, items: Line[]): Promise<PlacedOrder> => {
    const response = await post('/v1/orders', session, { shippingAddress: shippingAddressInput, paymentMethod: 'manual', items });
    if (response.statusCode !== 201) throw new Error(`order failed: ${response.statusCode} ${response.body}`);
    return response.json();
  };
  /** Confirms the bank transfer as `session`, with the payment's own reference: whether it may is the caller's role alone. */
  const confirm = async (order: PlacedOrder, session: Session) => post(`/v1/payments/${order.payment.id}/confirm`, session, await transferConfirmation(t, order.payment.id));
  const ship = (fulfilmentId: string, session: Session, payload: Record<string, unknown> = { carrier: 'پست', trackingCode: '123456789012345678' }) =>
    post(`/v1/fulfilments/${fulfilmentId}/ship`, session, payload);
  const deliver = (fulfilmentId: string, session: Session) => post(`/v1/fulfilments/${fulfilmentId}/deliver`, session);
  const cancel = (order: PlacedOrder, session: Session | null) => post(`/v1/orders/${order.id}/cancel`, session);
  const seen = async (order: PlacedOrder, session: Session = buyer): Promise<PlacedOrder> => (await get(`/v1/orders/${order.id}`, session)).json();
  const fulfilmentOf = (order: PlacedOrder, seller: { producer: { id: string } }) => order.fulfilments.find((f) => f.seller.id === seller.producer.id)!.id;
  const stockOf = async (listingId: string) => (await t.database.db.select({ stock: listings.stock }).from(listings).where(eq(listings.id, listingId)))[0]!.stock;
  const variantStockOf = async (variantId: string) =>
    (await t.database.db.select({ stock: listingVariants.stock }).from(listingVariants).where(eq(listingVariants.id, variantId)))[0]!.stock;
  const errorOf = (response: { statusCode: number; json(): { error?: { code: string } } }) => [response.statusCode, response.json().error?.code];
  /** Makes the order overdue without moving the clock for the rest of the file's orders. */
  const makeOverdue = (order: PlacedOrder) => t.database.db.update(orders).set({ expiresAt: new Date(Date.now() - 1000) }).where(eq(orders.id, order.id));
  const bagWithVariants = (overrides: Record<string, unknown> = {}) =>
    publishedListing(t, leather, {
      title: { fa: 'کیف چرمی دست‌دوز' },
      categorySlug: 'leather',
      priceMinor: 12_000_000,
      stock: undefined,
      variants: [
        { sku: `BRN-${Math.random()}`, attributes: { color: 'قهوه‌ای' }, stock: 6 },
        { sku: `BLK-${Math.random()}`, attributes: { color: 'مشکی' }, stock: 4 },
      ],
      ...overrides,
    });

  beforeAll(async () => {
    t = await createTestApp();
    admin = await registerAdmin(t);
    finance = await registerFinance(t);
    towels = await registerProducer(t, admin);
    leather = await registerProducer(t, admin, { shop: { shopName: 'چرم نقش جهان', provinceCode: 'IR-10', trades: ['leather'] } });
    buyer = await registerUser(t.app);
    stranger = await registerUser(t.app);
  });
  afterAll(() => t?.close());

  it('takes a two-seller order from payment to completion, each seller moving their own parcel', async () => {
    const towel = await publishedListing(t, towels, { stock: 10 });
    const bag = await bagWithVariants();
    const placed = await place(buyer, [
      { listingId: towel.id, quantity: 2 },
      { listingId: bag.id, variantId: bag.variants[0]!.id, quantity: 1 },
    ]);
    const a = fulfilmentOf(placed, towels);
    const b = fulfilmentOf(placed, leather);

    const waiting = (await get('/v1/seller/fulfilments?status=awaiting_payment', towels)).json();
    expect(waiting.items[0]).toMatchObject({ id: a, orderId: placed.id, orderStatus: 'pending_payment', status: 'awaiting_payment', payment: { id: placed.payment.id, status: 'pending' } });

    // Neither seller may say the money reached the platform, not even for their own part.
    expect(errorOf(await confirm(placed, towels))).toEqual([403, 'forbidden']);
    expect(errorOf(await confirm(placed, leather))).toEqual([403, 'forbidden']);
    const confirmed = await confirm(placed, finance);
    expect(confirmed.statusCode, confirmed.body).toBe(200);
    // Finance sees the whole order it reconciles.
    expect(confirmed.json()).toMatchObject({ status: 'paid', payment: { status: 'succeeded' }, fulfilments: [{ id: a, status: 'processing' }, { id: b, status: 'processing' }] });
    const [payment] = await t.database.db.select().from(payments).where(eq(payments.id, placed.payment.id));
    const { paymentReference } = await transferConfirmation(t, placed.payment.id);
    expect(payment).toMatchObject({ status: 'succeeded', confirmedByUserId: finance.user.id, confirmedAt: expect.any(Date), bankReference: `BANK-${paymentReference}` });
    expect((await seen(placed)).fulfilments.map((f) => f.status)).toEqual(['processing', 'processing']);

    const shipped = await ship(a, towels, { carrier: '  پست پیشتاز ', trackingCode: ' 1234 5678 ' });
    expect(shipped.statusCode, shipped.body).toBe(200);
    expect(shipped.json().fulfilments[0]).toMatchObject({ status: 'shipped', carrier: 'پست پیشتاز', trackingCode: '1234 5678' });
    const forBuyer = await seen(placed);
    expect(forBuyer.timeline.map((e) => e.type)).toEqual(['placed', 'paid', 'shipped']);
    expect(forBuyer.timeline[2]).toMatchObject({ fulfilmentId: a, data: { carrier: 'پست پیشتاز', trackingCode: '1234 5678' } });
    // The other seller sees the order's events and their own, not the first seller's parcel.
    expect((await seen(placed, leather)).timeline.map((e) => e.type)).toEqual(['placed', 'paid']);

    expect((await deliver(a, towels)).json()).toMatchObject({ status: 'paid', fulfilments: [{ status: 'delivered' }] });
    expect((await ship(b, leather)).statusCode).toBe(200);
    const done = await deliver(b, leather);
    expect(done.statusCode, done.body).toBe(200);
    const final = await seen(placed);
    expect(final).toMatchObject({ status: 'completed', payment: { status: 'succeeded' } });
    expect(final.fulfilments.map((f) => f.status)).toEqual(['delivered', 'delivered']);
    expect(final.timeline.map((e) => e.type)).toEqual(['placed', 'paid', 'shipped', 'delivered', 'shipped', 'delivered', 'completed']);

    const delivered = (await get('/v1/seller/fulfilments?status=delivered&perPage=1', leather)).json();
    expect(delivered).toMatchObject({ page: 1, perPage: 1, total: 1 });
    expect(delivered.items[0]).toMatchObject({
      id: b,
      orderId: placed.id,
      orderStatus: 'completed',
      currency: 'IRR',
      shippingAddress: { postalCode: '1415566778' },
      lines: [{ listingId: bag.id, quantity: 1 }],
    });
    expect(delivered.items[0].timeline.map((e: { type: string }) => e.type)).toEqual(['placed', 'paid', 'shipped', 'delivered', 'completed']);
    // Stock taken at checkout stays taken once the goods are delivered.
    expect(await stockOf(towel.id)).toBe(8);
  });

  it('says in every order and parcel what the caller may do next, and each action it offers is one its route takes', async () => {
    const towel = await publishedListing(t, towels, { stock: 10 });
    const placed = await place(buyer, [{ listingId: towel.id, quantity: 1 }]);
    const a = fulfilmentOf(placed, towels);
    const actionsAs = async (session: Session) => {
      const order = await seen(placed, session);
      return { order: order.actions, parcel: order.fulfilments[0]!.actions };
    };
    expect(placed.actions).toEqual(['cancel']);
    expect(await actionsAs(buyer)).toEqual({ order: ['cancel'], parcel: [] });
    expect(await actionsAs(towels)).toEqual({ order: [], parcel: [] });
    expect(await actionsAs(finance)).toEqual({ order: ['confirm_payment'], parcel: [] });
    expect(await actionsAs(admin)).toEqual({ order: ['cancel', 'confirm_payment'], parcel: [] });

    expect((await confirm(placed, finance)).statusCode).toBe(200);
    expect(await actionsAs(buyer)).toEqual({ order: ['cancel'], parcel: [] });
    expect(await actionsAs(towels)).toEqual({ order: [], parcel: ['ship'] });
    expect(await actionsAs(admin)).toEqual({ order: ['cancel', 'refund'], parcel: ['ship'] });
    const listed = (await get('/v1/seller/fulfilments?status=processing&perPage=100', towels)).json();
    expect(listed.items.find((f: { id: string }) => f.id === a).actions).toEqual(['ship']);

    expect((await ship(a, towels)).json().fulfilments[0].actions).toEqual(['deliver']);
    // Once a parcel has left, the order can no longer be called off.
    expect(await actionsAs(buyer)).toEqual({ order: [], parcel: [] });
    expect((await deliver(a, towels)).json()).toMatchObject({ status: 'completed', actions: [], fulfilments: [{ actions: [] }] });
    expect(await actionsAs(admin)).toEqual({ order: ['refund'], parcel: [] });
  });

  it('takes cash on delivery from two shops that accept it: each seller confirms the cash of their own parcel only', async () => {
    const acceptCod = (seller: typeof towels, acceptsCod: boolean) =>
      t.app.inject({ method: 'PATCH', url: `/v1/producers/${seller.producer.id}`, headers: seller.auth, payload: { acceptsCod } });
    const towel = await publishedListing(t, towels, { stock: 10 });
    const bag = await bagWithVariants();
    const items = [
      { listingId: towel.id, quantity: 1 },
      { listingId: bag.id, variantId: bag.variants[0]!.id, quantity: 1 },
    ];
    const cod = (lines: Line[]) => post('/v1/orders', buyer, { shippingAddress: shippingAddressInput, paymentMethod: 'cod', items: lines });
    await acceptCod(towels, true);
    // One shop of the two does not take cash: the order is refused whole, and no stock is taken.
    const refused = await cod(items);
    expect([refused.statusCode, refused.json().error.details[0]]).toEqual([422, expect.objectContaining({ field: 'paymentMethod', code: 'cod_not_accepted' })]);
    expect(await stockOf(towel.id)).toBe(10);
    await acceptCod(leather, true);

    const placed: PlacedOrder = (await cod(items)).json();
    // No money has arrived: the order is to be paid at the door, never `paid`, though its sellers start at once.
    expect(placed).toMatchObject({ status: 'cash_on_delivery', payment: { status: 'pending' } });
    expect(placed.fulfilments.map((f) => f.status)).toEqual(['processing', 'processing']);
    const a = fulfilmentOf(placed, towels);
    const b = fulfilmentOf(placed, leather);
    const collect = (fulfilmentId: string, session: Session) => post(`/v1/payments/${placed.payment.id}/confirm`, session, { fulfilmentId });
    expect(placed.fulfilments.map((f) => f.actions)).toEqual([[], []]);
    expect((await ship(a, towels)).json().fulfilments).toEqual([expect.objectContaining({ id: a, actions: ['confirm_cod'] })]);
    await ship(b, leather);
    // The towel shop took no cash for the bag.
    expect(errorOf(await collect(b, towels))).toEqual([422, 'validation_failed']);
    expect(errorOf(await collect(a, stranger))).toEqual([404, 'payment_not_found']);
    expect(errorOf(await post(`/v1/payments/${placed.payment.id}/confirm`, towels))).toEqual([422, 'validation_failed']);
    expect((await collect(a, towels)).json()).toMatchObject({ status: 'cash_on_delivery', payment: { status: 'pending' }, fulfilments: [{ id: a, status: 'delivered' }] });
    // The seller's list says the same while a parcel is still to go.
    const listed = (await get(`/v1/seller/fulfilments?perPage=100`, leather)).json();
    expect(listed.items.find((f: { id: string }) => f.id === b)).toMatchObject({ orderStatus: 'cash_on_delivery', status: 'shipped' });
    expect(errorOf(await collect(a, towels))).toEqual([409, 'fulfilment_state_conflict']);
    const done = await collect(b, leather);
    expect(done.statusCode, done.body).toBe(200);
    const final = await seen(placed);
    expect(final).toMatchObject({ status: 'completed', payment: { status: 'succeeded' } });
    expect(final.timeline.map((e) => e.type)).toEqual(['placed', 'shipped', 'shipped', 'delivered', 'delivered', 'completed']);
    // No step made it `paid`: no order of this buyer paid by cash is stored as paid.
    const storedPaid = await t.database.db.select({ id: orders.id }).from(orders).innerJoin(payments, eq(payments.orderId, orders.id)).where(and(eq(payments.provider, 'cod'), eq(orders.status, 'paid')));
    expect(storedPaid).toEqual([]);

    // A cash order cancelled before it leaves calls its payment off; it never expires.
    const cancelled: PlacedOrder = (await cod([{ listingId: towel.id, quantity: 2 }])).json();
    await makeOverdue(cancelled);
    await expireOverdueOrders(t.database.db);
    expect((await seen(cancelled)).status).toBe('cash_on_delivery');
    expect((await cancel(cancelled, buyer)).json()).toMatchObject({ status: 'cancelled', payment: { status: 'cancelled' } });
    expect(await stockOf(towel.id)).toBe(9);
    await acceptCod(towels, false);
    await acceptCod(leather, false);
  });

  it('lists a shop’s fulfilments newest first, and refuses a caller without a shop', async () => {
    const towel = await publishedListing(t, towels, { stock: 10 });
    const first = await place(buyer, [{ listingId: towel.id, quantity: 1 }]);
    const second = await place(buyer, [{ listingId: towel.id, quantity: 1 }]);
    const page = (await get('/v1/seller/fulfilments?perPage=2', towels)).json();
    expect(page.items.map((f: { orderId: string }) => f.orderId)).toEqual([second.id, first.id]);
    expect(page.total).toBeGreaterThanOrEqual(3);
    expect(page.items.every((f: { seller: { id: string } }) => f.seller.id === towels.producer.id)).toBe(true);
    expect(errorOf(await get('/v1/seller/fulfilments', stranger))).toEqual([403, 'no_shop']);
    expect(errorOf(await get('/v1/seller/fulfilments?status=lost', towels))).toEqual([422, 'validation_failed']);
  });

  it('refuses moves the state machines do not allow, with 409, and changes nothing', async () => {
    const towel = await publishedListing(t, towels, { stock: 10 });
    const placed = await place(buyer, [{ listingId: towel.id, quantity: 1 }]);
    const f = placed.fulfilments[0]!.id;

    expect(errorOf(await ship(f, towels))).toEqual([409, 'fulfilment_state_conflict']);
    expect(errorOf(await deliver(f, towels))).toEqual([409, 'fulfilment_state_conflict']);
    expect((await confirm(placed, admin)).statusCode).toBe(200);
    expect(errorOf(await confirm(placed, admin))).toEqual([409, 'payment_state_conflict']);
    expect(errorOf(await deliver(f, towels))).toEqual([409, 'fulfilment_state_conflict']);
    expect((await ship(f, towels)).statusCode).toBe(200);
    expect(errorOf(await ship(f, towels, { carrier: 'تیپاکس', trackingCode: 'X' }))).toEqual([409, 'fulfilment_state_conflict']);
    expect(errorOf(await cancel(placed, buyer))).toEqual([409, 'order_state_conflict']);
    expect(errorOf(await cancel(placed, admin))).toEqual([409, 'order_state_conflict']);

    const after = await seen(placed);
    expect(after).toMatchObject({ status: 'paid', payment: { status: 'succeeded' }, fulfilments: [{ status: 'shipped', carrier: 'پست' }] });
    expect(after.timeline.map((e) => e.type)).toEqual(['placed', 'paid', 'shipped']);
    expect(await stockOf(towel.id)).toBe(9);
  });

  it('wants a carrier and a tracking code that are not blank, long or multi-line', async () => {
    const towel = await publishedListing(t, towels, { stock: 10 });
    const placed = await place(buyer, [{ listingId: towel.id, quantity: 1 }]);
    await confirm(placed, finance);
    const f = placed.fulfilments[0]!.id;
    for (const payload of [
      { carrier: '   ', trackingCode: '1' },
      { carrier: 'پست', trackingCode: '' },
      { carrier: 'پست', trackingCode: 'x'.repeat(101) },
      { carrier: 'پست', trackingCode: '12\n34' },
      { carrier: 'پست' },
      { carrier: 'پست', trackingCode: '1', extra: true },
    ]) {
      expect(errorOf(await ship(f, towels, payload)), JSON.stringify(payload)).toEqual([422, 'validation_failed']);
    }
    expect((await seen(placed)).fulfilments[0]!.status).toBe('processing');
  });

  it('hides orders, parcels and payments from people with no part in them, and refuses the wrong part with 403', async () => {
    const towel = await publishedListing(t, towels, { stock: 10 });
    const placed = await place(buyer, [{ listingId: towel.id, quantity: 1 }]);
    const f = placed.fulfilments[0]!.id;

    expect(errorOf(await confirm(placed, stranger))).toEqual([404, 'payment_not_found']);
    expect(errorOf(await confirm(placed, leather))).toEqual([404, 'payment_not_found']);
    expect(errorOf(await confirm(placed, buyer))).toEqual([403, 'forbidden']);
    // The seller sees the order, so is told no rather than that it does not exist.
    expect(errorOf(await confirm(placed, towels))).toEqual([403, 'forbidden']);
    expect(errorOf(await cancel(placed, stranger))).toEqual([404, 'order_not_found']);
    expect(errorOf(await cancel(placed, leather))).toEqual([404, 'order_not_found']);
    expect(errorOf(await cancel(placed, towels))).toEqual([403, 'forbidden']);
    expect((await cancel(placed, null)).statusCode).toBe(401);
    expect(errorOf(await post('/v1/payments/00000000-0000-4000-8000-000000000000/confirm', admin))).toEqual([404, 'payment_not_found']);

    expect((await confirm(placed, finance)).statusCode).toBe(200);
    expect(errorOf(await ship(f, leather))).toEqual([404, 'fulfilment_not_found']);
    expect(errorOf(await ship(f, stranger))).toEqual([404, 'fulfilment_not_found']);
    expect(errorOf(await ship(f, buyer))).toEqual([403, 'forbidden']);
    expect(errorOf(await post('/v1/fulfilments/00000000-0000-4000-8000-000000000000/ship', towels, { carrier: 'پست', trackingCode: '1' }))).toEqual([
      404,
      'fulfilment_not_found',
    ]);
    expect((await ship(f, admin)).statusCode).toBe(200);
    expect(errorOf(await deliver(f, leather))).toEqual([404, 'fulfilment_not_found']);
    expect(errorOf(await deliver(f, buyer))).toEqual([403, 'forbidden']);
    expect((await deliver(f, towels)).json().status).toBe('completed');
  });

  it('cancels an unpaid order: every unit back where it came from, payment cancelled, once', async () => {
    const towel = await publishedListing(t, towels, { stock: 10 });
    const bespoke = await publishedListing(t, towels, { title: { fa: 'حوله سفارشی' }, stock: undefined, madeToOrder: { processingDays: 5 } });
    const bag = await bagWithVariants();
    const [brown, black] = bag.variants.map((v) => v.id) as [string, string];
    const placed = await place(buyer, [
      { listingId: towel.id, quantity: 3 },
      { listingId: bespoke.id, quantity: 2 },
      { listingId: bag.id, variantId: brown, quantity: 2 },
      { listingId: bag.id, variantId: black, quantity: 4 },
    ]);
    expect([await stockOf(towel.id), await variantStockOf(brown), await variantStockOf(black)]).toEqual([7, 4, 0]);

    const cancelled = await cancel(placed, buyer);
    expect(cancelled.statusCode, cancelled.body).toBe(200);
    expect(cancelled.json()).toMatchObject({ status: 'cancelled', payment: { status: 'cancelled' } });
    expect(cancelled.json().fulfilments.map((f: { status: string }) => f.status)).toEqual(['cancelled', 'cancelled']);
    expect(cancelled.json().timeline.at(-1)).toMatchObject({ type: 'cancelled', fulfilmentId: null, data: { by: 'buyer' } });
    expect([await stockOf(towel.id), await stockOf(bespoke.id), await variantStockOf(brown), await variantStockOf(black)]).toEqual([10, null, 6, 4]);

    expect(errorOf(await cancel(placed, buyer))).toEqual([409, 'order_state_conflict']);
    expect(errorOf(await cancel(placed, admin))).toEqual([409, 'order_state_conflict']);
    expect(errorOf(await confirm(placed, finance))).toEqual([409, 'payment_state_conflict']);
    expect([await stockOf(towel.id), await variantStockOf(brown), await variantStockOf(black)]).toEqual([10, 6, 4]);
  });

  it('cancels a paid order for the buyer or an admin, leaving the payment due for refund', async () => {
    const towel = await publishedListing(t, towels, { stock: 10 });
    const bag = await bagWithVariants();
    const byAdmin = await place(buyer, [
      { listingId: towel.id, quantity: 1 },
      { listingId: bag.id, variantId: bag.variants[1]!.id, quantity: 1 },
    ]);
    await confirm(byAdmin, finance);
    const cancelled = await cancel(byAdmin, admin);
    expect(cancelled.statusCode, cancelled.body).toBe(200);
    expect(cancelled.json()).toMatchObject({ status: 'cancelled', payment: { status: 'refund_due' } });
    expect(cancelled.json().timeline.at(-1)).toMatchObject({ type: 'cancelled', data: { by: 'admin' } });

    const byBuyer = await place(buyer, [{ listingId: towel.id, quantity: 2 }]);
    await confirm(byBuyer, finance);
    expect((await cancel(byBuyer, buyer)).json()).toMatchObject({ status: 'cancelled', payment: { status: 'refund_due' }, fulfilments: [{ status: 'cancelled' }] });
    expect([await stockOf(towel.id), await variantStockOf(bag.variants[1]!.id)]).toEqual([10, 4]);
    expect(errorOf(await ship(byBuyer.fulfilments[0]!.id, towels))).toEqual([409, 'fulfilment_state_conflict']);
  });

  it('expires unpaid orders past their deadline, returns their stock, and a second sweep does nothing', async () => {
    const towel = await publishedListing(t, towels, { stock: 10 });
    const bag = await bagWithVariants();
    const overdue = await place(buyer, [
      { listingId: towel.id, quantity: 4 },
      { listingId: bag.id, variantId: bag.variants[0]!.id, quantity: 6 },
    ]);
    const paid = await place(buyer, [{ listingId: towel.id, quantity: 1 }]);
    await confirm(paid, finance);
    expect([await stockOf(towel.id), await variantStockOf(bag.variants[0]!.id)]).toEqual([5, 0]);

    // Nothing placed in this file is overdue yet.
    expect(await expireOverdueOrders(t.database.db)).toBe(0);
    const [deadline] = await t.database.db.select({ expiresAt: orders.expiresAt }).from(orders).where(eq(orders.id, overdue.id));
    const later = new Date(deadline!.expiresAt.getTime() + 1000);
    const open = await t.database.db.select({ id: orders.id }).from(orders).where(and(eq(orders.status, 'pending_payment'), lte(orders.expiresAt, later)));
    // A small batch, so the sweep has to come back for more.
    expect(await expireOverdueOrders(t.database.db, { now: later, batchSize: 2 })).toBe(open.length);
    expect(await expireOverdueOrders(t.database.db, { now: later, batchSize: 2 })).toBe(0);

    const after = await seen(overdue);
    expect(after).toMatchObject({ status: 'expired', payment: { status: 'expired' } });
    expect(after.fulfilments.map((f) => f.status)).toEqual(['cancelled', 'cancelled']);
    expect(after.timeline.at(-1)).toMatchObject({ type: 'expired', fulfilmentId: null });
    const [event] = await t.database.db.select().from(orderEvents).where(and(eq(orderEvents.orderId, overdue.id), eq(orderEvents.type, 'expired')));
    expect(event!.actorUserId).toBeNull();
    expect((await seen(paid)).status).toBe('paid');
    expect([await stockOf(towel.id), await variantStockOf(bag.variants[0]!.id)]).toEqual([9, 6]);

    expect(errorOf(await confirm(overdue, finance))).toEqual([409, 'payment_state_conflict']);
    expect(errorOf(await cancel(overdue, buyer))).toEqual([409, 'order_state_conflict']);
  });

  it('returns stock exactly, whatever mix of checkouts, payments, shipments, cancellations and expiries happens', async () => {
    const towel = await publishedListing(t, towels, { stock: 12 });
    const bag = await bagWithVariants();
    const keys: Line[] = [
      { listingId: towel.id, quantity: 0 },
      { listingId: bag.id, variantId: bag.variants[0]!.id, quantity: 0 },
      { listingId: bag.id, variantId: bag.variants[1]!.id, quantity: 0 },
    ];
    const initial = [12, 6, 4];
    const stockNow = () => Promise.all([stockOf(towel.id), variantStockOf(bag.variants[0]!.id), variantStockOf(bag.variants[1]!.id)]);
    const heldByLiveOrders = async () => {
      const rows = await t.database.db
        .select({ listingId: orderLines.listingId, variantId: orderLines.variantId, units: sql<number>`sum(${orderLines.quantity})`.mapWith(Number) })
        .from(orderLines)
        .innerJoin(orders, eq(orders.id, orderLines.orderId))
        .where(and(inArray(orderLines.listingId, [towel.id, bag.id]), notInArray(orders.status, ['cancelled', 'expired'])))
        .groupBy(orderLines.listingId, orderLines.variantId);
      return keys.map((key) => rows.find((r) => r.listingId === key.listingId && (r.variantId ?? undefined) === key.variantId)?.units ?? 0);
    };

    // A seeded generator, so a failure can be replayed.
    let seed = 20_240_601;
    const random = (n: number) => {
      seed = (Math.imul(seed, 1_103_515_245) + 12_345) >>> 0;
      return (seed >>> 8) % n;
    };
    const placed: PlacedOrder[] = [];
    const outcomes = new Map<string, number>();
    for (let step = 0; step < 60; step++) {
      const action = random(6);
      const target = placed.length > 0 ? placed[random(placed.length)]! : undefined;
      let status: number;
      if (action <= 1 || !target) {
        const items = keys.filter(() => random(2) === 0).map((key) => ({ ...key, quantity: 1 + random(3) }));
        const response = await post('/v1/orders', buyer, { shippingAddress: shippingAddressInput, paymentMethod: 'manual', items: items.length ? items : [{ listingId: towel.id, quantity: 1 }] });
        status = response.statusCode;
        if (status === 201) placed.push(response.json());
      } else if (action === 2) {
        status = (await cancel(target, random(2) ? buyer : admin)).statusCode;
      } else if (action === 3) {
        status = (await confirm(target, admin)).statusCode;
      } else if (action === 4) {
        status = (await ship(target.fulfilments[random(target.fulfilments.length)]!.id, admin)).statusCode;
      } else {
        await makeOverdue(target);
        status = (await expireOverdueOrders(t.database.db)) > 0 ? 200 : 409;
      }
      expect([200, 201, 409]).toContain(status);
      outcomes.set(`${action}:${status}`, (outcomes.get(`${action}:${status}`) ?? 0) + 1);
      const held = await heldByLiveOrders();
      expect(await stockNow(), `after step ${step} (action ${action} → ${status})`).toEqual(initial.map((units, i) => units - held[i]!));
    }
    // The walk did reach every kind of move, successful and refused.
    for (const outcome of ['0:201', '2:200', '2:409', '3:200', '4:200', '5:200']) expect([...outcomes.keys()], outcome).toContain(outcome);
  });

  it.runIf(onPostgres)('returns stock exactly once when two sweeps and a cancellation race for the same overdue order', async () => {
    const towel = await publishedListing(t, towels, { stock: 50 });
    for (let round = 0; round < 8; round++) {
      const placed = await place(buyer, [{ listingId: towel.id, quantity: 5 }]);
      await makeOverdue(placed);
      const [swept1, swept2, cancelled] = await Promise.all([expireOverdueOrders(t.database.db), expireOverdueOrders(t.database.db), cancel(placed, buyer)]);
      expect([200, 409]).toContain(cancelled.statusCode);
      expect(swept1 + swept2 + (cancelled.statusCode === 200 ? 1 : 0), `round ${round}`).toBe(1);
      const after = await seen(placed);
      expect(['expired', 'cancelled']).toContain(after.status);
      expect(after.timeline.filter((e) => e.type === 'expired' || e.type === 'cancelled')).toHaveLength(1);
      expect(await stockOf(towel.id)).toBe(50);
    }
  });

  it.runIf(onPostgres)('lets exactly one of 10 concurrent confirmations through', async () => {
    const towel = await publishedListing(t, towels, { stock: 10 });
    const bag = await bagWithVariants();
    const placed = await place(buyer, [
      { listingId: towel.id, quantity: 1 },
      { listingId: bag.id, variantId: bag.variants[0]!.id, quantity: 1 },
    ]);
    const responses = await Promise.all(Array.from({ length: 10 }, (_, i) => confirm(placed, [finance, admin][i % 2]!)));
    expect(responses.map((r) => r.statusCode).sort()).toEqual([200, ...Array(9).fill(409)]);
    expect(responses.filter((r) => r.statusCode === 409).every((r) => r.json().error.code === 'payment_state_conflict')).toBe(true);
    const paidEvents = await t.database.db.select().from(orderEvents).where(and(eq(orderEvents.orderId, placed.id), eq(orderEvents.type, 'paid'), isNull(orderEvents.fulfilmentId)));
    expect(paidEvents).toHaveLength(1);
    expect((await seen(placed)).fulfilments.map((f) => f.status)).toEqual(['processing', 'processing']);
  });
});
