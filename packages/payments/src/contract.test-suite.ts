import { describe, expect, it } from 'vitest';
import { InvalidSignatureError, ProviderError } from './errors.ts';
import type { PaymentProvider, PayoutDestination } from './port.ts';

export interface PaymentProviderFixture {
  provider: PaymentProvider;
  /** A currency the adapter charges in. */
  currency: string;
  /** What `payment_succeeded` would have carried, for a refund. */
  paidReference: string;
  /** A destination the adapter pays out to. */
  payoutDestination: PayoutDestination;
}

/**
 * The behaviour every `PaymentProvider` adapter must show, run by each adapter's own test file:
 * the API treats them alike, so what it relies on is asserted here once.
 */
export function runPaymentProviderContract(name: string, open: () => PaymentProviderFixture): void {
  describe(`PaymentProvider contract: ${name}`, () => {
    const start = (fixture: PaymentProviderFixture, amountMinor: number) =>
      fixture.provider.startPayment({
        paymentId: 'd3b07384-d113-4ec6-a9f4-6b2f0c1a7e11',
        orderId: '6f1ed002-ab55-4b8e-9e0b-1b5f8c2d9a40',
        amountMinor,
        currency: fixture.currency,
        description: 'Bazaarche order 6f1ed002',
        successUrl: 'http://127.0.0.1:3001/orders/6f1ed002?paid=1',
        cancelUrl: 'http://127.0.0.1:3001/orders/6f1ed002',
      });

    it('gives the buyer a page to pay on, or the transfer to make for the exact amount, and a reference', async () => {
      const fixture = open();
      const started = await start(fixture, 125_000);
      expect(started.providerReference).toMatch(/\S/);
      if (started.redirectUrl === undefined) {
        expect(started.transfer).toMatchObject({ amountMinor: 125_000, currency: fixture.currency, reference: started.providerReference });
        expect(started.transfer?.sheba).toMatch(/^IR\d{24}$/);
        expect(started.transfer?.holderName.fa).toMatch(/\S/);
        expect(started.transfer?.holderName.en).toMatch(/\S/);
      } else {
        expect(new URL(started.redirectUrl).protocol).toBe('https:');
        expect(started.transfer).toBeUndefined();
      }
    });

    it('refuses amounts that are not a positive whole number of minor units', async () => {
      const fixture = open();
      for (const amountMinor of [0, -100, 12.5, Number.NaN]) {
        await expect(start(fixture, amountMinor)).rejects.toMatchObject({ name: 'ProviderError', code: 'invalid_amount' });
        await expect(
          fixture.provider.refund({
            paymentId: 'p1',
            providerReference: fixture.paidReference,
            amountMinor,
            currency: fixture.currency,
            idempotencyKey: 'refund:p1:1',
            bankReference: '140212345678',
          }),
        ).rejects.toBeInstanceOf(ProviderError);
        await expect(
          fixture.provider.payout({
            payoutId: 'po1',
            destination: fixture.payoutDestination,
            amountMinor,
            currency: fixture.currency,
            idempotencyKey: 'payout:po1',
            bankReference: '140212345678',
          }),
        ).rejects.toBeInstanceOf(ProviderError);
      }
    });

    it('refuses a webhook delivery nobody signed', async () => {
      const { provider } = open();
      const body = Buffer.from(JSON.stringify({ id: 'evt_1', object: 'event', type: 'checkout.session.completed' }));
      await expect(provider.parseEvent(body, {})).rejects.toBeInstanceOf(InvalidSignatureError);
      await expect(provider.parseEvent(body, { 'stripe-signature': 't=1,v1=00' })).rejects.toBeInstanceOf(InvalidSignatureError);
    });

    it('refuses a payout to a kind of destination it cannot pay', async () => {
      const fixture = open();
      const other: PayoutDestination =
        fixture.payoutDestination.type === 'sheba' ? { type: 'stripe_account', accountId: 'acct_1Nv0FGQ9RKHgCVdK' } : { type: 'sheba', sheba: 'IR820540102680020817909002' };
      await expect(
        fixture.provider.payout({ payoutId: 'po2', destination: other, amountMinor: 5000, currency: fixture.currency, idempotencyKey: 'payout:po2', bankReference: '1' }),
      ).rejects.toMatchObject({ name: 'ProviderError', code: 'invalid_destination' });
    });
  });
}
