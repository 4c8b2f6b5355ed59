import { describe, expect, it } from 'vitest';
import { sellerKey } from './accounts.ts';
import { postPayout } from './post-payout.ts';

const arta = sellerKey('producer', 'arta');

describe('postPayout', () => {
  it('pays a seller out of their payable, down to exactly zero', () => {
    expect(postPayout({ seller: arta, payoutId: 'po-1', amountMinor: 2_982_500, payableMinor: 2_982_500 })).toEqual({
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
    expect(postPayout({ seller: arta, payoutId: 'po-1', amountMinor: 2_982_501, payableMinor: 2_982_500 })).toEqual({
      ok: false,
      refusal: { code: 'payout_exceeds_payable', payableMinor: 2_982_500 },
    });
    expect(postPayout({ seller: arta, payoutId: 'po-1', amountMinor: 1, payableMinor: 0 })).toMatchObject({ ok: false });
  });

  it('throws on an amount that is not a positive safe integer', () => {
    for (const amountMinor of [0, -1, 1.5, Number.MAX_SAFE_INTEGER + 1]) {
      expect(() => postPayout({ seller: arta, payoutId: 'po-1', amountMinor, payableMinor: 10 })).toThrow(RangeError);
    }
  });
});
