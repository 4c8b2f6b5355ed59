import Stripe from 'stripe';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { runPaymentProviderContract } from './contract.test-suite.ts';
import { InvalidSignatureError, MalformedEventError, PaymentsConfigError, ProviderError } from './errors.ts';
import type { PaymentProvider, StartPaymentInput } from './port.ts';
import { createStripePayments, WEBHOOK_TOLERANCE_SECONDS } from './stripe.ts';
import { assertStripeSupports } from './stripe-currencies.ts';
import { startStripeTestServer, type StripeTestServer } from './stripe-test-server.ts';

// The adapter's clock, against which the order's deadline is checked; webhook timestamps use the real one.
const now = new Date('2026-11-02T09:30:00Z');

const secretKey = 'sk_test_51PbZrCHm2eXqVQ7kBazaarcheTestKey00000000';
const webhookSecret = 'whsec_9f2c1d8e7b6a5f4e3d2c1b0a9f8e7d6c';

let server: StripeTestServer;
beforeAll(async () => {
  server = await startStripeTestServer(secretKey);
});
afterAll(async () => {
  await server.close();
});
beforeEach(() => {
  server.reset();
});

function stripePayments(overrides: Partial<Parameters<typeof createStripePayments>[0]> = {}): PaymentProvider {
  return createStripePayments({ secretKey, webhookSecret, currency: 'USD', host: '127.0.0.1', port: server.port, protocol: 'http', now: () => now, ...overrides });
}
const payment: StartPaymentInput = {
  paymentId: '7c9e6679-7425-40de-944b-e07fc1f90ae7',
  orderId: '3fa85f64-5717-4562-b3fc-2c963f66afa6',
  amountMinor: 4250,
  currency: 'USD',
  description: 'Bazaarche order 3fa85f64',
  successUrl: 'https://bazaarche.example/orders/3fa85f64?paid=1',
  cancelUrl: 'https://bazaarche.example/orders/3fa85f64',
  buyerEmail: 'maryam@example.com',
  expiresAt: new Date('2026-11-03T09:00:00Z'),
};

runPaymentProviderContract('stripe', () => ({
  provider: stripePayments(),
  currency: 'USD',
  paidReference: 'pi_3PbZt2Hm2eXqVQ7k0mJ4bXq1',
  payoutDestination: { type: 'stripe_account', accountId: 'acct_1PbZuQR4fXk2LmNo' },
}));

describe('assertStripeSupports', () => {
  it('accepts the currencies it lists, in any case, zero-decimal ones included', () => {
    expect(assertStripeSupports('usd')).toBe('USD');
    expect(assertStripeSupports('EUR')).toBe('EUR');
    expect(assertStripeSupports(' aed ')).toBe('AED');
    expect(assertStripeSupports('jpy')).toBe('JPY');
    expect(assertStripeSupports('KRW')).toBe('KRW');
  });

  it('refuses the rial with one line the API can print at start', () => {
    expect(() => assertStripeSupports('IRR')).toThrow(PaymentsConfigError);
    expect(() => assertStripeSupports('IRR')).toThrow(/^Stripe does not support the Iranian rial \(IRR\): charge in one of USD, EUR/);
    expect(() => assertStripeSupports('XYZ')).toThrow(/not set up for "XYZ"/);
    try {
      assertStripeSupports('IRR');
    } catch (error) {
      expect((error as Error).message).not.toContain('\n');
    }
  });

  it('is checked when the adapter is made, with the webhook secret', () => {
    expect(() => stripePayments({ currency: 'IRR' })).toThrow(PaymentsConfigError);
    expect(() => stripePayments({ webhookSecret: undefined })).toThrow(/STRIPE_WEBHOOK_SECRET/);
    expect(() => stripePayments({ webhookSecret: '  ' })).toThrow(/STRIPE_WEBHOOK_SECRET/);
  });
});

