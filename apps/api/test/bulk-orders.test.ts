import { allocations, bulkOrders, ledgerEntries, ledgerTransactions } from '@bazaarche/db';
import { calendarDateAt, postBulkPayment, sellerKey } from '@bazaarche/domain';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadTransactions, postTransactions } from '../src/services/ledger/ledger-store.ts';
import { sellerStatement } from '../src/services/ledger/seller-statement.ts';
import { createTestApp, registerAdmin, registerProducer, registerUser, type TestApp } from './support.ts';

type Session = { auth: Record<string, string> };
type Producer = Awaited<ReturnType<typeof registerProducer>>;
interface AllocationView {
  id: string;
  producerId: string;
  quantity: number;
  status: string;
  doneQuantity: number;
  deliveredQuantity: number;
  acceptedQuantity: number;
  rejectedQuantity: number;
  reallocatedFromId: string | null;
  actions: string[];
}
interface BulkOrderView {
  id: string;
  status: string;
  quantity: number;
  unplaced: number;
  acceptedQuantity: number;
  allocations: AllocationView[];
  actions: string[];
}

const DAY = 86_400_000;
/** The day it will be in Tehran `days` days from now: a due date with exactly `days` whole days of work before its end. */
const dayIn = (days: number) => calendarDateAt(new Date(Date.now() + days * DAY));
const CAPACITIES = [10, 20, 30, 40, 50];
const PRICE = 100_000;

