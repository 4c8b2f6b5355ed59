import { fulfilments, ledgerTransactions, orderEvents } from '@bazaarche/db';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, drainSearchOutbox, publishedListing, registerAdmin, registerProducer, registerUser, shippingAddressInput, type TestApp, transferConfirmation } from './support.ts';

type Session = { auth: Record<string, string> };
type Producer = Awaited<ReturnType<typeof registerProducer>>;
interface FulfilmentView {
  id: string;
  seller: { kind: string; id: string; shopName: string };
  assignee: { producerId: string; shopName: string } | null;
  status: string;
  totalMinor: number;
  actions: string[];
}
interface OrderView {
  id: string;
  status: string;
  fulfilments: FulfilmentView[];
  payment: { id: string };
  timeline: Array<{ type: string; fulfilmentId: string | null }>;
}

const PRICE = 4_500_000;
const SHIPPING = 300_000;
const NETWORK_NAME = 'شبکهٔ حوله‌بافان یزد';

describe(`retail orders of network listings on ${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite'}`, () => {
  let t: TestApp;
  let admin: Awaited<ReturnType<typeof registerAdmin>>;
  let leader: Producer;
  /** Yazd, 70 a week. */
  let yazd: Producer;
  /** Tehran, where the buyer lives, 70 a week. */
  let tehran: Producer;
  /** Tehran, 7 a week. */
  let small: Producer;
  let outsider: Producer;
  let buyer: Session;
  let networkId: string;
  let listingId: string;
  let outsiderListingId: string;

  const request = (method: 'GET' | 'POST' | 'PATCH' | 'PUT', url: string, session?: Session, payload?: object) =>
    t.app.inject({ method, url, ...(session && { headers: session.auth }), ...(payload && { payload }) });
  const post = (url: string, session: Session, payload?: object) => request('POST', url, session, payload);
  const confirm = async (paymentId: string, session: Session) => post(`/v1/payments/${paymentId}/confirm`, session, await transferConfirmation(t, paymentId));
  const order = async (id: string, session: Session) => {
    const response = await request('GET', `/v1/orders/${id}`, session);
    expect(response.statusCode, response.body).toBe(200);
    return response.json() as OrderView;
  };
  const networkPart = (o: OrderView) => o.fulfilments.find((f) => f.seller.kind === 'network')!;
  const place = async (items: Array<{ listingId: string; quantity: number }>) => {
    const response = await post('/v1/orders', buyer, { shippingAddress: shippingAddressInput, paymentMethod: 'manual', items });
    expect(response.statusCode, response.body).toBe(201);
    return response.json() as OrderView;
  };
  const payable = async (session: Session, query = '') => (await request('GET', `/v1/ledger/statement${query}`, session)).json().balance;
  const snapshot = async () => ({
    fulfilments: await t.database.db.select().from(fulfilments).orderBy(fulfilments.id),
    events: await t.database.db.$count(orderEvents),
    ledger: await t.database.db.$count(ledgerTransactions),
  });

  beforeAll(async () => {
    t = await createTestApp();
    admin = await registerAdmin(t);
    leader = await registerProducer(t, admin);
    yazd = await registerProducer(t, admin);
    tehran = await registerProducer(t, admin, { shop: { provinceCode: 'IR-23', city: 'تهران' } });
    small = await registerProducer(t, admin, { shop: { provinceCode: 'IR-23', city: 'تهران' } });
    outsider = await registerProducer(t, admin);
    buyer = await registerUser(t.app);

    const created = await post('/v1/networks', leader, { name: NETWORK_NAME, provinceCode: 'IR-21', trades: ['towels'], coordinationFeeBps: 500 });
    expect(created.statusCode, created.body).toBe(201);
    networkId = created.json().id;
    for (const [member, capacityPerWeek] of [
      [yazd, 70],
      [tehran, 70],
      [small, 7],
    ] as const) {
      expect((await post(`/v1/networks/${networkId}/members`, leader, { producerId: member.producer.id, capacityPerWeek })).statusCode).toBe(201);
      expect((await post(`/v1/networks/${networkId}/members/accept`, member)).statusCode).toBe(200);
    }
  });
  afterAll(() => t?.close());

  it('lets a member declare their own capacity, and no one else’s', async () => {
    const url = (m: Producer) => `/v1/networks/${networkId}/members/${m.producer.id}`;
    expect((await request('PATCH', url(small), tehran, { capacityPerWeek: 1 })).statusCode).toBe(403);
    expect((await request('PATCH', url(outsider), leader, { capacityPerWeek: 1 })).statusCode).toBe(404);
    expect((await request('PATCH', url(small), small, { capacityPerWeek: -1 })).statusCode).toBe(422);
    expect((await request('PATCH', url(small), small, { capacityPerWeek: 14 })).json()).toMatchObject({ capacityPerWeek: 14 });
    expect((await request('PATCH', url(small), leader, { capacityPerWeek: 7 })).json()).toMatchObject({ capacityPerWeek: 7, capacityByTrade: { towels: 7 } });
    expect((await request('PATCH', url(small), small, {})).statusCode).toBe(422);

    // Per trade: only the network's own trades, and null goes back to the default.
    const pottery = await request('PATCH', url(small), small, { trades: [{ trade: 'pottery', capacityPerWeek: 5 }] });
    expect([pottery.statusCode, pottery.json().error.details[0].field]).toEqual([422, 'trades.0.trade']);
    expect((await request('PATCH', url(small), small, { trades: [{ trade: 'towels', capacityPerWeek: 3 }] })).json()).toMatchObject({ capacityPerWeek: 7, capacityByTrade: { towels: 3 } });
    const page = (await request('GET', `/v1/networks/${networkId}`)).json();
    expect(page.members.find((m: { producerId: string }) => m.producerId === small.producer.id).capacityByTrade).toEqual({ towels: 3 });
    // A member may change and end their own membership, no one else's; the leader any.
    const membersAs = async (session: Session) =>
      Object.fromEntries((await request('GET', `/v1/networks/${networkId}`, session)).json().members.map((m: { producerId: string; actions: string[] }) => [m.producerId, m.actions]));
    const asSmall = await membersAs(small);
    expect(Object.entries(asSmall).filter(([, actions]) => actions.length > 0)).toEqual([[small.producer.id, ['update', 'remove']]]);
    expect(Object.values(await membersAs(leader)).every((actions) => actions.join() === 'update,remove')).toBe(true);
    expect((await request('PATCH', url(small), small, { trades: [{ trade: 'towels', capacityPerWeek: null }] })).json().capacityByTrade).toEqual({ towels: 7 });
  });

  it('lets only the leader set the network’s shipping and routing', async () => {
    const settings = { shipping: { flatFeeMinor: SHIPPING, freeAboveMinor: null } };
    expect((await request('PATCH', `/v1/networks/${networkId}`, yazd, settings)).statusCode).toBe(403);
    expect((await request('PATCH', `/v1/networks/${networkId}`, leader, { routing: 'sometimes' })).statusCode).toBe(422);
    const updated = await request('PATCH', `/v1/networks/${networkId}`, leader, settings);
    expect(updated.statusCode, updated.body).toBe(200);
    expect(updated.json()).toMatchObject({ routing: 'manual', shipping: { flatFeeMinor: SHIPPING, freeAboveMinor: null } });
  });

  it('sells a member’s listing under the network’s name, on its page and in search', async () => {
    const refused = await post('/v1/listings', outsider, { ...listingBase, stock: 5, networkId });
    expect([refused.statusCode, refused.json().error.details?.[0]?.field]).toEqual([422, 'networkId']);

    listingId = (await publishedListing(t, yazd, { ...listingBase, networkId, stock: 200 })).id;
    outsiderListingId = (await publishedListing(t, outsider, { ...listingBase, stock: 20 })).id;
    const listing = (await request('GET', `/v1/listings/${listingId}`)).json();
    expect(listing.network).toMatchObject({ id: networkId, name: NETWORK_NAME });

    const page = (await request('GET', `/v1/networks/${networkId}`)).json();
    expect(page.listings.map((l: { id: string }) => l.id)).toEqual([listingId]);
    expect(page.listings[0].seller).toMatchObject({ kind: 'network', id: networkId, shopName: NETWORK_NAME });
    expect(page.members.find((m: { producerId: string }) => m.producerId === yazd.producer.id)).toMatchObject({ slug: yazd.producer.slug });

    await drainSearchOutbox(t);
    const found = (await request('GET', `/v1/search?network=${networkId}`)).json();
    expect(found.items.map((i: { id: string }) => i.id)).toEqual([listingId]);
  });

  it('gives the buyer one seller, the network, with its own shipping', async () => {
    expect((await request('PUT', '/v1/cart/items', buyer, { listingId, quantity: 2 })).statusCode).toBeLessThan(300);
    const cart = (await request('GET', '/v1/cart', buyer)).json();
    expect(cart.sellers).toEqual([expect.objectContaining({ producer: expect.objectContaining({ kind: 'network', id: networkId }), shippingMinor: SHIPPING })]);
  });

  it('routes a paid part to a member: by hand, by the rule, and again before shipping; the buyer never sees who', async () => {
    const placed = await place([
      { listingId, quantity: 2 },
      { listingId: outsiderListingId, quantity: 1 },
    ]);
    const part = networkPart(placed);
    expect(part).toMatchObject({ seller: { kind: 'network', id: networkId, shopName: NETWORK_NAME }, assignee: null, totalMinor: 2 * PRICE + SHIPPING });
    expect(placed.fulfilments).toHaveLength(2);

    // Unassigned: the members cannot see it; the leader sees only the network's part, in their queue.
    expect((await request('GET', `/v1/orders/${placed.id}`, yazd)).statusCode).toBe(404);
    const queue = (await request('GET', '/v1/seller/fulfilments?unassigned=true', leader)).json();
    expect(queue.items.map((f: { id: string }) => f.id)).toEqual([part.id]);
    // Theirs to give to a member; nobody may ship it before.
    expect(queue.items[0].actions).toEqual(['assign']);
    expect((await request('GET', `/v1/seller/fulfilments?networkId=${networkId}`, leader)).json().total).toBe(1);
    expect((await request('GET', `/v1/seller/fulfilments?networkId=${crypto.randomUUID()}`, leader)).json().total).toBe(0);
    expect((await order(placed.id, leader)).fulfilments.map((f) => f.id)).toEqual([part.id]);

    // The leader sells in this order, but the transfer went to the platform: only finance confirms it.
    expect((await confirm(placed.payment.id, leader)).statusCode).toBe(403);
    expect((await confirm(placed.payment.id, admin)).statusCode).toBe(200);
    const shipment = { carrier: 'پست', trackingCode: 'NET-1' };
    expect((await post(`/v1/fulfilments/${part.id}/ship`, yazd, shipment)).statusCode).toBe(404);
    const unassigned = await post(`/v1/fulfilments/${part.id}/ship`, leader, shipment);
    expect([unassigned.statusCode, unassigned.json().error.code]).toEqual([409, 'fulfilment_unassigned']);

    // Bad assignments change nothing.
    const before = await snapshot();
    expect((await post(`/v1/fulfilments/${part.id}/assign`, buyer, { automatic: true })).statusCode).toBe(403);
    expect((await post(`/v1/fulfilments/${part.id}/assign`, outsider, { automatic: true })).statusCode).toBe(403);
    expect((await post(`/v1/fulfilments/${part.id}/assign`, yazd, { automatic: true })).statusCode).toBe(404);
    const notMember = await post(`/v1/fulfilments/${part.id}/assign`, leader, { producerId: outsider.producer.id });
    expect([notMember.statusCode, notMember.json().error.details[0]]).toEqual([422, expect.objectContaining({ field: 'producerId', code: 'not_a_member' })]);
    const producerPart = placed.fulfilments.find((f) => f.seller.kind === 'producer')!;
    expect((await post(`/v1/fulfilments/${producerPart.id}/assign`, leader, { producerId: yazd.producer.id })).statusCode).toBe(403);
    expect((await post(`/v1/fulfilments/${part.id}/assign`, leader, { producerId: yazd.producer.id, automatic: true })).statusCode).toBe(422);
    expect(await snapshot()).toEqual(before);

    // The rule: Yazd and Tehran have the same free capacity; Tehran is in the buyer's province.
    const auto = await post(`/v1/fulfilments/${part.id}/assign`, leader, { automatic: true });
    expect(auto.statusCode, auto.body).toBe(200);
    expect(networkPart(auto.json()).assignee).toEqual({ producerId: tehran.producer.id, shopName: expect.any(String) });
    expect((await request('GET', '/v1/seller/fulfilments', tehran)).json().items.map((f: { id: string }) => f.id)).toEqual([part.id]);
    expect(networkPart(await order(placed.id, tehran)).assignee?.producerId).toBe(tehran.producer.id);
    expect(networkPart(auto.json()).actions).toEqual(['assign', 'ship']);
    expect(networkPart(await order(placed.id, tehran)).actions).toEqual(['ship']);

    // Given again by hand, to Yazd: Tehran loses sight of it.
    const manual = await post(`/v1/fulfilments/${part.id}/assign`, leader, { producerId: yazd.producer.id });
    expect(networkPart(manual.json()).assignee?.producerId).toBe(yazd.producer.id);
    expect((await request('GET', `/v1/orders/${placed.id}`, tehran)).statusCode).toBe(404);

    const asBuyer = await order(placed.id, buyer);
    expect(networkPart(asBuyer)).toMatchObject({ seller: { kind: 'network', shopName: NETWORK_NAME }, assignee: null, actions: [] });
    expect(asBuyer.timeline.map((e) => e.type)).not.toContain('assigned');
    expect((await order(placed.id, leader)).timeline.filter((e) => e.type === 'assigned')).toHaveLength(2);

    // Yazd makes and sends it; once shipped it stays theirs.
    expect((await post(`/v1/fulfilments/${part.id}/ship`, yazd, shipment)).statusCode).toBe(200);
    const late = await post(`/v1/fulfilments/${part.id}/assign`, leader, { producerId: tehran.producer.id });
    expect([late.statusCode, late.json().error.code]).toEqual([409, 'fulfilment_state_conflict']);
    expect((await post(`/v1/fulfilments/${part.id}/deliver`, yazd)).statusCode).toBe(200);

    // The member is paid the part less the platform's commission and the network's fee; the network keeps the fee.
    const goods = 2 * PRICE;
    expect(await payable(yazd)).toEqual({ heldMinor: 0, payableMinor: goods + SHIPPING - goods / 10 - goods / 20, unfundedMinor: 0, owedMinor: 0, paidOutMinor: 0 });
    expect(await payable(leader, `?networkId=${networkId}`)).toEqual({ heldMinor: 0, payableMinor: goods / 20, unfundedMinor: 0, owedMinor: 0, paidOutMinor: 0 });
    expect((await payable(tehran)).payableMinor).toBe(0);

    // A refund of one unit after delivery takes back the member's share, the commission and the fee on it.
    const refunded = await post(`/v1/payments/${placed.payment.id}/refunds`, admin, { fulfilmentId: part.id, amountMinor: PRICE, reference: 'BANK-R9', reason: 'goods_returned' });
    expect(refunded.statusCode, refunded.body).toBe(200);
    expect((await payable(yazd)).payableMinor).toBe(PRICE + SHIPPING - PRICE / 10 - PRICE / 20);
    expect((await payable(leader, `?networkId=${networkId}`)).payableMinor).toBe(PRICE / 20);
  });

  it('routes automatically at payment once the network says so: free capacity first, then province', async () => {
    expect((await request('PATCH', `/v1/networks/${networkId}`, leader, { routing: 'automatic' })).statusCode).toBe(200);
    const first = await place([{ listingId, quantity: 3 }]);
    expect((await confirm(first.payment.id, admin)).statusCode).toBe(200);
    // Equal free capacity (70 each): Tehran, in the buyer's province.
    expect(networkPart(await order(first.id, leader)).assignee?.producerId).toBe(tehran.producer.id);

    const second = await place([{ listingId, quantity: 3 }]);
    expect((await confirm(second.payment.id, admin)).statusCode).toBe(200);
    // Tehran now owes 3 units: Yazd has more room.
    expect(networkPart(await order(second.id, leader)).assignee?.producerId).toBe(yazd.producer.id);

    // Both owe 3 now, and Tehran would win on province, but Tehran declares no towels this week.
    const tehranTowels = (capacityPerWeek: number | null) =>
      request('PATCH', `/v1/networks/${networkId}/members/${tehran.producer.id}`, tehran, { trades: [{ trade: 'towels', capacityPerWeek }] });
    expect((await tehranTowels(0)).statusCode).toBe(200);
    const third = await place([{ listingId, quantity: 3 }]);
    expect((await confirm(third.payment.id, admin)).statusCode).toBe(200);
    expect(networkPart(await order(third.id, leader)).assignee?.producerId).toBe(yazd.producer.id);
    expect((await tehranTowels(null)).statusCode).toBe(200);

    // More than anyone can make in a week stays with the leader to decide.
    const big = await place([{ listingId, quantity: 80 }]);
    expect((await confirm(big.payment.id, admin)).statusCode).toBe(200);
    const bigPart = networkPart(await order(big.id, leader));
    expect(bigPart.assignee).toBeNull();
    const none = await post(`/v1/fulfilments/${bigPart.id}/assign`, leader, { automatic: true });
    expect([none.statusCode, none.json().error.code]).toEqual([409, 'no_member_has_capacity']);
    expect((await post(`/v1/fulfilments/${bigPart.id}/assign`, leader, { producerId: small.producer.id })).statusCode).toBe(200);
    const [row] = await t.database.db.select().from(fulfilments).where(eq(fulfilments.id, bigPart.id));
    expect(row).toMatchObject({ producerId: small.producer.id, networkId });
  });

  it.runIf(Boolean(process.env.DATABASE_URL))('never gives out the same free capacity twice when payments arrive together', async () => {
    // Two members with a week's room for 7 each, and six paid orders of 3 arriving at once: two each at most.
    const pair = [await registerProducer(t, admin), await registerProducer(t, admin)];
    const created = await post('/v1/networks', leader, { name: 'شبکهٔ همزمان', provinceCode: 'IR-21', trades: ['towels'], routing: 'automatic' });
    const raceNetwork = created.json().id as string;
    for (const member of pair) {
      await post(`/v1/networks/${raceNetwork}/members`, leader, { producerId: member.producer.id, capacityPerWeek: 7 });
      await post(`/v1/networks/${raceNetwork}/members/accept`, member);
    }
    const raceListing = (await publishedListing(t, pair[0]!, { ...listingBase, networkId: raceNetwork, stock: 100 })).id;
    const placed = [];
    for (let i = 0; i < 6; i++) placed.push(await place([{ listingId: raceListing, quantity: 3 }]));
    const confirmed = await Promise.all(placed.map((o) => confirm(o.payment.id, admin)));
    expect(confirmed.map((r) => r.statusCode)).toEqual(Array(6).fill(200));

    const rows = await t.database.db.select().from(fulfilments).where(eq(fulfilments.networkId, raceNetwork));
    const perMember = pair.map((m) => rows.filter((r) => r.producerId === m.producer.id).length);
    expect(perMember).toEqual([2, 2]);
    expect(rows.filter((r) => r.producerId === null)).toHaveLength(2);
  });

  it('takes no cash on delivery for a network’s listing, even from a member shop that takes it for its own', async () => {
    expect((await request('PATCH', `/v1/producers/${yazd.producer.id}`, yazd, { acceptsCod: true })).statusCode).toBe(200);
    const refused = await post('/v1/orders', buyer, { shippingAddress: shippingAddressInput, paymentMethod: 'cod', items: [{ listingId, quantity: 1 }] });
    expect([refused.statusCode, refused.json().error.details[0]]).toEqual([422, expect.objectContaining({ field: 'paymentMethod', code: 'cod_not_accepted' })]);
    expect((await request('PATCH', `/v1/producers/${yazd.producer.id}`, yazd, { acceptsCod: false })).statusCode).toBe(200);
  });

  it('lets a member leave once their work is done, taking their listings back to their shop', async () => {
    const leave = (member: Producer, by: Session = member) => t.app.inject({ method: 'DELETE', url: `/v1/networks/${networkId}/members/${member.producer.id}`, headers: by.auth });
    // Small still holds the 80-unit part given to them by hand.
    const before = await snapshot();
    const busy = await leave(small);
    expect([busy.statusCode, busy.json().error.code, busy.json().error.details]).toEqual([409, 'network_member_busy', { allocations: 0, fulfilments: 1 }]);
    expect((await leave(small, tehran)).statusCode).toBe(403);
    expect((await leave(outsider, leader)).statusCode).toBe(404);
    expect(await snapshot()).toEqual(before);

    // Yazd delivers what it was given, then leaves; its network listing becomes its shop's own.
    const theirs = (await request('GET', `/v1/seller/fulfilments?networkId=${networkId}`, yazd)).json().items.filter((f: { status: string }) => f.status === 'processing');
    for (const part of theirs) {
      expect((await post(`/v1/fulfilments/${part.id}/ship`, yazd, { carrier: 'پست', trackingCode: `Y-${part.id.slice(0, 6)}` })).statusCode).toBe(200);
      expect((await post(`/v1/fulfilments/${part.id}/deliver`, yazd)).statusCode).toBe(200);
    }
    expect((await leave(yazd)).statusCode).toBe(204);
    expect((await request('GET', `/v1/listings/${listingId}`)).json().network).toBeNull();
    const page = (await request('GET', `/v1/networks/${networkId}`)).json();
    expect(page.members.map((m: { producerId: string }) => m.producerId)).not.toContain(yazd.producer.id);
    expect(page.listings).toEqual([]);
    await drainSearchOutbox(t);
    expect((await request('GET', `/v1/search?network=${networkId}`)).json().total).toBe(0);
  });

  it('finds network listings by the network’s name, also after it is renamed', async () => {
    const search = async (q: string) => (await request('GET', `/v1/search?q=${encodeURIComponent(q)}`)).json().items.map((i: { id: string }) => i.id);
    const listed = (await publishedListing(t, tehran, { ...listingBase, networkId, stock: 5 })).id;
    await drainSearchOutbox(t);
    expect(await search('حوله‌بافان')).toContain(listed);
    expect((await request('PATCH', `/v1/networks/${networkId}`, leader, { name: 'شبکهٔ زربافان' })).statusCode).toBe(200);
    await drainSearchOutbox(t);
    expect(await search('زربافان')).toEqual([listed]);
  });
});

const listingBase = {
  title: { fa: 'حوله دستباف شبکه', en: 'Network hand-woven towel' },
  description: { fa: 'حوله‌ای نرم که اعضای شبکه می‌بافند.' },
  categorySlug: 'towels',
  priceMinor: PRICE,
  currency: 'IRR',
};
