import { describe, expect, it } from 'vitest';
import { type BankTransfer, digitGroups, transferView } from '../app/lib/bank-transfer-view.ts';

const transfer: BankTransfer = {
  holderName: { fa: 'بازارچه', en: 'Bazaarche' },
  bankName: { fa: 'بانک ملی', en: 'Bank Melli' },
  sheba: 'IR062960000000100324200001',
  cardNumber: '6037991123456786',
  amountMinor: 15_000_000,
  currency: 'IRR',
  reference: '418203775164',
};

describe('the bank transfer on an order’s page', () => {
  it('groups a Sheba by four as banks print it, the last group shorter', () => {
    expect(digitGroups('IR062960000000100324200001')).toEqual(['IR06', '2960', '0000', '0010', '0324', '2000', '01']);
    expect(digitGroups('IR062960000000100324200001').join('')).toBe('IR062960000000100324200001');
  });

  it('groups a card number in four groups of four, and a reference by four', () => {
    expect(digitGroups('6037991123456786')).toEqual(['6037', '9911', '2345', '6786']);
    expect(digitGroups('418203775164')).toEqual(['4182', '0377', '5164']);
    expect(digitGroups('')).toEqual([]);
  });

  it('says the amount in Toman with Persian digits, and gives the rial figure banking apps ask for, copied as ASCII digits', () => {
    const fa = transferView(transfer, 'fa');
    expect(fa.amount).toBe('۱٬۵۰۰٬۰۰۰ تومان');
    expect(fa.rials).toEqual({ shown: '۱۵٬۰۰۰٬۰۰۰', copy: '15000000' });
    expect(fa.amountCopy).toBe('15000000');
    expect(fa.holderName).toBe('بازارچه');
    expect(fa.bankName).toBe('بانک ملی');
    expect(fa.card).toEqual(['6037', '9911', '2345', '6786']);

    const en = transferView(transfer, 'en');
    expect(en.amount).toBe('1,500,000 toman');
    expect(en.rials).toEqual({ shown: '15,000,000', copy: '15000000' });
    expect(en.bankName).toBe('Bank Melli');
  });

  it('offers no card without a card number, and copies another currency’s amount as a decimal', () => {
    const { cardNumber: _, ...shebaOnly } = transfer;
    expect(transferView(shebaOnly, 'fa').card).toBeNull();
    const dollars = transferView({ ...shebaOnly, currency: 'USD', amountMinor: 12_550 }, 'en');
    expect(dollars.rials).toBeNull();
    expect(dollars.amount).toBe('$125.50');
    expect(dollars.amountCopy).toBe('125.50');
  });
});