describe(`bulk orders of a network on ${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite'}`, () => {
  let t: TestApp;
  let admin: Awaited<ReturnType<typeof registerAdmin>>;
  let leader: Producer;
  let members: Producer[];
  let outsider: Producer;
  let networkId: string;
  let orderId: string;

  const post = (url: string, session: Session, payload?: object) => t.app.inject({ method: 'POST', url, headers: session.auth, ...(payload && { payload }) });
  const getOrder = async (session: Session = leader) => {
    const response = await t.app.inject({ method: 'GET', url: `/v1/bulk-orders/${orderId}`, headers: session.auth });
    expect(response.statusCode).toBe(200);
    return response.json() as BulkOrderView;
  };
  const memberOf = (producerId: string) => members.find((m) => m.producer.id === producerId)!;
  const live = (order: BulkOrderView) => order.allocations.filter((a) => a.status !== 'declined');
  const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
  const snapshot = async () => ({
    allocations: await t.database.db.select().from(allocations).orderBy(allocations.id),
    orders: await t.database.db.select().from(bulkOrders),
    ledger: await t.database.db.$count(ledgerTransactions),
  });

  /** Each member accepts, makes and delivers every allocation they have been offered. */
  async function makeAndDeliverAll() {
    for (const a of (await getOrder()).allocations.filter((x) => x.status === 'offered')) {
      const owner = memberOf(a.producerId);
      expect(a.actions).toEqual([]);
      const accepted = await post(`/v1/allocations/${a.id}/accept`, owner);
      expect([accepted.statusCode, accepted.json().allocation.actions]).toEqual([200, ['progress']]);
      const half = Math.floor(a.quantity / 2);
      if (half > 0) expect((await post(`/v1/allocations/${a.id}/progress`, owner, { doneQuantity: half })).json().allocation).toMatchObject({ doneQuantity: half, actions: ['progress', 'deliver'] });
      expect((await post(`/v1/allocations/${a.id}/progress`, owner, { doneQuantity: a.quantity })).statusCode).toBe(200);
      const delivered = await post(`/v1/allocations/${a.id}/deliver`, owner);
      expect(delivered.json().allocation).toMatchObject({ status: 'delivered', deliveredQuantity: a.quantity, actions: [] });
    }
  }

  beforeAll(async () => {
    t = await createTestApp();
    admin = await registerAdmin(t);
    leader = await registerProducer(t, admin);
    members = [];
    for (const _ of CAPACITIES) members.push(await registerProducer(t, admin));
    outsider = await registerProducer(t, admin);
  });
  afterAll(() => t?.close());

  it('lets an approved producer found a network and invite members, who accept', async () => {
    const unapproved = await registerProducer(t, admin, { approve: false });
    expect((await post('/v1/networks', unapproved, { name: 'شبکهٔ حوله', provinceCode: 'IR-21', trades: ['towels'] })).statusCode).toBe(403);
    expect((await post('/v1/networks', await registerUser(t.app), { name: 'شبکهٔ حوله', provinceCode: 'IR-21', trades: ['towels'] })).statusCode).toBe(403);

    const created = await post('/v1/networks', leader, { name: 'شبکهٔ حوله‌بافان یزد', provinceCode: 'IR-21', trades: ['towels'], coordinationFeeBps: 500 });
    expect(created.statusCode).toBe(201);
    const network = created.json();
    networkId = network.id;
    expect(network).toMatchObject({ province: 'IR-21', trades: ['towels'], coordinationFeeBps: 500, leader: { producerId: leader.producer.id } });
    expect(network.members).toEqual([expect.objectContaining({ producerId: leader.producer.id, status: 'active', capacityPerWeek: 0, actions: ['update', 'remove'] })]);
    expect(network.actions).toEqual(['update', 'invite_member', 'create_bulk_order', 'list_bulk_orders', 'assign_fulfilments']);

    for (const [i, m] of members.entries()) {
      expect((await post(`/v1/networks/${networkId}/members`, leader, { producerId: m.producer.id, capacityPerWeek: CAPACITIES[i] })).statusCode).toBe(201);
    }
    const again = await post(`/v1/networks/${networkId}/members`, leader, { producerId: members[0]!.producer.id, capacityPerWeek: 5 });
    expect([again.statusCode, again.json().error.code]).toEqual([409, 'network_member_exists']);
    expect((await post(`/v1/networks/${networkId}/members`, members[0]!, { producerId: outsider.producer.id, capacityPerWeek: 5 })).statusCode).toBe(403);
    const notApproved = await post(`/v1/networks/${networkId}/members`, leader, { producerId: unapproved.producer.id, capacityPerWeek: 5 });
    expect(notApproved.statusCode).toBe(422);

    // The public sees only active members; the leader sees the invitations too.
    const asVisitor = (await t.app.inject({ method: 'GET', url: `/v1/networks/${networkId}` })).json();
    expect([asVisitor.members.length, asVisitor.actions, asVisitor.members[0].actions]).toEqual([1, [], []]);
    expect((await t.app.inject({ method: 'GET', url: `/v1/networks/${networkId}`, headers: leader.auth })).json().members).toHaveLength(6);
    // An invited producer sees their own invitation (to accept it), not the others', and finds the network in their profile.
    const invitedPage = (await t.app.inject({ method: 'GET', url: `/v1/networks/${networkId}`, headers: members[0]!.auth })).json();
    const asInvited = invitedPage.members;
    expect(asInvited.map((m: { producerId: string; status: string; actions: string[] }) => [m.producerId, m.status, m.actions])).toEqual([
      [leader.producer.id, 'active', []],
      [members[0]!.producer.id, 'invited', ['update', 'remove']],
    ]);
    // What the invited shop may do is join; the admin may run the network as its leader does.
    expect(invitedPage.actions).toEqual(['accept_invitation']);
    expect((await t.app.inject({ method: 'GET', url: `/v1/networks/${networkId}`, headers: admin.auth })).json().actions).toEqual(network.actions);
    expect((await t.app.inject({ method: 'GET', url: '/v1/me', headers: members[0]!.auth })).json().networks).toEqual([{ id: networkId, name: 'شبکهٔ حوله‌بافان یزد', role: 'invited' }]);
    expect((await post(`/v1/networks/${networkId}/members/accept`, outsider)).statusCode).toBe(403);
    for (const m of members) expect((await post(`/v1/networks/${networkId}/members/accept`, m)).json()).toMatchObject({ status: 'active' });
    expect((await post(`/v1/networks/${networkId}/members/accept`, members[0]!)).statusCode).toBe(409);
    expect((await t.app.inject({ method: 'GET', url: `/v1/networks/${networkId}`, headers: members[0]!.auth })).json().actions).toEqual(['list_bulk_orders']);
    expect((await t.app.inject({ method: 'GET', url: `/v1/networks/${networkId}` })).json().members).toHaveLength(6);
    expect((await t.app.inject({ method: 'GET', url: `/v1/networks/${crypto.randomUUID()}` })).statusCode).toBe(404);
  });

  it('splits 1,000 units by capacity, re-splits a decline, re-allocates rejected units and pays each member for what was accepted', async () => {
    const dueDate = dayIn(70);
    const orderBody = { title: 'حولهٔ هتل', categorySlug: 'towels', quantity: 1_000, dueDate, unitPriceMinor: PRICE, currency: 'IRR', spec: '۷۰×۱۴۰' };
    expect((await post(`/v1/networks/${networkId}/bulk-orders`, members[0]!, orderBody)).statusCode).toBe(403);
    const created = await post(`/v1/networks/${networkId}/bulk-orders`, leader, orderBody);
    expect(created.statusCode).toBe(201);
    orderId = created.json().id;
    expect(created.json()).toMatchObject({ status: 'open', unplaced: 1_000, allocations: [], actions: ['split'] });

    // Bad input first: nothing may change.
    const before = await snapshot();
    const nonLeader = await post(`/v1/bulk-orders/${orderId}/split`, members[0]!, { strategy: 'capacity' });
    expect([403, 404]).toContain(nonLeader.statusCode);
    const over = await post(`/v1/bulk-orders/${orderId}/split`, leader, {
      strategy: 'manual',
      allocations: members.map((m, i) => ({ producerId: m.producer.id, quantity: CAPACITIES[i]! * 10 })),
    });
    expect([over.statusCode, over.json().error.code]).toEqual([422, 'invalid_split']);
    expect(over.json().error.details).toEqual([{ code: 'over_allocated', total: 1_500, quantity: 1_000 }]);
    const overCapacity = await post(`/v1/bulk-orders/${orderId}/split`, leader, { strategy: 'manual', allocations: [{ producerId: members[0]!.producer.id, quantity: 1_000 }] });
    expect(overCapacity.json().error.details[0]).toMatchObject({ code: 'over_free_capacity', freeCapacity: 100 });
    expect(await snapshot()).toEqual(before);

    // The suggestion is what a capacity split would write, and writes nothing; only the leader may ask.
    const get = (url: string, session: { auth: Record<string, string> }) => t.app.inject({ method: 'GET', url, headers: session.auth });
    const suggested = (await get(`/v1/bulk-orders/${orderId}/suggested-split`, leader)).json();
    expect(sum(suggested.allocations.map((a: { quantity: number }) => a.quantity))).toBe(1_000);
    expect(suggested.members).toHaveLength(members.length + 1);
    expect([403, 404]).toContain((await get(`/v1/bulk-orders/${orderId}/suggested-split`, members[0]!)).statusCode);
    expect(await snapshot()).toEqual(before);

    // Split by capacity: 10 weeks of each member's capacity, 1,500 in all, for 1,000 units.
    const split = await post(`/v1/bulk-orders/${orderId}/split`, leader, { strategy: 'capacity' });
    expect(split.statusCode).toBe(200);
    let order = split.json() as BulkOrderView;
    expect(order).toMatchObject({ status: 'in_progress', unplaced: 0, actions: [] });
    expect(order.allocations).toHaveLength(5);
    // An offer is its member's to answer: the leader has nothing to do with it yet.
    expect(order.allocations.every((a) => a.actions.length === 0)).toBe(true);
    expect(sum(order.allocations.map((a) => a.quantity))).toBe(1_000);
    for (const a of order.allocations) expect(a.quantity).toBeLessThanOrEqual(CAPACITIES[members.indexOf(memberOf(a.producerId))]! * 10);
    expect((await post(`/v1/bulk-orders/${orderId}/split`, leader, { strategy: 'capacity' })).statusCode).toBe(409);
    expect(order.allocations.map((a) => [a.producerId, a.quantity])).toEqual(
      suggested.allocations.map((a: { producerId: string; quantity: number }) => [a.producerId, a.quantity]),
    );
    // The network's orders, the members' task lists and their profiles show it.
    expect((await get(`/v1/networks/${networkId}/bulk-orders`, members[0]!)).json().items.map((o: { id: string }) => o.id)).toEqual([orderId]);
    const tasks = (await get('/v1/seller/allocations', members[0]!)).json().items;
    expect(tasks).toEqual([expect.objectContaining({ bulkOrder: expect.objectContaining({ id: orderId, title: 'حولهٔ هتل' }), status: 'offered', actions: ['accept', 'decline'] })]);
    expect((await get('/v1/me', members[0]!)).json().networks).toEqual([{ id: networkId, name: expect.any(String), role: 'member' }]);
    expect((await get('/v1/me', leader)).json().networks).toEqual([{ id: networkId, name: expect.any(String), role: 'leader' }]);

    // A member sees the order; someone else's allocation is not theirs to accept; an outsider sees nothing.
    const [first, second] = [members[0]!, members[1]!];
    const firstAllocation = order.allocations.find((a) => a.producerId === first.producer.id)!;
    const secondAllocation = order.allocations.find((a) => a.producerId === second.producer.id)!;
    const stolen = await post(`/v1/allocations/${secondAllocation.id}/accept`, first);
    expect([403, 404]).toContain(stolen.statusCode);
    expect((await post(`/v1/allocations/${secondAllocation.id}/accept`, outsider)).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: `/v1/bulk-orders/${orderId}`, headers: outsider.auth })).statusCode).toBe(404);
    const asFirst = await getOrder(first);
    expect(asFirst.allocations.find((a) => a.id === secondAllocation.id)).toMatchObject({ status: 'offered', actions: [] });
    expect(asFirst.allocations.find((a) => a.id === firstAllocation.id)!.actions).toEqual(['accept', 'decline']);
    expect(asFirst.actions).toEqual([]);

    // The smallest member declines; only their units are re-split among the others.
    const declined = await post(`/v1/allocations/${firstAllocation.id}/decline`, first);
    expect(declined.statusCode).toBe(200);
    expect(declined.json().allocation).toMatchObject({ status: 'declined', actions: [] });
    expect(declined.json().resplit.unplaced).toBe(0);
    expect(sum(declined.json().resplit.allocations.map((a: { quantity: number }) => a.quantity))).toBe(firstAllocation.quantity);
    order = await getOrder();
    expect(order.unplaced).toBe(0);
    expect(sum(live(order).map((a) => a.quantity))).toBe(1_000);
    expect(live(order).some((a) => a.producerId === first.producer.id)).toBe(false);
    for (const m of members.slice(1)) {
      const theirs = sum(live(order).filter((a) => a.producerId === m.producer.id).map((a) => a.quantity));
      expect(theirs).toBeLessThanOrEqual(CAPACITIES[members.indexOf(m)]! * 10);
    }

    // Progress only after accepting; everyone makes and delivers.
    expect((await post(`/v1/allocations/${secondAllocation.id}/progress`, second, { doneQuantity: 1 })).statusCode).toBe(409);
    await makeAndDeliverAll();
    order = await getOrder();
    expect(live(order).every((a) => a.status === 'delivered')).toBe(true);
    // Delivered and not yet checked: the leader's to check.
    expect(live(order).every((a) => a.actions.join() === 'quality_check')).toBe(true);

    // A check of more than was delivered changes nothing.
    const beforeCheck = await snapshot();
    const tooMany = await post(`/v1/bulk-orders/${orderId}/quality-check`, leader, { allocationId: secondAllocation.id, acceptedQuantity: secondAllocation.quantity + 1, rejectedQuantity: 0 });
    expect([tooMany.statusCode, tooMany.json().error.code]).toEqual([409, 'quality_check_exceeds_delivered']);
    expect((await post(`/v1/bulk-orders/${orderId}/quality-check`, second, { allocationId: secondAllocation.id, acceptedQuantity: 1, rejectedQuantity: 0 })).statusCode).toBe(403);
    expect(await snapshot()).toEqual(beforeCheck);

    // The leader checks everything; 20 of the largest member's units are rejected.
    const largest = members[4]!;
    const rejectedFrom = live(order).find((a) => a.producerId === largest.producer.id && a.quantity > 20)!;
    for (const a of live(order)) {
      const rejected = a.id === rejectedFrom.id ? 20 : 0;
      const checked = await post(`/v1/bulk-orders/${orderId}/quality-check`, leader, { allocationId: a.id, acceptedQuantity: a.quantity - rejected, rejectedQuantity: rejected });
      expect(checked.statusCode).toBe(200);
    }
    order = await getOrder();
    expect(order).toMatchObject({ status: 'in_progress', acceptedQuantity: 980, unplaced: 20, actions: [] });
    // Only the rejected units wait, to be offered again from their allocation.
    expect(live(order).map((a) => [a.id, a.status, a.actions])).toEqual(live(order).map((a) => [a.id, 'checked', a.id === rejectedFrom.id ? ['reallocate'] : []]));
    expect((await getOrder(largest)).allocations.find((a) => a.id === rejectedFrom.id)!.actions).toEqual([]);
    // Rejected units are re-allocated from their allocation, not split afresh.
    expect((await post(`/v1/bulk-orders/${orderId}/split`, leader, { strategy: 'capacity' })).json().error).toMatchObject({ code: 'bulk_order_state_conflict', details: { unoffered: 0 } });

    // The rejected units are re-allocated by capacity, made, delivered and accepted.
    const reallocated = await post(`/v1/bulk-orders/${orderId}/reallocate`, leader, { allocationId: rejectedFrom.id });
    expect(reallocated.statusCode).toBe(200);
    const remakes = (reallocated.json() as BulkOrderView).allocations.filter((a) => a.reallocatedFromId === rejectedFrom.id);
    expect(sum(remakes.map((a) => a.quantity))).toBe(20);
    expect(reallocated.json().unplaced).toBe(0);
    expect((reallocated.json() as BulkOrderView).allocations.find((a) => a.id === rejectedFrom.id)!.actions).toEqual([]);
    expect((await post(`/v1/bulk-orders/${orderId}/reallocate`, leader, { allocationId: rejectedFrom.id })).statusCode).toBe(409);
    await makeAndDeliverAll();
    for (const a of remakes) {
      expect((await post(`/v1/bulk-orders/${orderId}/quality-check`, leader, { allocationId: a.id, acceptedQuantity: a.quantity, rejectedQuantity: 0 })).statusCode).toBe(200);
    }
    order = await getOrder();
    expect(order).toMatchObject({ status: 'completed', acceptedQuantity: 1_000, unplaced: 0, actions: [] });
    expect(order.allocations.every((a) => a.actions.length === 0)).toBe(true);

    // Each member has earned exactly their accepted units less the network's 5 %, and the network its fee;
    // none of it is payable while the bulk order's buyer has not paid.
    const earned = async (m: Producer) => sum(order.allocations.filter((a) => a.producerId === m.producer.id).map((a) => a.acceptedQuantity)) * PRICE * 0.95;
    for (const m of members) {
      const statement = await sellerStatement(t.database.db, sellerKey('producer', m.producer.id));
      expect(statement).toMatchObject({ heldMinor: 0, payableMinor: 0, unfundedMinor: await earned(m), paidOutMinor: 0 });
      expect(statement.lines.every((line) => line.kind === 'bulk_acceptance' && line.account === 'unfunded')).toBe(true);
    }
    expect(sum(order.allocations.map((a) => a.acceptedQuantity))).toBe(1_000);
    expect((await sellerStatement(t.database.db, sellerKey('network', networkId))).unfundedMinor).toBe(1_000 * PRICE * 0.05);
    const [receivable] = await t.database.db
      .select({ total: sql<number>`sum(${ledgerEntries.amountMinor})`.mapWith(Number) })
      .from(ledgerEntries)
      .where(eq(ledgerEntries.account, `receivable:bulk_order:${orderId}`));
    expect(receivable!.total).toBe(1_000 * PRICE);

    // The member reads the same through the API.
    const viaApi = (await t.app.inject({ method: 'GET', url: '/v1/ledger/statement', headers: largest.auth })).json();
    expect(viaApi.entries[0]).toMatchObject({ kind: 'bulk_acceptance', account: 'unfunded' });
    expect(viaApi.balance).toMatchObject({ payableMinor: 0, unfundedMinor: await earned(largest) });

    // The leader reads the network's fees, earned but not funded: nothing can be paid out of them yet.
    const fees = 1_000 * PRICE * 0.05;
    const networkStatement = (url: string, session: { auth: Record<string, string> }) => t.app.inject({ method: 'GET', url, headers: session.auth });
    expect((await networkStatement(`/v1/ledger/statement?networkId=${networkId}`, leader)).json().balance).toEqual({ heldMinor: 0, payableMinor: 0, unfundedMinor: fees, owedMinor: 0, paidOutMinor: 0 });
    const payNetwork = (body: object) => post('/v1/admin/payouts', admin, { currency: 'IRR', ...body });
    expect((await payNetwork({ networkId, amountMinor: fees })).json().error.code).toBe('payout_destination_missing');
    await t.app.inject({ method: 'PATCH', url: `/v1/producers/${leader.producer.id}`, headers: leader.auth, payload: { payoutSheba: 'IR062960000000100324200001' } });
    const unfunded = await payNetwork({ networkId, amountMinor: fees });
    expect([unfunded.statusCode, unfunded.json().error.code]).toEqual([409, 'payout_exceeds_payable']);
    expect((await sellerStatement(t.database.db, sellerKey('network', networkId))).paidOutMinor).toBe(0);

    // The bulk order's buyer pays it whole (posted as the contracts issue will): every share becomes payable.
    await t.database.db.transaction(async (tx) => {
      const history = (await loadTransactions(tx, { accounts: [`receivable:bulk_order:${orderId}`] })).map((stored) => stored.transaction);
      const posting = postBulkPayment({ bulkOrderId: orderId, paymentId: 'bulk-payment-1', amountMinor: 1_000 * PRICE, history });
      if (!posting.ok) throw new Error(posting.refusal.code);
      await postTransactions(tx, posting.transactions, 'IRR');
    });
    for (const m of members) expect(await sellerStatement(t.database.db, sellerKey('producer', m.producer.id))).toMatchObject({ payableMinor: await earned(m), unfundedMinor: 0 });
    expect((await networkStatement(`/v1/ledger/statement?networkId=${networkId}`, leader)).json().balance).toEqual({ heldMinor: 0, payableMinor: fees, unfundedMinor: 0, owedMinor: 0, paidOutMinor: 0 });
    expect((await networkStatement(`/v1/ledger/statement?networkId=${networkId}`, largest)).statusCode).toBe(403);
    expect((await networkStatement(`/v1/ledger/statement?producerId=${largest.producer.id}`, leader)).statusCode).toBe(403);
    expect((await networkStatement(`/v1/ledger/statement?producerId=${largest.producer.id}`, admin)).json().balance.payableMinor).toBeGreaterThan(0);
    const overview = (await networkStatement('/v1/admin/payouts', admin)).json();
    expect(overview.networks).toEqual([{ network: { id: networkId, name: expect.any(String) }, payableMinor: fees }]);
    expect((await payNetwork({ networkId, producerId: leader.producer.id, amountMinor: 1 })).statusCode).toBe(422);
    const paid = await payNetwork({ networkId, amountMinor: fees });
    expect(paid.statusCode, paid.body).toBe(201);
    expect(paid.json()).toMatchObject({ producer: null, network: { id: networkId }, destination: 'IR062960000000100324200001' });
    expect((await networkStatement(`/v1/ledger/statement?networkId=${networkId}`, leader)).json().balance).toEqual({ heldMinor: 0, payableMinor: 0, unfundedMinor: 0, owedMinor: 0, paidOutMinor: fees });
    // The leader's shop account is its own: the fees were the network's.
    expect((await networkStatement('/v1/ledger/statement', leader)).json().balance.paidOutMinor).toBe(0);
  });

  it('takes the due date as a calendar day, refuses moments and days that do not exist, and gives the same day back', async () => {
    const body = (dueDate: string) => ({ title: 'دستمال سفره', categorySlug: 'towels', quantity: 10, dueDate, unitPriceMinor: PRICE, currency: 'IRR' });
    const before = await snapshot();
    const refusals = [
      [new Date(Date.now() + 30 * DAY).toISOString(), 'invalid_date'],
      [`${dayIn(30)}T23:59:59+03:30`, 'invalid_date'],
      ['2026-02-30', 'invalid_date'],
      [`${Number(dayIn(0).slice(0, 4)) + 1}-02-30`, 'invalid_date'],
      [dayIn(-1), 'date_in_past'],
      [dayIn(4 * 366), 'date_too_far'],
    ] as const;
    for (const [dueDate, code] of refusals) {
      const refused = await post(`/v1/networks/${networkId}/bulk-orders`, leader, body(dueDate));
      expect([refused.statusCode, refused.json().error.code, dueDate]).toEqual([422, 'validation_failed', dueDate]);
      expect(refused.json().error.details).toEqual([{ field: 'dueDate', code, message: expect.any(String) }]);
    }
    expect(await snapshot()).toEqual(before);

    // Today in Tehran is still a due date; the day comes back as it was sent, from every view of the order.
    for (const dueDate of [dayIn(0), dayIn(3 * 365)]) {
      const created = await post(`/v1/networks/${networkId}/bulk-orders`, leader, body(dueDate));
      expect([created.statusCode, created.json().dueDate]).toEqual([201, dueDate]);
      const id = created.json().id as string;
      expect((await t.app.inject({ method: 'GET', url: `/v1/bulk-orders/${id}`, headers: leader.auth })).json().dueDate).toBe(dueDate);
      const listed = (await t.app.inject({ method: 'GET', url: `/v1/networks/${networkId}/bulk-orders`, headers: leader.auth })).json().items;
      expect(listed.find((o: { id: string }) => o.id === id).dueDate).toBe(dueDate);
      const [stored] = await t.database.db.select({ dueDate: bulkOrders.dueDate }).from(bulkOrders).where(eq(bulkOrders.id, id));
      expect(stored!.dueDate).toBe(dueDate);
    }

    // A member's task list names the same day as the order.
    const tasks = (await t.app.inject({ method: 'GET', url: '/v1/seller/allocations', headers: members[0]!.auth })).json().items;
    const [ordered] = await t.database.db.select({ dueDate: bulkOrders.dueDate }).from(bulkOrders).where(eq(bulkOrders.id, orderId));
    expect(tasks.find((task: { bulkOrder: { id: string } }) => task.bulkOrder.id === orderId).bulkOrder.dueDate).toBe(ordered!.dueDate);
    expect(ordered!.dueDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('places what no member had room for once someone has: a split of the units not yet offered', async () => {
    // A week's capacity is 150 units in all (10+20+30+40+50): 50 of 200 cannot be placed at first.
    const dueDate = dayIn(7);
    const created = await post(`/v1/networks/${networkId}/bulk-orders`, leader, { title: 'روتختی', categorySlug: 'towels', quantity: 200, dueDate, unitPriceMinor: PRICE, currency: 'IRR' });
    const id = created.json().id as string;
    const split = (body: object) => post(`/v1/bulk-orders/${id}/split`, leader, body);
    const first = (await split({ strategy: 'capacity' })).json() as BulkOrderView;
    // What no one had room for waits to be offered: the split stays open to the leader.
    expect(first).toMatchObject({ unplaced: 50, actions: ['split'] });
    expect(sum(first.allocations.map((a) => a.quantity))).toBe(150);

    // Nobody has room yet: the remainder split places nothing and says so.
    expect((await split({ strategy: 'capacity' })).json()).toMatchObject({ unplaced: 50 });
    const smallest = members[0]!;
    const tooMany = await split({ strategy: 'manual', allocations: [{ producerId: smallest.producer.id, quantity: 50 }] });
    expect([tooMany.statusCode, tooMany.json().error.details[0].code]).toEqual([422, 'over_free_capacity']);

    // The smallest member declares 100 a week in towels: 90 free beside the 10 they already have in this order.
    expect((await t.app.inject({ method: 'PATCH', url: `/v1/networks/${networkId}/members/${smallest.producer.id}`, headers: smallest.auth, payload: { trades: [{ trade: 'towels', capacityPerWeek: 100 }] } })).json()).toMatchObject({ capacityPerWeek: 10, capacityByTrade: { towels: 100 } });
    const suggested = (await t.app.inject({ method: 'GET', url: `/v1/bulk-orders/${id}/suggested-split`, headers: leader.auth })).json();
    expect(suggested.allocations).toEqual([{ producerId: smallest.producer.id, quantity: 50 }]);
    const placed = (await split({ strategy: 'capacity' })).json() as BulkOrderView;
    expect([placed.unplaced, placed.actions]).toEqual([0, []]);
    expect(sum(placed.allocations.filter((a) => a.producerId === smallest.producer.id).map((a) => a.quantity))).toBe(60);
    const nothingLeft = await split({ strategy: 'capacity' });
    expect([nothingLeft.statusCode, nothingLeft.json().error.details]).toEqual([409, { unoffered: 0 }]);
  });
});
