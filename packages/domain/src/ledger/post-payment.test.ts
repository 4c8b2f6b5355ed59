import { describe, expect, it } from 'vitest';
import { sellerKey } from './accounts.ts';
import { postPayment } from './post-payment.ts';
import { isBalanced } from './transaction.ts';

const arta = sellerKey('producer', 'arta');
const sabalan = sellerKey('producer', 'sabalan');

describe('postPayment', () => {
  it('takes the order total into cash and holds each seller’s fulfilment total for them', () => {
    const tx = postPayment(
      {
        id: 'o-1',
        fulfilments: [
          { id: 'f-1', orderId: 'o-1', seller: arta, subtotalMinor: 2_900_000, shippingMinor: 300_000 },
          { id: 'f-2', orderId: 'o-1', seller: sabalan, subtotalMinor: 4_200_000, shippingMinor: 0 },
        ],
      },
      'pay-1',
    );
    expect(tx).toEqual({
      kind: 'payment_captured',
      reference: { orderId: 'o-1', paymentId: 'pay-1' },
      entries: [
        { account: 'platform:cash', amountMinor: 7_400_000 },
        { account: 'held:producer:arta', amountMinor: -3_200_000 },
        { account: 'held:producer:sabalan', amountMinor: -4_200_000 },
      ],
    });
    expect(isBalanced(tx)).toBe(true);
  });

  it('writes no line for a fulfilment that costs nothing', () => {
    const tx = postPayment(
      {
        id: 'o-1',
        fulfilments: [
          { id: 'f-1', orderId: 'o-1', seller: arta, subtotalMinor: 0, shippingMinor: 0 },
          { id: 'f-2', orderId: 'o-1', seller: sabalan, subtotalMinor: 0, shippingMinor: 450_000 },
        ],
      },
      'pay-1',
    );
    expect(tx.entries).toEqual([
      { account: 'platform:cash', amountMinor: 450_000 },
      { account: 'held:producer:sabalan', amountMinor: -450_000 },
    ]);
  });

  it('refuses a fulfilment of another order and a total past MAX_SAFE_INTEGER', () => {
    expect(() => postPayment({ id: 'o-1', fulfilments: [{ id: 'f-9', orderId: 'o-2', seller: arta, subtotalMinor: 1, shippingMinor: 0 }] }, 'pay-1')).toThrow(
      'Fulfilment f-9 belongs to order o-2, not o-1',
    );
    const half = 2 ** 52;
    expect(() =>
      postPayment(
        {
          id: 'o-1',
          fulfilments: [
            { id: 'f-1', orderId: 'o-1', seller: arta, subtotalMinor: half, shippingMinor: 0 },
            { id: 'f-2', orderId: 'o-1', seller: sabalan, subtotalMinor: half, shippingMinor: 0 },
          ],
        },
        'pay-1',
      ),
    ).toThrow(RangeError);
    expect(() => postPayment({ id: 'o-1', fulfilments: [{ id: 'f-1', orderId: 'o-1', seller: arta, subtotalMinor: -1, shippingMinor: 0 }] }, 'pay-1')).toThrow(RangeError);
  });
});