describe('startPayment', () => {
  it('creates a Checkout Session for the order total, naming our payment and order', async () => {
    const started = await stripePayments().startPayment(payment);

    expect(server.requests).toHaveLength(1);
    const [request] = server.requests;
    expect(request!.method).toBe('POST');
    expect(request!.path).toBe('/v1/checkout/sessions');
    expect(request!.headers.authorization).toBe(`Bearer ${secretKey}`);
    expect(request!.headers['idempotency-key']).toBe(`payment:${payment.paymentId}:start`);
    expect(request!.headers['content-type']).toBe('application/x-www-form-urlencoded');
    expect(request!.form).toEqual({
      mode: 'payment',
      'line_items[0][quantity]': '1',
      'line_items[0][price_data][currency]': 'usd',
      'line_items[0][price_data][unit_amount]': '4250',
      'line_items[0][price_data][product_data][name]': 'Bazaarche order 3fa85f64',
      client_reference_id: payment.paymentId,
      'metadata[paymentId]': payment.paymentId,
      'metadata[orderId]': payment.orderId,
      'payment_intent_data[description]': 'Bazaarche order 3fa85f64',
      'payment_intent_data[metadata][paymentId]': payment.paymentId,
      'payment_intent_data[metadata][orderId]': payment.orderId,
      success_url: payment.successUrl,
      cancel_url: payment.cancelUrl,
      customer_email: 'maryam@example.com',
      expires_at: String(Date.parse('2026-11-03T09:00:00Z') / 1000),
    });

    expect(started.providerReference).toMatch(/^cs_test_\w+$/);
    expect(started.redirectUrl).toMatch(/^https:\/\/checkout\.stripe\.com\/c\/pay\/cs_test_/);
    expect(started.expiresAt).toEqual(payment.expiresAt);
    expect(started.transfer).toBeUndefined();
  });

  it('sends the same Idempotency-Key when retried, so Stripe answers with the same session', async () => {
    const provider = stripePayments();
    const first = await provider.startPayment(payment);
    const retry = await provider.startPayment(payment);

    expect(server.requests.map((request) => request.headers['idempotency-key'])).toEqual([
      `payment:${payment.paymentId}:start`,
      `payment:${payment.paymentId}:start`,
    ]);
    expect(retry).toEqual(first);
  });

  it('lets the library retry a Stripe server error with the same Idempotency-Key', async () => {
    server.failNext('/v1/checkout/sessions', 500, { type: 'api_error', message: 'An unknown error occurred' });
    const started = await stripePayments().startPayment({ ...payment, paymentId: '5b0c2a1e-0d9f-4f4e-8a3b-1c2d3e4f5a6b' });

    expect(server.requests).toHaveLength(2);
    expect(new Set(server.requests.map((request) => request.headers['idempotency-key']))).toEqual(new Set(['payment:5b0c2a1e-0d9f-4f4e-8a3b-1c2d3e4f5a6b:start']));
    expect(started.providerReference).toMatch(/^cs_test_/);
  });

  it('leaves Stripe its 24 hours when the order holds longer, and refuses an order about to expire', async () => {
    const provider = stripePayments();
    await provider.startPayment({ ...payment, paymentId: 'p-long', expiresAt: new Date(now.getTime() + 72 * 3600_000) });
    expect(server.requests[0]!.form).not.toHaveProperty('expires_at');

    await expect(provider.startPayment({ ...payment, paymentId: 'p-short', expiresAt: new Date(now.getTime() + 20 * 60_000) })).rejects.toMatchObject({
      name: 'ProviderError',
      code: 'invalid_request',
      providerCode: 'expires_too_soon',
    });
    expect(server.requests).toHaveLength(1);
  });

  it('sends a zero-decimal currency’s whole units as they are', async () => {
    await stripePayments({ currency: 'JPY' }).startPayment({ ...payment, paymentId: 'p-yen', currency: 'JPY', amountMinor: 1200 });
    expect(server.requests[0]!.form).toMatchObject({ 'line_items[0][price_data][currency]': 'jpy', 'line_items[0][price_data][unit_amount]': '1200' });
  });

  it('never charges an amount in another currency than the one it is set up for', async () => {
    await expect(stripePayments().startPayment({ ...payment, currency: 'IRR', amountMinor: 1_250_000 })).rejects.toMatchObject({ code: 'currency_mismatch' });
    expect(server.requests).toHaveLength(0);
  });

  it('turns a 402 card error into a ProviderError that says declined', async () => {
    server.failNext('/v1/checkout/sessions', 402, {
      type: 'card_error',
      code: 'card_declined',
      decline_code: 'insufficient_funds',
      message: 'Your card has insufficient funds.',
    });
    const error = await stripePayments().startPayment(payment).catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(ProviderError);
    expect(error).toMatchObject({ provider: 'stripe', code: 'declined', providerCode: 'insufficient_funds', status: 402, retryable: false });
    expect((error as ProviderError).requestId).toMatch(/^req_/);
    expect((error as ProviderError).cause).toBeInstanceOf(Stripe.errors.StripeCardError);
  });

  it('turns a 400 invalid request into a ProviderError with Stripe’s code', async () => {
    server.failNext('/v1/checkout/sessions', 400, {
      type: 'invalid_request_error',
      code: 'amount_too_small',
      param: 'line_items[0][price_data][unit_amount]',
      message: 'The Checkout Session\'s total amount due must add up to at least $0.50 usd',
    });
    await expect(stripePayments().startPayment({ ...payment, amountMinor: 10 })).rejects.toMatchObject({
      name: 'ProviderError',
      code: 'invalid_request',
      providerCode: 'amount_too_small',
      status: 400,
    });
  });

  it('reports a reused idempotency key with other parameters as a conflict', async () => {
    const provider = stripePayments();
    await provider.startPayment({ ...payment, paymentId: 'p-conflict' });
    await expect(provider.startPayment({ ...payment, paymentId: 'p-conflict', amountMinor: 9999 })).rejects.toMatchObject({
      code: 'idempotency_conflict',
      status: 400,
    });
  });

  it('reports a refused secret key as not authorised', async () => {
    await expect(stripePayments({ secretKey: 'sk_test_revoked' }).startPayment(payment)).rejects.toMatchObject({ code: 'not_authorised', status: 401 });
  });
});

