import { describe, expect, it } from 'vitest';
import { runPaymentProviderContract } from './contract.test-suite.ts';
import { InvalidSignatureError, PaymentsConfigError } from './errors.ts';
import { createManualPayments, type ManualPayee } from './manual.ts';
import type { StartPaymentInput } from './port.ts';

const payee: ManualPayee = {
  holderName: { fa: 'بازارچه', en: 'Bazaarche' },
  bankName: { fa: 'بانک ملی', en: 'Bank Melli' },
  sheba: 'IR11 0170 0000 0012 3456 7890 01',
  cardNumber: '6037-9911-2345-6786',
};

const payment: StartPaymentInput = {
  paymentId: '0b9f7a52-3c1e-4d7a-9f57-2a4c1e8b6d01',
  orderId: '4a1d9c7e-8b2f-4e6a-b1c3-5d7e9f0a2b4c',
  amountMinor: 1_250_000,
  currency: 'IRR',
  description: 'Bazaarche order 4a1d9c7e',
  successUrl: 'http://127.0.0.1:3001/orders/4a1d9c7e',
  cancelUrl: 'http://127.0.0.1:3001/orders/4a1d9c7e',
};

runPaymentProviderContract('manual', () => ({
  provider: createManualPayments({ payee }),
  currency: 'IRR',
  paidReference: '182736450912',
  payoutDestination: { type: 'sheba', sheba: 'IR820540102680020817909002' },
}));

describe('manual payments', () => {
  const provider = createManualPayments({ payee });

  it('tells the buyer where to transfer the exact amount, as raw digits a banking app accepts, with a reference to quote', async () => {
    const started = await provider.startPayment(payment);
    expect(started.transfer).toEqual({
      holderName: { fa: 'بازارچه', en: 'Bazaarche' },
      bankName: { fa: 'بانک ملی', en: 'Bank Melli' },
      sheba: 'IR110170000000123456789001',
      cardNumber: '6037991123456786',
      amountMinor: 1_250_000,
      currency: 'IRR',
      reference: started.providerReference,
    });
    expect(started.redirectUrl).toBeUndefined();
    expect(provider.acceptsCardToCard).toBe(true);
  });

  it('offers only the Sheba transfer without a card number', async () => {
    const shebaOnly = createManualPayments({ payee: { ...payee, cardNumber: undefined } });
    const started = await shebaOnly.startPayment(payment);
    expect(started.transfer).not.toHaveProperty('cardNumber');
    expect(shebaOnly.acceptsCardToCard).toBe(false);
  });

  it('gives each payment a twelve-digit reference, the same on every call', async () => {
    const first = await provider.startPayment(payment);
    const again = await provider.startPayment(payment);
    const other = await provider.startPayment({ ...payment, paymentId: '9c8b7a65-4321-4fed-8cba-0987654321ff' });
    expect(first.providerReference).toMatch(/^[1-9]\d{11}$/);
    expect(again.providerReference).toBe(first.providerReference);
    expect(other.providerReference).not.toBe(first.providerReference);
  });

  it('refuses a payee account that would lose buyers their money', () => {
    expect(() => createManualPayments({ payee: { ...payee, sheba: 'IR11 0170 0000 0012 3456 7890 02' } })).toThrow(PaymentsConfigError);
    expect(() => createManualPayments({ payee: { ...payee, cardNumber: '6037 9911 2345 6787' } })).toThrow(PaymentsConfigError);
    expect(() => createManualPayments({ payee: { ...payee, cardNumber: '6037 9911 2345 678' } })).toThrow(PaymentsConfigError);
    expect(() => createManualPayments({ payee: { ...payee, cardNumber: '۶۰۳۷ ۹۹۱۱ ۲۳۴۵ ۶۷۸۶' } })).not.toThrow();
  });

  it('takes no webhooks, whatever the headers say', async () => {
    await expect(provider.parseEvent(Buffer.from('{}'), { 'stripe-signature': 't=1,v1=abc' })).rejects.toBeInstanceOf(InvalidSignatureError);
  });

  it('records a refund by the bank reference of the transfer back, which it requires', async () => {
    const refund = { paymentId: payment.paymentId, providerReference: '182736450912', amountMinor: 1_250_000, currency: 'IRR', idempotencyKey: 'refund:1' };
    await expect(provider.refund({ ...refund, bankReference: ' ۱۴۰۳۰۵۱۲  ۰۰۴۵۶۷ ' })).resolves.toEqual({ providerReference: '14030512 004567' });
    await expect(provider.refund(refund)).rejects.toMatchObject({ name: 'ProviderError', code: 'reference_required' });
    await expect(provider.refund({ ...refund, bankReference: '   ' })).rejects.toMatchObject({ code: 'reference_required' });
  });

  it('pays out to a valid Sheba account only, recorded by its bank reference', async () => {
    const payout = { payoutId: 'po_1', amountMinor: 900_000, currency: 'IRR', idempotencyKey: 'payout:po_1', bankReference: '140305120099' };
    await expect(provider.payout({ ...payout, destination: { type: 'sheba', sheba: 'ir۸۲ ۰۵۴۰ ۱۰۲۶ ۸۰۰۲ ۰۸۱۷ ۹۰۹۰ ۰۲' } })).resolves.toEqual({
      providerReference: '140305120099',
    });
    await expect(provider.payout({ ...payout, destination: { type: 'sheba', sheba: 'IR820540102680020817909003' } })).rejects.toMatchObject({
      code: 'invalid_destination',
    });
    await expect(
      provider.payout({ ...payout, destination: { type: 'sheba', sheba: 'IR820540102680020817909002' }, bankReference: undefined }),
    ).rejects.toMatchObject({ code: 'reference_required' });
  });
});
