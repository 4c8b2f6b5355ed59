import { describe, expect, it } from 'vitest';
import { sellerKey } from './accounts.ts';
import { postPayout } from './post-payout.ts';

const arta = sellerKey('producer', 'arta');
const funded = { owedMinor: 0, cashMinor: 10_000_000 };

describe('postPayout', () => {
  it('pays a seller out of their payable, down to exactly zero', () => {
    expect(postPayout({ seller: arta, payoutId: 'po-1', amountMinor: 2_982_500, payableMinor: 2_982_500, ...funded })).toEqual({
      ok: true,
      transactions: [
        {
          kind: 'payout',
          reference: { payoutId: 'po-1', seller: arta },
          entries: [
            { account: 'payable:producer:arta', amountMinor: 2_982_500 },
            { account: 'platform:cash', amountMinor: -2_982_500 },
          ],
        },
      ],
    });
  });

  it('refuses one rial more than is payable', () => {
    expect(postPayout({ seller: arta, payoutId: 'po-1', amountMinor: 2_982_501, payableMinor: 2_982_500, ...funded })).toEqual({
      ok: false,
      refusal: { code: 'payout_exceeds_payable', payableMinor: 2_982_500 },
    });
    expect(postPayout({ seller: arta, payoutId: 'po-1', amountMinor: 1, payableMinor: 0, ...funded })).toMatchObject({ ok: false });
  });

  it('nets what the seller owes first, and pays only the rest', () => {
    expect(postPayout({ seller: arta, payoutId: 'po-1', amountMinor: 700_000, payableMinor: 1_000_000, owedMinor: 300_000, cashMinor: 1_000_000 })).toEqual({
      ok: true,
      transactions: [
        {
          kind: 'payout',
          reference: { payoutId: 'po-1', seller: arta },
          entries: [
            { account: 'payable:producer:arta', amountMinor: 1_000_000 },
            { account: 'owed:producer:arta', amountMinor: -300_000 },
            { account: 'platform:cash', amountMinor: -700_000 },
          ],
        },
      ],
    });
    expect(postPayout({ seller: arta, payoutId: 'po-1', amountMinor: 700_001, payableMinor: 1_000_000, owedMinor: 300_000, cashMinor: 1_000_000 })).toEqual({
      ok: false,
      refusal: { code: 'payout_exceeds_payable', payableMinor: 700_000 },
    });
    expect(postPayout({ seller: arta, payoutId: 'po-1', amountMinor: 1, payableMinor: 100, owedMinor: 300, cashMinor: 1_000 })).toEqual({
      ok: false,
      refusal: { code: 'payout_exceeds_payable', payableMinor: 0 },
    });
  });

  it('refuses to pay out more cash than the platform holds', () => {
    expect(postPayout({ seller: arta, payoutId: 'po-1', amountMinor: 500, payableMinor: 1_000, owedMinor: 0, cashMinor: 499 })).toEqual({
      ok: false,
      refusal: { code: 'payout_exceeds_cash', cashMinor: 499 },
    });
  });

  it('throws on an amount that is not a positive safe integer', () => {
    for (const amountMinor of [0, -1, 1.5, Number.MAX_SAFE_INTEGER + 1]) {
      expect(() => postPayout({ seller: arta, payoutId: 'po-1', amountMinor, payableMinor: 10, ...funded })).toThrow(RangeError);
    }
  });
});