describe('refund', () => {
  const refund = {
    paymentId: payment.paymentId,
    providerReference: 'pi_3PbZt2Hm2eXqVQ7k0mJ4bXq1',
    amountMinor: 1500,
    currency: 'USD',
    idempotencyKey: `refund:${payment.paymentId}:1`,
  };

  it('refunds on the PaymentIntent with the caller’s idempotency key', async () => {
    const receipt = await stripePayments().refund({ ...refund, reason: 'requested_by_customer' });

    const [request] = server.requests;
    expect(request!.path).toBe('/v1/refunds');
    expect(request!.headers['idempotency-key']).toBe(refund.idempotencyKey);
    expect(request!.headers.authorization).toBe(`Bearer ${secretKey}`);
    expect(request!.form).toEqual({
      payment_intent: refund.providerReference,
      amount: '1500',
      reason: 'requested_by_customer',
      'metadata[paymentId]': payment.paymentId,
      'metadata[reason]': 'requested_by_customer',
    });
    expect(receipt.providerReference).toMatch(/^re_\w+$/);
  });

  it('keeps a reason Stripe has no word for in the metadata only', async () => {
    await stripePayments().refund({ ...refund, idempotencyKey: 'refund:x:2', reason: 'order_cancelled' });
    expect(server.requests[0]!.form).not.toHaveProperty('reason');
    expect(server.requests[0]!.form['metadata[reason]']).toBe('order_cancelled');
  });

  it('needs the PaymentIntent, not the Checkout Session', async () => {
    await expect(stripePayments().refund({ ...refund, providerReference: 'cs_test_a1B2c3' })).rejects.toMatchObject({ code: 'invalid_request' });
    expect(server.requests).toHaveLength(0);
  });

  it('surfaces Stripe refusing the refund', async () => {
    server.failNext('/v1/refunds', 400, {
      type: 'invalid_request_error',
      code: 'charge_already_refunded',
      message: 'Charge ch_3PbZt2Hm2eXqVQ7k0 has already been refunded.',
    });
    await expect(stripePayments().refund({ ...refund, idempotencyKey: 'refund:x:3' })).rejects.toMatchObject({
      code: 'invalid_request',
      providerCode: 'charge_already_refunded',
    });
  });
});

