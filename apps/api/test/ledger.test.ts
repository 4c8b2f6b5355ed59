import { ledgerEntries, ledgerTransactions, producers } from '@bazaarche/db';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, publishedListing, registerAdmin, registerProducer, registerUser, shippingAddressInput, type TestApp } from './support.ts';

describe(`money through the ledger on ${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite'}`, () => {
  let t: TestApp;
  let admin: Awaited<ReturnType<typeof registerAdmin>>;
  let seller: Awaited<ReturnType<typeof registerProducer>>;
  let buyer: Awaited<ReturnType<typeof registerUser>>;
  let towel: string;

  const post = (url: string, session: { auth: Record<string, string> }, payload?: object) => t.app.inject({ method: 'POST', url, headers: session.auth, ...(payload && { payload }) });
  const statement = async () => {
    const { balance, entries } = (await t.app.inject({ method: 'GET', url: '/v1/ledger/statement', headers: seller.auth })).json();
    return { ...balance, entries };
  };

  /** An order for `quantity` towels, paid and (optionally) shipped and delivered. */
  async function order(quantity: number, { deliver = false } = {}) {
    const placed = (await post('/v1/orders', buyer, { shippingAddress: shippingAddressInput, paymentMethod: 'manual', items: [{ listingId: towel, quantity }] })).json();
    expect((await post(`/v1/payments/${placed.payment.id}/confirm`, seller)).statusCode).toBe(200);
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
    expect((await post(`/v1/payments/${paid.paymentId}/confirm`, seller)).statusCode).toBe(409);
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
});
