import { cartItems, ledgerAccounts, ledgerEntries, ledgerTransactions, orders, payments, payouts, producers } from '@bazaarche/db';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, publishedListing, registerAdmin, registerFinance, registerProducer, registerUser, shippingAddressInput, type TestApp, transferConfirmation } from './support.ts';

describe(`money through the ledger on ${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite'}`, () => {
  let t: TestApp;
  let admin: Awaited<ReturnType<typeof registerAdmin>>;
  let finance: Awaited<ReturnType<typeof registerFinance>>;
  let seller: Awaited<ReturnType<typeof registerProducer>>;
  let buyer: Awaited<ReturnType<typeof registerUser>>;
  let towel: string;

  const post = (url: string, session: { auth: Record<string, string> }, payload?: object) => t.app.inject({ method: 'POST', url, headers: session.auth, ...(payload && { payload }) });
  const statement = async (of: { auth: Record<string, string> } = seller) => {
    const { balance, entries } = (await t.app.inject({ method: 'GET', url: '/v1/ledger/statement', headers: of.auth })).json();
    return { ...balance, entries };
  };
  const confirm = async (paymentId: string, session: { auth: Record<string, string> }) => post(`/v1/payments/${paymentId}/confirm`, session, await transferConfirmation(t, paymentId));

  /** An order for `quantity` towels, paid and (optionally) shipped and delivered. */
  async function order(quantity: number, { deliver = false } = {}) {
    const placed = (await post('/v1/orders', buyer, { shippingAddress: shippingAddressInput, paymentMethod: 'manual', items: [{ listingId: towel, quantity }] })).json();
    expect((await confirm(placed.payment.id, finance)).statusCode).toBe(200);
    const fulfilmentId = placed.fulfilments[0].id as string;
    if (deliver) {
      expect((await post(`/v1/fulfilments/${fulfilmentId}/ship`, seller, { carrier: 'پست', trackingCode: 'T-1' })).statusCode).toBe(200);
      expect((await post(`/v1/fulfilments/${fulfilmentId}/deliver`, seller)).statusCode).toBe(200);
    }
    return { id: placed.id as string, paymentId: placed.payment.id as string, fulfilmentId };
  }

  beforeAll(async () => {
    t = await createTestApp({ COMMISSION_BPS: '1000' });
    admin = await registerAdmin(t);
    finance = await registerFinance(t);
    seller = await registerProducer(t, admin);
    buyer = await registerUser(t.app);
    await t.database.db.update(producers).set({ shippingFeeMinor: 3_000_000 }).where(eq(producers.id, seller.producer.id));
    towel = (await publishedListing(t, seller, { priceMinor: 4_500_000, stock: 50 })).id;
  });
  afterAll(() => t?.close());

  it('holds a payment until delivery, then makes the seller’s share payable less 10 % commission on the goods', async () => {
    const paid = await order(2);
    expect(await statement()).toMatchObject({ heldMinor: 12_000_000, payableMinor: 0, paidOutMinor: 0 });
    // Confirming again changes nothing and posts nothing.
    expect((await confirm(paid.paymentId, finance)).statusCode).toBe(409);
    expect(await t.database.db.$count(ledgerTransactions, eq(ledgerTransactions.kind, 'payment_captured'))).toBe(1);

    await post(`/v1/fulfilments/${paid.fulfilmentId}/ship`, seller, { carrier: 'پست', trackingCode: 'T-1' });
    await post(`/v1/fulfilments/${paid.fulfilmentId}/deliver`, seller);
    // 12,000,000 − 10 % of the 9,000,000 of goods (shipping is not commissioned).
    const after = await statement();
    expect(after).toMatchObject({ heldMinor: 0, payableMinor: 11_100_000 });
    expect(after.entries.map((e: { kind: string; account: string; amountMinor: number }) => [e.kind, e.account, e.amountMinor])).toEqual([
      ['payment_captured', 'held', 12_000_000],
      ['fulfilment_delivered', 'held', -12_000_000],
      ['fulfilment_delivered', 'payable', 12_000_000],
      ['commission', 'payable', -900_000],
    ]);
  });

  it('pays out only to a valid Sheba and never more than is payable', async () => {
    const payout = (amountMinor: number) => post('/v1/admin/payouts', admin, { producerId: seller.producer.id, amountMinor, currency: 'IRR', reference: 'BANK-1' });
    expect((await payout(1_000_000)).json().error.code).toBe('payout_destination_missing');
    const bad = await t.app.inject({ method: 'PATCH', url: `/v1/producers/${seller.producer.id}`, headers: seller.auth, payload: { payoutSheba: 'IR062960000000100324200002' } });
    expect([bad.statusCode, bad.json().error.details[0].code]).toEqual([422, 'invalid_sheba']);
    const good = await t.app.inject({ method: 'PATCH', url: `/v1/producers/${seller.producer.id}`, headers: seller.auth, payload: { payoutSheba: 'IR۰۶ ۲۹۶۰ ۰۰۰۰ ۰۰۱۰ ۰۳۲۴ ۲۰۰۰ ۰۱' } });
    expect(good.json().payoutSheba).toBe('IR062960000000100324200001');

    const tooMuch = await payout(11_100_001);
    expect([tooMuch.statusCode, tooMuch.json().error.code]).toEqual([409, 'payout_exceeds_payable']);
    expect((await payout(1_100_000)).statusCode).toBe(201);
    expect(await statement()).toMatchObject({ payableMinor: 10_000_000, paidOutMinor: 1_100_000 });
    expect((await post('/v1/admin/payouts', seller, { producerId: seller.producer.id, amountMinor: 1, currency: 'IRR' })).statusCode).toBe(403);

    const overview = (await t.app.inject({ method: 'GET', url: '/v1/admin/payouts', headers: admin.auth })).json();
    expect(overview.sellers).toEqual([expect.objectContaining({ producer: expect.objectContaining({ id: seller.producer.id }), payableMinor: 10_000_000 })]);
    expect(overview.payouts[0]).toMatchObject({ amountMinor: 1_100_000, reference: 'BANK-1', destination: 'IR062960000000100324200001' });
  });

  it('refunds a cancelled paid order from what is held, and refuses more than was paid', async () => {
    const cancelled = await order(1);
    expect((await post(`/v1/orders/${cancelled.id}/cancel`, buyer)).json().payment.status).toBe('refund_due');
    const refund = (amountMinor: number) =>
      post(`/v1/payments/${cancelled.paymentId}/refunds`, admin, { fulfilmentId: cancelled.fulfilmentId, amountMinor, reference: 'BANK-R1', reason: 'order_cancelled' });
    const over = await refund(7_500_001);
    expect([over.statusCode, over.json().error.code]).toEqual([409, 'refund_exceeds_paid']);
    expect((await refund(7_500_000)).json().payment.status).toBe('refunded');
    expect(await statement()).toMatchObject({ heldMinor: 0, payableMinor: 10_000_000 });
    expect((await refund(1)).statusCode).toBe(409);
  });

  it('reverses a refund after delivery from the seller’s payable and the commission, exactly', async () => {
    const returned = await order(1, { deliver: true });
    expect(await statement()).toMatchObject({ payableMinor: 10_000_000 + 7_050_000 });
    // The towel comes back: 4,500,000 refunded, of which the platform returns its 450,000 commission.
    const response = await post(`/v1/payments/${returned.paymentId}/refunds`, admin, { fulfilmentId: returned.fulfilmentId, amountMinor: 4_500_000, reference: 'BANK-R2', reason: 'goods_returned' });
    expect(response.statusCode, response.body).toBe(200);
    expect(await statement()).toMatchObject({ payableMinor: 10_000_000 + 7_050_000 - 4_050_000 });
  });

  it('keeps every transaction balanced and cash equal to payments less refunds and payouts', async () => {
    const [total] = await t.database.db.select({ sum: sql<number>`coalesce(sum(${ledgerEntries.amountMinor}), 0)`.mapWith(Number) }).from(ledgerEntries);
    expect(total!.sum).toBe(0);
    const [cash] = await t.database.db
      .select({ sum: sql<number>`sum(${ledgerEntries.amountMinor})`.mapWith(Number) })
      .from(ledgerEntries)
      .where(eq(ledgerEntries.account, 'platform:cash'));
    // Paid: 12,000,000 + 7,500,000 + 7,500,000; refunded 7,500,000 + 4,500,000; paid out 1,100,000.
    expect(cash!.sum).toBe(27_000_000 - 12_000_000 - 1_100_000);
  });

  it('gives the statement as CSV, and only to a shop', async () => {
    const csv = await t.app.inject({ method: 'GET', url: '/v1/ledger/statement', headers: { ...seller.auth, accept: 'text/csv', 'accept-language': 'en' } });
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    const lines = csv.body.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0]).toBe('Date,Event,Account,Amount (minor units),Order,Shipment,Reference');
    expect(lines[1]).toMatch(/,payment_captured,held,12000000,/);
    expect((await t.app.inject({ method: 'GET', url: '/v1/ledger/statement', headers: buyer.auth })).statusCode).toBe(403);
  });

  it('never lets a seller say a bank transfer to the platform arrived, nor buy from their own shop', async () => {
    const before = await statement();
    // The attack of issue 12: the seller buys their own listing and confirms the payment themselves.
    const own = await post('/v1/orders', seller, { shippingAddress: shippingAddressInput, paymentMethod: 'manual', items: [{ listingId: towel, quantity: 1 }] });
    expect([own.statusCode, own.json().error.code]).toEqual([409, 'own_listing']);
    const ownCart = await t.app.inject({ method: 'PUT', url: '/v1/cart/items', headers: seller.auth, payload: { listingId: towel, quantity: 1 } });
    expect([ownCart.statusCode, ownCart.json().error.code]).toEqual([409, 'own_listing']);
    expect(await t.database.db.$count(orders, eq(orders.buyerUserId, seller.user.id))).toBe(0);
    expect(await t.database.db.$count(cartItems, eq(cartItems.userId, seller.user.id))).toBe(0);

    // Bought by someone else, the seller still cannot confirm the money, whatever reference they quote.
    const placed = (await post('/v1/orders', buyer, { shippingAddress: shippingAddressInput, paymentMethod: 'manual', items: [{ listingId: towel, quantity: 1 }] })).json();
    const refused = await confirm(placed.payment.id, seller);
    expect([refused.statusCode, refused.json().error.code]).toEqual([403, 'forbidden']);
    expect((await post(`/v1/fulfilments/${placed.fulfilments[0].id}/ship`, seller, { carrier: 'پست', trackingCode: 'T-9' })).statusCode).toBe(409);
    const after = await statement();
    expect([after.heldMinor, after.payableMinor]).toEqual([before.heldMinor, before.payableMinor]);
    const [payment] = await t.database.db.select().from(payments).where(eq(payments.id, placed.payment.id));
    expect(payment).toMatchObject({ status: 'pending', confirmedByUserId: null, bankReference: null });
    await post(`/v1/orders/${placed.id}/cancel`, buyer);
  });

  it('has finance match a transfer on the payment’s reference, naming the field when it does not match', async () => {
    const placed = (await post('/v1/orders', buyer, { shippingAddress: shippingAddressInput, paymentMethod: 'manual', items: [{ listingId: towel, quantity: 1 }] })).json();
    const { paymentReference } = await transferConfirmation(t, placed.payment.id);
    const wrong = await post(`/v1/payments/${placed.payment.id}/confirm`, finance, { paymentReference: String(Number(paymentReference) + 1), bankReference: 'B-1' });
    expect([wrong.statusCode, wrong.json().error.details]).toEqual([422, [expect.objectContaining({ field: 'paymentReference', code: 'reference_mismatch' })]]);
    const bare = await post(`/v1/payments/${placed.payment.id}/confirm`, finance);
    expect([bare.statusCode, bare.json().error.details.map((d: { field: string }) => d.field)]).toEqual([422, ['paymentReference', 'bankReference']]);
    expect((await statement()).heldMinor).toBe(0);
    // The buyer may have written it in Persian digits with spaces, as a banking app shows it.
    const persian = paymentReference.replace(/\d/g, (d) => '۰۱۲۳۴۵۶۷۸۹'[Number(d)]!).replace(/(.{4})/g, '$1 ').trim();
    const ok = await post(`/v1/payments/${placed.payment.id}/confirm`, finance, { paymentReference: persian, bankReference: ' 1402-99-7 ' });
    expect(ok.statusCode, ok.body).toBe(200);
    const [payment] = await t.database.db.select().from(payments).where(eq(payments.id, placed.payment.id));
    expect(payment).toMatchObject({ status: 'succeeded', confirmedByUserId: finance.user.id, bankReference: '1402-99-7' });
    await post(`/v1/orders/${placed.id}/cancel`, buyer);
    await post(`/v1/payments/${placed.payment.id}/refunds`, admin, { fulfilmentId: placed.fulfilments[0].id, amountMinor: 7_500_000, reference: 'BANK-R3', reason: 'order_cancelled' });
  });

  it('takes cash on delivery only from a shop that accepts it; the seller confirms it at the door, and owes the commission until a payout nets it', async () => {
    const cod = { shippingAddress: shippingAddressInput, paymentMethod: 'cod', items: [{ listingId: towel, quantity: 2 }] };
    const refused = await post('/v1/orders', buyer, cod);
    expect([refused.statusCode, refused.json().error.details]).toEqual([422, [expect.objectContaining({ field: 'paymentMethod', code: 'cod_not_accepted' })]]);
    const patched = await t.app.inject({ method: 'PATCH', url: `/v1/producers/${seller.producer.id}`, headers: seller.auth, payload: { acceptsCod: true } });
    expect(patched.json().acceptsCod).toBe(true);

    const before = await statement();
    const placed = await post('/v1/orders', buyer, cod);
    expect(placed.statusCode, placed.body).toBe(201);
    // It waits for no payment: the seller starts at once, and nothing is held for it.
    expect(placed.json()).toMatchObject({ status: 'cash_on_delivery', payment: { provider: 'cod', status: 'pending' }, fulfilments: [{ status: 'processing' }] });
    const { id, payment, fulfilments } = placed.json();
    const fulfilmentId = fulfilments[0].id as string;
    expect((await post(`/v1/payments/${payment.id}/confirm`, seller, { fulfilmentId })).json().error.code).toBe('fulfilment_state_conflict');
    expect((await post(`/v1/fulfilments/${fulfilmentId}/ship`, seller, { carrier: 'پست', trackingCode: 'T-C' })).statusCode).toBe(200);
    // Delivering a cash parcel is confirming its cash: the plain /deliver says so.
    expect((await post(`/v1/fulfilments/${fulfilmentId}/deliver`, seller)).json().error.code).toBe('cod_confirm_required');
    // Finance cannot confirm cash it never saw, nor the buyer theirs; both read the order, so both are told they may not.
    expect((await post(`/v1/payments/${payment.id}/confirm`, finance, { fulfilmentId })).statusCode).toBe(403);
    expect((await post(`/v1/payments/${payment.id}/confirm`, buyer, { fulfilmentId })).statusCode).toBe(403);
    const confirmed = await post(`/v1/payments/${payment.id}/confirm`, seller, { fulfilmentId });
    expect(confirmed.statusCode, confirmed.body).toBe(200);
    expect(confirmed.json()).toMatchObject({ id, status: 'completed', payment: { status: 'succeeded' }, fulfilments: [{ status: 'delivered' }] });

    // 10 % of the 9,000,000 of goods is owed; nothing was held or made payable, no cash came in.
    const after = await statement();
    expect([after.heldMinor, after.payableMinor, after.owedMinor]).toEqual([before.heldMinor, before.payableMinor, 900_000]);
    expect(after.entries.at(-1)).toMatchObject({ kind: 'cod_commission', account: 'owed', amountMinor: -900_000, commissionBps: 1000, fulfilmentId });

    // A payout pays what is payable less the debt, and settles the debt.
    const payable = after.payableMinor as number;
    const payout = (amountMinor: number) => post('/v1/admin/payouts', admin, { producerId: seller.producer.id, amountMinor, currency: 'IRR', reference: 'BANK-C' });
    const tooMuch = await payout(payable - 900_000 + 1);
    expect([tooMuch.statusCode, tooMuch.json().error.details]).toEqual([409, { payableMinor: payable - 900_000, owedMinor: 900_000 }]);
    expect((await payout(payable - 900_000)).statusCode).toBe(201);
    expect(await statement()).toMatchObject({ payableMinor: 0, owedMinor: 0, paidOutMinor: after.paidOutMinor + payable - 900_000 });
  });

  it('keeps each account’s kind and seller in columns, and finance’s list reads the statement’s balances from them', async () => {
    // A balance left to read: a delivered order, some of it paid out, and a cash parcel's commission owed.
    await order(1, { deliver: true });
    expect((await post('/v1/admin/payouts', admin, { producerId: seller.producer.id, amountMinor: 50_000, currency: 'IRR', reference: 'BANK-K' })).statusCode).toBe(201);
    const placed = (await post('/v1/orders', buyer, { shippingAddress: shippingAddressInput, paymentMethod: 'cod', items: [{ listingId: towel, quantity: 1 }] })).json();
    await post(`/v1/fulfilments/${placed.fulfilments[0].id}/ship`, seller, { carrier: 'پست', trackingCode: 'T-K' });
    expect((await post(`/v1/payments/${placed.payment.id}/confirm`, seller, { fulfilmentId: placed.fulfilments[0].id })).statusCode).toBe(200);

    const accounts = await t.database.db.select().from(ledgerAccounts).where(eq(ledgerAccounts.producerId, seller.producer.id));
    expect(accounts.map((a) => [a.kind, a.sellerKind, a.key]).sort()).toEqual(
      ['held', 'owed', 'payable'].map((kind) => [kind, 'producer', `${kind}:producer:${seller.producer.id}`]),
    );
    expect(await t.database.db.selectDistinct({ sellerKind: payouts.sellerKind, producerId: payouts.producerId, networkId: payouts.networkId }).from(payouts)).toEqual([
      { sellerKind: 'producer', producerId: seller.producer.id, networkId: null },
    ]);
    const { heldMinor, payableMinor, owedMinor } = await statement();
    expect(owedMinor).toBe(450_000);
    const overview = (await t.app.inject({ method: 'GET', url: '/v1/admin/payouts', headers: finance.auth })).json();
    expect(overview.sellers).toEqual([{ producer: expect.objectContaining({ id: seller.producer.id }), payoutSheba: 'IR062960000000100324200001', heldMinor, payableMinor, owedMinor }]);
    expect(overview.payouts[0]).toMatchObject({ amountMinor: 50_000, producer: { id: seller.producer.id }, network: null });
  });
});