describe('payout', () => {
  const payout = {
    payoutId: 'b8f4e2c6-1a3d-4f5e-9c7b-2d4f6a8c0e1f',
    destination: { type: 'stripe_account' as const, accountId: 'acct_1PbZuQR4fXk2LmNo' },
    amountMinor: 12_000,
    currency: 'usd',
    idempotencyKey: 'payout:b8f4e2c6-1a3d-4f5e-9c7b-2d4f6a8c0e1f',
  };

  it('transfers to the seller’s Connect account with the caller’s idempotency key', async () => {
    const receipt = await stripePayments().payout(payout);

    const [request] = server.requests;
    expect(request!.path).toBe('/v1/transfers');
    expect(request!.headers['idempotency-key']).toBe(payout.idempotencyKey);
    expect(request!.form).toEqual({
      amount: '12000',
      currency: 'usd',
      destination: 'acct_1PbZuQR4fXk2LmNo',
      'metadata[payoutId]': payout.payoutId,
    });
    expect(receipt.providerReference).toMatch(/^tr_\w+$/);
  });

  it('refuses what is not a Connect account id before calling Stripe', async () => {
    await expect(stripePayments().payout({ ...payout, destination: { type: 'stripe_account', accountId: 'cus_NffrFeUfNV2Hib' } })).rejects.toMatchObject({
      code: 'invalid_destination',
    });
    expect(server.requests).toHaveLength(0);
  });

  it('surfaces a platform balance too low for the transfer', async () => {
    server.failNext('/v1/transfers', 400, {
      type: 'invalid_request_error',
      code: 'balance_insufficient',
      message: 'You have insufficient available funds in your Stripe account.',
    });
    await expect(stripePayments().payout({ ...payout, idempotencyKey: 'payout:x:2' })).rejects.toMatchObject({
      code: 'invalid_request',
      providerCode: 'balance_insufficient',
    });
  });
});

