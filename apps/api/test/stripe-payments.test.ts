import { ledgerTransactions, listings, orders, payments, providerEvents, refunds } from '@bazaarche/db';
import { signedStripeDelivery, startStripeTestServer, type StripeTestServer } from '@bazaarche/payments/testing';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { expireOverdueOrders } from '../src/services/orders/expire-overdue-orders.ts';
import { createTestApp, listingInput, publishedListing, registerAdmin, registerProducer, registerUser, shippingAddressInput, type TestApp, transferConfirmation } from './support.ts';

const onPostgres = Boolean(process.env.DATABASE_URL);
const secretKey = 'sk_test_51PbZrCHm2eXqVQ7kBazaarcheTestKey00000000';
const webhookSecret = 'whsec_9f2c1d8e7b6a5f4e3d2c1b0a9f8e7d6c';

type Session = { auth: Record<string, string>; user: { id: string } };
interface PlacedOrder {
  id: string;
  status: string;
  totalMinor: number;
  currency: string;
  payment: { id: string; provider: string; status: string; redirectUrl?: string; transfer?: Record<string, unknown> };
  timeline: Array<{ type: string }>;
}

let eventCounter = 0;
/** A Stripe event about one of our Checkout Sessions, as Stripe's API would send it. */
function checkoutEvent(type: string, order: PlacedOrder, overrides: Record<string, unknown> = {}) {
  const created = Math.floor(Date.now() / 1000);
  return {
    id: `evt_test_${Date.now()}_${eventCounter++}`,
    object: 'event',
    api_version: '2026-10-28.endive',
    created,
    livemode: false,
    pending_webhooks: 1,
    request: { id: null, idempotency_key: null },
    type,
    data: {
      object: {
        id: 'cs_test_session',
        object: 'checkout.session',
        amount_total: order.totalMinor,
        currency: order.currency.toLowerCase(),
        metadata: { paymentId: order.payment.id, orderId: order.id },
        mode: 'payment',
        payment_intent: type === 'checkout.session.completed' ? `pi_test_${order.payment.id.slice(0, 8)}` : null,
        payment_status: type === 'checkout.session.completed' ? 'paid' : 'unpaid',
        status: type === 'checkout.session.completed' ? 'complete' : 'expired',
        ...overrides,
      },
    },
  };
}

