import { describe, expect, it } from 'vitest';
import { earningsMessages } from '../app/i18n/messages/earnings.ts';
import { translator } from '../app/i18n/translator.ts';
import { accountText, entryText, formatSheba, formatSignedMoney, moneyFormFieldOf, readMoneyForm, statementDisposition } from '../app/lib/ledger-view.ts';

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
};

describe('a shop’s statement', () => {
  it('tells each entry in words, the commission with its rate and each half of a delivery', () => {
    const t = translator('en', earningsMessages);
    expect(entryText({ kind: 'commission', account: 'payable', commissionBps: 1000, coordinationFeeBps: null }, t, 'en')).toBe('Platform commission (10%)');
    expect(entryText({ kind: 'commission', account: 'payable', commissionBps: 750, coordinationFeeBps: null }, translator('fa', earningsMessages), 'fa')).toBe('کارمزد بازارچه (۷٫۵٪)');
    expect(entryText({ kind: 'fulfilment_delivered', account: 'held', commissionBps: null, coordinationFeeBps: null }, t, 'en')).toBe('Delivered: released from held');
    expect(entryText({ kind: 'fulfilment_delivered', account: 'payable', commissionBps: null, coordinationFeeBps: null }, t, 'en')).toBe('Delivered: now payable');
    expect(entryText({ kind: 'payment_captured', account: 'held', commissionBps: null, coordinationFeeBps: null }, t, 'en')).toBe('Payment received and held');
    expect(entryText({ kind: 'cod_commission', account: 'owed', commissionBps: 1000, coordinationFeeBps: null }, t, 'en')).toBe('Platform commission on a cash-on-delivery sale (10%)');
    expect(accountText('owed', t)).toBe('Owed');
    expect(accountText('unfunded', translator('fa', earningsMessages))).toBe('در انتظار پرداخت خریدار');
  });

  it('tells a network’s coordination fee with its own rate, and without one when the line carries none', () => {
    const fee = { kind: 'coordination_fee', account: 'payable', commissionBps: null } as const;
    expect(entryText({ ...fee, coordinationFeeBps: 500 }, translator('en', earningsMessages), 'en')).toBe('Network coordination fee (5%)');
    expect(entryText({ ...fee, coordinationFeeBps: 250 }, translator('fa', earningsMessages), 'fa')).toBe('کارمزد هماهنگی شبکه (۲٫۵٪)');
    expect(entryText({ ...fee, coordinationFeeBps: null }, translator('fa', earningsMessages), 'fa')).toBe('کارمزد هماهنگی شبکه');
  });

  it('always shows an amount’s sign, before the digits in Persian too', () => {
    expect(formatSignedMoney(-900_000, 'IRR', 'fa')).toBe('\u200e\u2212۹۰٬۰۰۰ تومان');
    expect(formatSignedMoney(9_000_000, 'IRR', 'en')).toBe('+900,000 toman');
    expect(formatSignedMoney(0, 'IRR', 'en')).toBe('0 toman');
  });

  it('groups a Sheba as banks print it', () => {
    expect(formatSheba('IR062960000000100324200001')).toBe('IR06 2960 0000 0010 0324 2000 01');
  });

  it('names the CSV after the shop and the day in Tehran, with an ASCII name for older browsers', () => {
    const at = new Date('2025-03-20T21:00:00Z'); // 00:30 on the 21st in Tehran
    expect(statementDisposition('mehregan-towels', at)).toBe(
      `attachment; filename="bazaarche-mehregan-towels-2025-03-21.csv"; filename*=UTF-8''bazaarche-mehregan-towels-2025-03-21.csv`,
    );
    expect(statementDisposition('حوله', at)).toMatch(/^attachment; filename="bazaarche-statement-2025-03-21\.csv"; filename\*=UTF-8''bazaarche-%D8%AD/);
  });
});

describe('the payout and refund forms', () => {
  const t = translator('en', earningsMessages);

  it('reads an amount typed in Toman, in any digits, as rial', () => {
    expect(readMoneyForm(form({ amount: '۸۱۰٬۰۰۰', reference: ' PAY-1 ' }), t, { referenceRequired: true }).body).toEqual({ amountMinor: 8_100_000, reference: 'PAY-1' });
  });

  it('says beside each field what is missing or wrong, the reference only where it is required', () => {
    expect(readMoneyForm(form({ amount: 'ten', reference: '' }), t, { referenceRequired: true })).toMatchObject({
      body: null,
      fields: { amount: 'Enter the amount in toman, in digits, e.g. 125000.', reference: 'This field is required.' },
    });
    expect(readMoneyForm(form({ amount: '0', reference: '' }), t, { referenceRequired: false }).fields).toEqual({ amount: 'Enter the amount in toman, in digits, e.g. 125000.' });
    expect(readMoneyForm(form({ amount: '5', reference: '' }), t, { referenceRequired: false }).body).toEqual({ amountMinor: 50, reference: '' });
  });

  it('puts the API’s objections to the amount and reference beside their boxes', () => {
    expect(moneyFormFieldOf('amountMinor')).toBe('amount');
    expect(moneyFormFieldOf('reference')).toBe('reference');
    expect(moneyFormFieldOf('producerId')).toBeNull();
  });
});
