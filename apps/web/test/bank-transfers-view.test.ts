import { describe, expect, it } from 'vitest';
import { adminPaymentsMessages } from '../app/i18n/messages/admin-payments.ts';
import { translator } from '../app/i18n/translator.ts';
import { confirmFormFieldOf, paymentStatusKey, readConfirmForm, rialFigure } from '../app/lib/bank-transfers-view.ts';

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
};

describe('finance’s bank transfers', () => {
  it('names every payment status in words, in both languages, never as a code', () => {
    for (const status of ['pending', 'succeeded', 'failed', 'expired', 'cancelled', 'refund_due', 'refunded']) {
      for (const locale of ['fa', 'en'] as const) {
        const words = translator(locale, adminPaymentsMessages)(paymentStatusKey(status));
        expect(words).not.toContain('_');
        expect(words).not.toBe(status);
      }
    }
    expect(translator('fa', adminPaymentsMessages)(paymentStatusKey('pending'))).toBe('در انتظار واریز');
    expect(translator('en', adminPaymentsMessages)(paymentStatusKey('succeeded'))).toBe('Confirmed');
  });

  it('gives the rial figure banks ask for in the page’s digits, and none for another currency', () => {
    expect(rialFigure(15_000_000, 'IRR', 'fa')).toBe('۱۵٬۰۰۰٬۰۰۰');
    expect(rialFigure(15_000_000, 'IRR', 'en')).toBe('15,000,000');
    expect(rialFigure(1_500, 'EUR', 'fa')).toBeNull();
  });

  it('sends the references as typed, and leaves a blank one out for the API to name as required', () => {
    expect(readConfirmForm(form({ paymentReference: ' ۱۲۳۴ ۵۶۷۸ ', bankReference: 'SATNA-1' }))).toEqual({
      values: { paymentReference: ' ۱۲۳۴ ۵۶۷۸ ', bankReference: 'SATNA-1' },
      body: { paymentReference: '۱۲۳۴ ۵۶۷۸', bankReference: 'SATNA-1' },
    });
    expect(readConfirmForm(form({ paymentReference: '  ', bankReference: '' })).body).toEqual({});
    expect(confirmFormFieldOf('paymentReference')).toBe('paymentReference');
    expect(confirmFormFieldOf('bankReference')).toBe('bankReference');
    expect(confirmFormFieldOf('fulfilmentId')).toBeNull();
  });
});