describe(`Stripe payments on ${onPostgres ? 'PostgreSQL' : 'PGlite'}`, () => {
  let server: StripeTestServer;
  let t: TestApp;
  let seller: Awaited<ReturnType<typeof registerProducer>>;
  let buyer: Session;

  const dollarListing = () => publishedListing(t, seller, { priceMinor: 4250, currency: 'USD', stock: 5 });
  const placeByCard = async (): Promise<PlacedOrder> => {
    const listing = await dollarListing();
    const response = await t.app.inject({
      method: 'POST',
      url: '/v1/orders',
      headers: buyer.auth,
      payload: { shippingAddress: shippingAddressInput, paymentMethod: 'stripe', items: [{ listingId: listing.id, quantity: 1 }] },
    });
    if (response.statusCode !== 201) throw new Error(`order failed: ${response.statusCode} ${response.body}`);
    return response.json();
  };
  const deliver = (event: object, headers?: Record<string, string>) => {
    const signed = signedStripeDelivery(event, webhookSecret);
    return t.app.inject({ method: 'POST', url: '/v1/webhooks/stripe', headers: headers ?? signed.headers, payload: signed.body });
  };
  const seen = async (order: PlacedOrder): Promise<PlacedOrder> => (await t.app.inject({ method: 'GET', url: `/v1/orders/${order.id}`, headers: buyer.auth })).json();
  const capturesOf = (order: PlacedOrder) => t.database.db.$count(ledgerTransactions, and(eq(ledgerTransactions.orderId, order.id), eq(ledgerTransactions.kind, 'payment_captured')));
  const recorded = (eventId: string) => t.database.db.$count(providerEvents, and(eq(providerEvents.provider, 'stripe'), eq(providerEvents.eventId, eventId)));

  beforeAll(async () => {
    server = await startStripeTestServer(secretKey);
    t = await createTestApp({
      STRIPE_SECRET_KEY: secretKey,
      STRIPE_WEBHOOK_SECRET: webhookSecret,
      STRIPE_API_BASE: `http://127.0.0.1:${server.port}`,
      CURRENCY: 'USD',
      PUBLIC_URL: 'https://bazaarche.example',
    });
    const admin = await registerAdmin(t);
    seller = await registerProducer(t, admin);
    buyer = await registerUser(t.app);
  });
  afterAll(async () => {
    await t?.close();
    await server?.close();
  });
  beforeEach(() => server.reset());

  it('reports both payment adapters on /health', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/health' })).json().payments).toEqual({ adapter: 'stripe', state: 'unchecked', adapters: ['manual', 'stripe'] });
  });

  it('offers checkout both methods, the bank transfer by Sheba alone when no card is configured', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/v1/payment-methods' })).json()).toEqual({ currency: 'USD', items: [{ method: 'manual', cardToCard: false }, { method: 'stripe' }] });
  });

  it('sends a card buyer to a Checkout Session made once per payment', async () => {
    const order = await placeByCard();
    expect(order).toMatchObject({ status: 'pending_payment', payment: { provider: 'stripe', status: 'pending', redirectUrl: expect.stringMatching(/^https:\/\/checkout\.stripe\.com\//) } });
    expect(order.payment.transfer).toBeUndefined();

    expect(server.requests).toHaveLength(1);
    const [request] = server.requests;
    expect(request).toMatchObject({ method: 'POST', path: '/v1/checkout/sessions' });
    expect(request!.headers['idempotency-key']).toBe(`payment:${order.payment.id}:start`);
    expect(request!.form).toMatchObject({
      'line_items[0][price_data][unit_amount]': String(order.totalMinor),
      'line_items[0][price_data][currency]': 'usd',
      'metadata[paymentId]': order.payment.id,
      'metadata[orderId]': order.id,
      success_url: `https://bazaarche.example/orders/${order.id}?paid=1`,
      cancel_url: `https://bazaarche.example/orders/${order.id}`,
    });

    const [payment] = await t.database.db.select().from(payments).where(eq(payments.id, order.payment.id));
    expect(payment!.providerReference).toMatch(/^cs_test_/);
    // The page is shown again until the payment is settled.
    expect((await seen(order)).payment.redirectUrl).toBe(order.payment.redirectUrl);
  });

  it('pays the order once for a signed checkout.session.completed, however often it comes', async () => {
    const order = await placeByCard();
    const event = checkoutEvent('checkout.session.completed', order);

    const first = await deliver(event);
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toEqual({ received: true });
    const paid = await seen(order);
    expect(paid).toMatchObject({ status: 'paid', payment: { status: 'succeeded' } });
    expect(paid.payment.redirectUrl).toBeUndefined();
    const [payment] = await t.database.db.select().from(payments).where(eq(payments.id, order.payment.id));
    expect(payment).toMatchObject({ providerReference: `pi_test_${order.payment.id.slice(0, 8)}`, confirmedByUserId: null, confirmedAt: expect.any(Date) });
    expect(await capturesOf(order)).toBe(1);

    expect((await deliver(event)).statusCode).toBe(200);
    // Another delivery of the same fact under a new event id changes nothing either.
    expect((await deliver(checkoutEvent('checkout.session.completed', order))).statusCode).toBe(200);
    expect(await capturesOf(order)).toBe(1);
    expect((await seen(order)).timeline.map((e) => e.type)).toEqual(['placed', 'paid']);
    expect(await recorded(event.id)).toBe(1);
  });

  it('keeps a paid order paid when the session’s expiry arrives after it', async () => {
    const order = await placeByCard();
    await deliver(checkoutEvent('checkout.session.completed', order));
    const late = await deliver(checkoutEvent('checkout.session.expired', order));
    expect(late.statusCode).toBe(200);
    expect(await seen(order)).toMatchObject({ status: 'paid', payment: { status: 'succeeded' } });
  });

  it('expires an unpaid order when its Checkout Session expires, and keeps it so', async () => {
    const order = await placeByCard();
    expect((await deliver(checkoutEvent('checkout.session.expired', order))).statusCode).toBe(200);
    const expired = await seen(order);
    expect(expired).toMatchObject({ status: 'expired', payment: { status: 'expired' } });
    expect(expired.payment.redirectUrl).toBeUndefined();
    expect((await deliver(checkoutEvent('checkout.session.expired', order))).statusCode).toBe(200);
    expect((await seen(order)).timeline.map((e) => e.type)).toEqual(['placed', 'expired']);
  });

  it('records money that arrives after the sweeper expired the order, and owes it back', async () => {
    const order = await placeByCard();
    await t.database.db.update(orders).set({ expiresAt: new Date(Date.now() - 1000) }).where(eq(orders.id, order.id));
    await expireOverdueOrders(t.database.db);

    expect((await deliver(checkoutEvent('checkout.session.completed', order))).statusCode).toBe(200);
    const after = await seen(order);
    expect(after).toMatchObject({ status: 'expired', payment: { status: 'refund_due' } });
    expect(after.timeline.map((e) => e.type)).toEqual(['placed', 'expired', 'paid_after_close']);
    // The cash is in the ledger, held for the refund an admin makes.
    expect(await capturesOf(order)).toBe(1);
  });

  it('fails the payment on a final failure but lets a declined card try again', async () => {
    const order = await placeByCard();
    const declined = {
      ...checkoutEvent('payment_intent.payment_failed', order),
      data: { object: { id: 'pi_test_declined', object: 'payment_intent', metadata: { paymentId: order.payment.id }, last_payment_error: { code: 'card_declined', decline_code: 'insufficient_funds' } } },
    };
    expect((await deliver(declined)).statusCode).toBe(200);
    expect(await seen(order)).toMatchObject({ status: 'pending_payment', payment: { status: 'pending' } });

    expect((await deliver(checkoutEvent('checkout.session.async_payment_failed', order))).statusCode).toBe(200);
    expect(await seen(order)).toMatchObject({ status: 'pending_payment', payment: { status: 'failed' } });
  });

  it('notes a refund and events it does not act on with 200', async () => {
    const order = await placeByCard();
    await deliver(checkoutEvent('checkout.session.completed', order));
    const refunded = {
      ...checkoutEvent('charge.refunded', order),
      data: { object: { id: 'ch_test_1', object: 'charge', payment_intent: `pi_test_${order.payment.id.slice(0, 8)}`, amount_refunded: order.totalMinor, currency: 'usd', refunded: true, metadata: {} } },
    };
    expect((await deliver(refunded)).statusCode).toBe(200);
    expect(await recorded(refunded.id)).toBe(1);
    expect(await seen(order)).toMatchObject({ status: 'paid', payment: { status: 'succeeded' } });
    expect((await deliver({ ...checkoutEvent('customer.created', order), data: { object: { id: 'cus_1', object: 'customer' } } })).statusCode).toBe(200);
  });

  it('refuses a delivery with a wrong or missing signature and records nothing', async () => {
    const order = await placeByCard();
    const event = checkoutEvent('checkout.session.completed', order);
    const forged = signedStripeDelivery(event, 'whsec_someone_else0000000000000000');
    const wrong = await t.app.inject({ method: 'POST', url: '/v1/webhooks/stripe', headers: forged.headers, payload: forged.body });
    expect([wrong.statusCode, wrong.json().error.code]).toEqual([400, 'invalid_signature']);
    const missing = await deliver(event, { 'content-type': 'application/json' });
    expect([missing.statusCode, missing.json().error.code]).toEqual([400, 'invalid_signature']);
    // A body changed after signing does not verify either.
    const signed = signedStripeDelivery(event, webhookSecret);
    const altered = await t.app.inject({ method: 'POST', url: '/v1/webhooks/stripe', headers: signed.headers, payload: signed.body.replace(String(order.totalMinor), '1') });
    expect(altered.statusCode).toBe(400);

    expect(await recorded(event.id)).toBe(0);
    expect(await seen(order)).toMatchObject({ status: 'pending_payment', payment: { status: 'pending' } });
  });

  it('refuses a delivery signed outside the tolerance, an hour ahead or ten minutes ago, and records nothing', async () => {
    const order = await placeByCard();
    const event = checkoutEvent('checkout.session.completed', order);
    const nowSeconds = Math.floor(Date.now() / 1000);
    for (const timestamp of [nowSeconds + 60 * 60, nowSeconds - 10 * 60]) {
      const signed = signedStripeDelivery(event, webhookSecret, { timestamp });
      const response = await t.app.inject({ method: 'POST', url: '/v1/webhooks/stripe', headers: signed.headers, payload: signed.body });
      expect([response.statusCode, response.json().error.code]).toEqual([400, 'invalid_signature']);
    }
    expect(await recorded(event.id)).toBe(0);
    expect(await seen(order)).toMatchObject({ status: 'pending_payment', payment: { status: 'pending' } });
  });

  it('answers 502 when Stripe is unreachable, leaving the order pending, and starts the payment on a replay', async () => {
    const listing = await dollarListing();
    const placeWithKey = () =>
      t.app.inject({
        method: 'POST',
        url: '/v1/orders',
        headers: { ...buyer.auth, 'idempotency-key': `retry-${listing.id}` },
        payload: { shippingAddress: shippingAddressInput, paymentMethod: 'stripe', items: [{ listingId: listing.id, quantity: 1 }] },
      });
    // Failing more often than the library retries.
    for (let i = 0; i < 3; i++) server.failNext('/v1/checkout/sessions', 500, { type: 'api_error', message: 'Something went wrong on Stripe’s end.' });
    const failed = await placeWithKey();
    expect([failed.statusCode, failed.json().error.code]).toEqual([502, 'payment_provider_unavailable']);
    const orderId = failed.json().error.details.orderId as string;
    const pending = (await t.app.inject({ method: 'GET', url: `/v1/orders/${orderId}`, headers: buyer.auth })).json();
    expect(pending).toMatchObject({ status: 'pending_payment', payment: { status: 'pending' } });
    expect(pending.payment.redirectUrl).toBeUndefined();

    server.reset();
    const replay = await placeWithKey();
    expect(replay.statusCode, replay.body).toBe(200);
    expect(replay.json()).toMatchObject({ id: orderId, payment: { redirectUrl: expect.stringMatching(/^https:\/\/checkout\.stripe\.com\//) } });
    expect(server.requests.map((r) => r.headers['idempotency-key'])).toEqual([`payment:${pending.payment.id}:start`]);
  });

  it('pays a shop out by Stripe Connect transfer from what it is owed, and records nothing when Stripe refuses', async () => {
    const admin = await registerAdmin(t);
    const order = await placeByCard();
    expect((await deliver(checkoutEvent('checkout.session.completed', order))).statusCode).toBe(200);
    const [part] = (await seen(order) as unknown as { fulfilments: Array<{ id: string }> }).fulfilments;
    await t.app.inject({ method: 'POST', url: `/v1/fulfilments/${part!.id}/ship`, headers: seller.auth, payload: { carrier: 'DHL', trackingCode: 'JD0001' } });
    await t.app.inject({ method: 'POST', url: `/v1/fulfilments/${part!.id}/deliver`, headers: seller.auth });
    const balance = async () => (await t.app.inject({ method: 'GET', url: '/v1/ledger/statement', headers: seller.auth })).json().balance;
    const owed = (await balance()).payableMinor as number;
    expect(owed).toBeGreaterThan(0);
    const payout = (amountMinor: number) =>
      t.app.inject({ method: 'POST', url: '/v1/admin/payouts', headers: admin.auth, payload: { producerId: seller.producer.id, amountMinor, currency: 'USD', method: 'stripe' } });

    expect((await payout(100)).json().error.code).toBe('payout_destination_missing');
    const linked = await t.app.inject({ method: 'PATCH', url: `/v1/producers/${seller.producer.id}`, headers: seller.auth, payload: { stripeAccountId: 'acct_1BazaarcheSeller' } });
    expect(linked.json().stripeAccountId).toBe('acct_1BazaarcheSeller');

    server.failNext('/v1/transfers', 400, { type: 'invalid_request_error', code: 'balance_insufficient', message: 'Insufficient funds in Stripe account.' });
    const refused = await payout(owed);
    expect([refused.statusCode, refused.json().error.code]).toEqual([502, 'payment_provider_unavailable']);
    expect((await balance()).paidOutMinor).toBe(0);

    server.reset();
    const paid = await payout(owed);
    expect(paid.statusCode, paid.body).toBe(201);
    expect(paid.json()).toMatchObject({ destination: 'acct_1BazaarcheSeller', reference: expect.stringMatching(/^tr_/) });
    const [transfer] = server.requests.filter((r) => r.path === '/v1/transfers');
    expect(transfer!.headers['idempotency-key']).toBe(`payout:${paid.json().id}`);
    expect(transfer!.form).toMatchObject({ amount: String(owed), currency: 'usd', destination: 'acct_1BazaarcheSeller' });
    expect(await balance()).toMatchObject({ payableMinor: 0, paidOutMinor: owed });
    expect((await payout(1)).json().error.code).toBe('payout_exceeds_payable');
  });

  it('refunds a card through Stripe before the ledger records it, and records nothing when Stripe fails', async () => {
    const admin = await registerAdmin(t);
    const order = await placeByCard();
    expect((await deliver(checkoutEvent('checkout.session.completed', order))).statusCode).toBe(200);
    const [part] = ((await seen(order)) as unknown as { fulfilments: Array<{ id: string }> }).fulfilments;
    const intent = `pi_test_${order.payment.id.slice(0, 8)}`;
    const refund = (amountMinor: number) =>
      t.app.inject({ method: 'POST', url: `/v1/payments/${order.payment.id}/refunds`, headers: admin.auth, payload: { fulfilmentId: part!.id, amountMinor, reason: 'goods_returned' } });
    const recordedRefunds = () => t.database.db.$count(refunds, eq(refunds.paymentId, order.payment.id));
    const ledgerOf = () => t.database.db.$count(ledgerTransactions, eq(ledgerTransactions.orderId, order.id));
    const ledgerBefore = await ledgerOf();
    server.reset();

    // Failing more often than the library retries.
    for (let i = 0; i < 3; i++) server.failNext('/v1/refunds', 500, { type: 'api_error', message: 'Something went wrong on Stripe’s end.' });
    const failed = await refund(1000);
    expect([failed.statusCode, failed.json().error.code]).toEqual([502, 'payment_provider_unavailable']);
    expect([await recordedRefunds(), await ledgerOf()]).toEqual([0, ledgerBefore]);
    expect((await seen(order)).timeline.map((e) => e.type)).toEqual(['placed', 'paid']);
    const attempts = server.requests.filter((r) => r.path === '/v1/refunds');
    expect(attempts.length).toBeGreaterThan(0);

    server.reset();
    const refunded = await refund(1000);
    expect(refunded.statusCode, refunded.body).toBe(200);
    const [asked] = server.requests.filter((r) => r.path === '/v1/refunds');
    expect(asked!.form).toMatchObject({ payment_intent: intent, amount: '1000', reason: 'requested_by_customer', 'metadata[paymentId]': order.payment.id });
    // Asked again with the ledger as it was, the refund is the same refund to Stripe.
    expect(new Set(attempts.map((r) => r.headers['idempotency-key']))).toEqual(new Set([asked!.headers['idempotency-key']]));
    const [row] = await t.database.db.select().from(refunds).where(eq(refunds.paymentId, order.payment.id));
    expect(row).toMatchObject({ amountMinor: 1000, reason: 'goods_returned', reference: expect.stringMatching(/^re_/) });
    expect(await ledgerOf()).toBe(ledgerBefore + 1);

    // The rest: the next refund of this part is another refund to Stripe, and the payment is refunded in full.
    server.reset();
    const rest = await refund(order.totalMinor - 1000);
    expect(rest.json()).toMatchObject({ payment: { status: 'refunded' } });
    const [second] = server.requests.filter((r) => r.path === '/v1/refunds');
    expect(second!.form).toMatchObject({ payment_intent: intent, amount: String(order.totalMinor - 1000) });
    expect(second!.headers['idempotency-key']).not.toBe(asked!.headers['idempotency-key']);
    expect(await recordedRefunds()).toBe(2);
  });

  it('refuses a listing priced in another currency than the marketplace one', async () => {
    const response = await t.app.inject({ method: 'POST', url: '/v1/listings', headers: seller.auth, payload: { ...listingInput, currency: 'IRR' } });
    expect(response.statusCode).toBe(422);
    expect(response.json().error.details).toEqual([expect.objectContaining({ field: 'currency', code: 'wrong_currency' })]);
  });

  it('charges cards only in the currency Stripe is set up for', async () => {
    // Only a listing priced before the marketplace changed currency can still be in rial.
    const listing = await dollarListing();
    await t.database.db.update(listings).set({ currency: 'IRR', priceMinor: 4_500_000 }).where(eq(listings.id, listing.id));
    const response = await t.app.inject({
      method: 'POST',
      url: '/v1/orders',
      headers: buyer.auth,
      payload: { shippingAddress: shippingAddressInput, paymentMethod: 'stripe', items: [{ listingId: listing.id, quantity: 1 }] },
    });
    expect([response.statusCode, response.json().error.code]).toEqual([422, 'payment_method_unavailable']);
  });
});

describe(`manual payments only on ${onPostgres ? 'PostgreSQL' : 'PGlite'}`, () => {
  let t: TestApp;
  let seller: Awaited<ReturnType<typeof registerProducer>>;
  let buyer: Session;

  beforeAll(async () => {
    t = await createTestApp({ MANUAL_PAYEE_CARD: '6037 9911 2345 6786' });
    const admin = await registerAdmin(t);
    seller = await registerProducer(t, admin);
    buyer = await registerUser(t.app);
  });
  afterAll(() => t?.close());

  const order = async (paymentMethod: 'manual' | 'stripe') => {
    const listing = await publishedListing(t, seller, { stock: 5 });
    return t.app.inject({
      method: 'POST',
      url: '/v1/orders',
      headers: buyer.auth,
      payload: { shippingAddress: shippingAddressInput, paymentMethod, items: [{ listingId: listing.id, quantity: 1 }] },
    });
  };

  it('tells a bank-transfer buyer where to send the exact amount and what reference to quote, and again on GET', async () => {
    const response = await order('manual');
    expect(response.statusCode, response.body).toBe(201);
    const placed = response.json() as PlacedOrder;
    expect(placed.payment.redirectUrl).toBeUndefined();
    const [payment] = await t.database.db.select().from(payments).where(eq(payments.id, placed.payment.id));
    expect(placed.payment.transfer).toEqual({
      holderName: { fa: 'بازارچه (حساب نمونه)', en: 'Bazaarche (demo account)' },
      bankName: { fa: 'بانک نمونه', en: 'Demo Bank' },
      sheba: 'IR062960000000100324200001',
      cardNumber: '6037991123456786',
      amountMinor: placed.totalMinor,
      currency: placed.currency,
      reference: payment!.providerReference,
    });

    const again = (await t.app.inject({ method: 'GET', url: `/v1/orders/${placed.id}`, headers: buyer.auth })).json();
    expect(again.payment.transfer).toEqual(placed.payment.transfer);
    // Once the money is confirmed there is nothing left to do.
    const admin = await registerAdmin(t);
    const confirmed = await t.app.inject({ method: 'POST', url: `/v1/payments/${placed.payment.id}/confirm`, headers: admin.auth, payload: await transferConfirmation(t, placed.payment.id) });
    expect(confirmed.json().payment.transfer).toBeUndefined();
    expect((await t.app.inject({ method: 'GET', url: `/v1/orders/${placed.id}`, headers: buyer.auth })).json().payment.transfer).toBeUndefined();
  });

  it('records a bank transfer back only with the bank’s reference', async () => {
    const placed = (await order('manual')).json() as PlacedOrder & { fulfilments: Array<{ id: string }> };
    const admin = await registerAdmin(t);
    await t.app.inject({ method: 'POST', url: `/v1/payments/${placed.payment.id}/confirm`, headers: admin.auth, payload: await transferConfirmation(t, placed.payment.id) });
    const refund = (payload: Record<string, unknown>) =>
      t.app.inject({ method: 'POST', url: `/v1/payments/${placed.payment.id}/refunds`, headers: admin.auth, payload: { fulfilmentId: placed.fulfilments[0]!.id, amountMinor: 1000, reason: 'requested_by_customer', ...payload } });
    const missing = await refund({});
    expect([missing.statusCode, missing.json().error.details]).toEqual([422, [expect.objectContaining({ field: 'reference', code: 'required' })]]);
    expect(await t.database.db.$count(refunds, eq(refunds.paymentId, placed.payment.id))).toBe(0);
    expect((await refund({ reference: 'BANK-R7' })).statusCode).toBe(200);
    const [row] = await t.database.db.select().from(refunds).where(eq(refunds.paymentId, placed.payment.id));
    expect(row).toMatchObject({ amountMinor: 1000, reference: 'BANK-R7' });
  });

  it('tells anyone, before checkout, that a bank transfer may also be made card-to-card', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/v1/payment-methods' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ currency: 'IRR', items: [{ method: 'manual', cardToCard: true }] });
  });

  it('refuses card payments and Stripe webhooks when Stripe is not configured', async () => {
    const response = await order('stripe');
    expect([response.statusCode, response.json().error.code]).toEqual([422, 'payment_method_unavailable']);
    const webhook = await t.app.inject({ method: 'POST', url: '/v1/webhooks/stripe', headers: { 'content-type': 'application/json', 'stripe-signature': 't=1,v1=x' }, payload: '{}' });
    expect(webhook.statusCode).toBe(404);
    expect(await t.database.db.$count(providerEvents)).toBe(0);
  });
});