describe('parseEvent', () => {
  const created = 1_793_611_800;
  const eventOf = (type: string, object: Record<string, unknown>) => ({
    id: `evt_1PbZw${type.length}Hm2eXqVQ7kQ3f9Xa2`,
    object: 'event',
    api_version: '2026-10-28.endive',
    created,
    data: { object },
    livemode: false,
    pending_webhooks: 1,
    request: { id: null, idempotency_key: null },
    type,
  });
  const signed = (event: object, options: { secret?: string; timestamp?: number } = {}) => {
    const payload = JSON.stringify(event, null, 2);
    const signature = Stripe.webhooks.generateTestHeaderString({ payload, secret: options.secret ?? webhookSecret, ...(options.timestamp ? { timestamp: options.timestamp } : {}) });
    return { body: Buffer.from(payload), headers: { 'stripe-signature': signature } };
  };
  const parse = (event: object) => {
    const { body, headers } = signed(event);
    return stripePayments().parseEvent(body, headers);
  };

  const session = {
    id: 'cs_test_a1PbZvHm2eXqVQ7kL0r3m',
    object: 'checkout.session',
    amount_subtotal: 4250,
    amount_total: 4250,
    client_reference_id: payment.paymentId,
    created: created - 120,
    currency: 'usd',
    customer_email: 'maryam@example.com',
    expires_at: created + 86_000,
    livemode: false,
    metadata: { paymentId: payment.paymentId, orderId: payment.orderId },
    mode: 'payment',
    payment_intent: 'pi_3PbZt2Hm2eXqVQ7k0mJ4bXq1',
    payment_status: 'paid',
    status: 'complete',
    url: null,
  };
  const base = { provider: 'stripe', createdAt: new Date(created * 1000) };

  it('maps a paid checkout.session.completed to payment_succeeded with the PaymentIntent to refund later', async () => {
    const event = eventOf('checkout.session.completed', session);
    await expect(parse(event)).resolves.toEqual({
      ...base,
      type: 'payment_succeeded',
      eventId: event.id,
      paymentId: payment.paymentId,
      providerReference: 'pi_3PbZt2Hm2eXqVQ7k0mJ4bXq1',
      amountMinor: 4250,
      currency: 'USD',
    });
  });

  it('waits for the money when the page completes unpaid, then maps async_payment_succeeded', async () => {
    const unpaid = { ...session, payment_status: 'unpaid' };
    await expect(parse(eventOf('checkout.session.completed', unpaid))).resolves.toMatchObject({ type: 'ignored', reason: 'not_paid_yet' });
    await expect(parse(eventOf('checkout.session.async_payment_succeeded', session))).resolves.toMatchObject({
      type: 'payment_succeeded',
      paymentId: payment.paymentId,
      amountMinor: 4250,
    });
  });

  it('ignores sessions it did not start', async () => {
    await expect(parse(eventOf('checkout.session.completed', { ...session, metadata: {} }))).resolves.toMatchObject({
      type: 'ignored',
      providerType: 'checkout.session.completed',
      reason: 'not_ours',
    });
  });

  it('maps checkout.session.expired to payment_expired', async () => {
    const event = eventOf('checkout.session.expired', { ...session, payment_intent: null, payment_status: 'unpaid', status: 'expired' });
    await expect(parse(event)).resolves.toEqual({
      ...base,
      type: 'payment_expired',
      eventId: event.id,
      paymentId: payment.paymentId,
      providerReference: session.id,
    });
  });

  it('maps payment_intent.payment_failed to a payment_failed the buyer may still retry', async () => {
    const event = eventOf('payment_intent.payment_failed', {
      id: 'pi_3PbZt2Hm2eXqVQ7k0mJ4bXq1',
      object: 'payment_intent',
      amount: 4250,
      currency: 'usd',
      last_payment_error: {
        type: 'card_error',
        code: 'card_declined',
        decline_code: 'insufficient_funds',
        message: 'Your card has insufficient funds.',
      },
      metadata: { paymentId: payment.paymentId, orderId: payment.orderId },
      status: 'requires_payment_method',
    });
    await expect(parse(event)).resolves.toEqual({
      ...base,
      type: 'payment_failed',
      eventId: event.id,
      paymentId: payment.paymentId,
      providerReference: 'pi_3PbZt2Hm2eXqVQ7k0mJ4bXq1',
      final: false,
      reason: 'insufficient_funds',
    });
  });

  it('maps checkout.session.async_payment_failed to a final payment_failed', async () => {
    await expect(parse(eventOf('checkout.session.async_payment_failed', { ...session, payment_status: 'unpaid' }))).resolves.toMatchObject({
      type: 'payment_failed',
      final: true,
      paymentId: payment.paymentId,
    });
  });

  it('maps charge.refunded to refunded with the total refunded so far', async () => {
    const event = eventOf('charge.refunded', {
      id: 'ch_3PbZt2Hm2eXqVQ7k0kQ1dRt8',
      object: 'charge',
      amount: 4250,
      amount_captured: 4250,
      amount_refunded: 1500,
      captured: true,
      currency: 'usd',
      metadata: { paymentId: payment.paymentId, orderId: payment.orderId },
      paid: true,
      payment_intent: 'pi_3PbZt2Hm2eXqVQ7k0mJ4bXq1',
      refunded: false,
      status: 'succeeded',
    });
    await expect(parse(event)).resolves.toEqual({
      ...base,
      type: 'refunded',
      eventId: event.id,
      paymentId: payment.paymentId,
      providerReference: 'pi_3PbZt2Hm2eXqVQ7k0mJ4bXq1',
      amountRefundedMinor: 1500,
      currency: 'USD',
      fullyRefunded: false,
    });
  });

  it('ignores event types it does not handle, keeping their id for the record', async () => {
    const event = eventOf('customer.created', { id: 'cus_NffrFeUfNV2Hib', object: 'customer' });
    await expect(parse(event)).resolves.toEqual({ ...base, type: 'ignored', eventId: event.id, providerType: 'customer.created', reason: 'unhandled_type' });
  });

  it('reads the header whatever its case', async () => {
    const { body, headers } = signed(eventOf('checkout.session.completed', session));
    await expect(stripePayments().parseEvent(body, { 'Stripe-Signature': headers['stripe-signature'] })).resolves.toMatchObject({ type: 'payment_succeeded' });
  });

  it('accepts a delivery signed within the tolerance either way, as clocks drift', async () => {
    const nowSeconds = Math.floor(Date.now() / 1000);
    for (const timestamp of [nowSeconds + 60, nowSeconds - 60]) {
      const { body, headers } = signed(eventOf('checkout.session.completed', session), { timestamp });
      await expect(stripePayments().parseEvent(body, headers)).resolves.toMatchObject({ type: 'payment_succeeded' });
    }
  });

  it('refuses with MalformedEventError a signed event without an object, or with an id or type that is not plain text', async () => {
    const good = eventOf('checkout.session.completed', session);
    for (const event of [
      { ...good, data: { object: null } },
      { ...good, data: {} },
      { ...good, data: { object: [] } },
      { ...good, id: 'evt_\u0000' },
      { ...good, type: 'checkout.session.completed\u0000' },
      { ...good, id: 42 },
    ]) {
      await expect(parse(event)).rejects.toBeInstanceOf(MalformedEventError);
    }
  });

  describe('refuses with InvalidSignatureError', () => {
    const event = eventOf('checkout.session.completed', session);

    it('a delivery signed with another secret', async () => {
      const { body, headers } = signed(event, { secret: 'whsec_someone_else0000000000000000' });
      await expect(stripePayments().parseEvent(body, headers)).rejects.toBeInstanceOf(InvalidSignatureError);
    });

    it('a body changed after signing', async () => {
      const { body, headers } = signed(event);
      const tampered = Buffer.from(body.toString('utf8').replace('"amount_total": 4250', '"amount_total": 425000'));
      expect(tampered.equals(body)).toBe(false);
      await expect(stripePayments().parseEvent(tampered, headers)).rejects.toBeInstanceOf(InvalidSignatureError);
    });

    it('a delivery without the header, with an empty one, or with it twice', async () => {
      const { body, headers } = signed(event);
      const provider = stripePayments();
      await expect(provider.parseEvent(body, {})).rejects.toBeInstanceOf(InvalidSignatureError);
      await expect(provider.parseEvent(body, { 'stripe-signature': '' })).rejects.toBeInstanceOf(InvalidSignatureError);
      await expect(provider.parseEvent(body, { 'stripe-signature': [headers['stripe-signature'], headers['stripe-signature']] })).rejects.toBeInstanceOf(
        InvalidSignatureError,
      );
    });

    it('a header whose signature is empty', async () => {
      const { body } = signed(event);
      await expect(stripePayments().parseEvent(body, { 'stripe-signature': `t=${Math.floor(Date.now() / 1000)},v1=` })).rejects.toBeInstanceOf(InvalidSignatureError);
      await expect(stripePayments().parseEvent(body, { 'stripe-signature': 't=,v1=' })).rejects.toBeInstanceOf(InvalidSignatureError);
    });

    it('a delivery signed longer ago than the tolerance, as a replay would be', async () => {
      const { body, headers } = signed(event, { timestamp: Math.floor(Date.now() / 1000) - 10 * 60 });
      await expect(stripePayments().parseEvent(body, headers)).rejects.toThrow(/tolerance/);
      await expect(stripePayments().parseEvent(body, headers)).rejects.toBeInstanceOf(InvalidSignatureError);
    });

    it('a delivery signed further from our clock than the tolerance, ahead (an hour, or just past it) or behind', async () => {
      const nowSeconds = Math.floor(Date.now() / 1000);
      for (const timestamp of [nowSeconds + 60 * 60, nowSeconds + WEBHOOK_TOLERANCE_SECONDS + 5, nowSeconds - WEBHOOK_TOLERANCE_SECONDS - 5]) {
        const { body, headers } = signed(event, { timestamp });
        await expect(stripePayments().parseEvent(body, headers)).rejects.toBeInstanceOf(InvalidSignatureError);
      }
    });

    it('an empty body', async () => {
      const { headers } = signed(event);
      await expect(stripePayments().parseEvent(Buffer.alloc(0), headers)).rejects.toBeInstanceOf(InvalidSignatureError);
    });
  });
});
