import { describe, expect, it } from 'vitest';
import { sellerKey } from './accounts.ts';
import type { FulfilmentPosition, LedgerFulfilment } from './fulfilment-position.ts';
import { postDelivery } from './post-delivery.ts';
import { isBalanced } from './transaction.ts';

const wallet: LedgerFulfilment = { id: 'f-1', orderId: 'o-1', seller: sellerKey('producer', 'arta'), subtotalMinor: 2_900_000, shippingMinor: 300_000 };
const paid: FulfilmentPosition = { paid: true, refundedMinor: 0, delivered: false, commissionBps: null };
const reference = { orderId: 'o-1', fulfilmentId: 'f-1' };

describe('postDelivery', () => {
  it('makes the held total payable, then takes commission on the goods alone', () => {
    const posting = postDelivery(wallet, paid, 750);
    expect(posting).toEqual({
      ok: true,
      transactions: [
        {
          kind: 'fulfilment_delivered',
          reference,
          entries: [
            { account: 'held:producer:arta', amountMinor: 3_200_000 },
            { account: 'payable:producer:arta', amountMinor: -3_200_000 },
          ],
        },
        {
          kind: 'commission',
          reference,
          commissionBps: 750,
          entries: [
            { account: 'payable:producer:arta', amountMinor: 217_500 },
            { account: 'platform:commission', amountMinor: -217_500 },
          ],
        },
      ],
    });
    expect(posting.ok && posting.transactions.every(isBalanced)).toBe(true);
  });

  it('after a refund before delivery, moves what is left and charges commission on the goods kept', () => {
    const posting = postDelivery(wallet, { ...paid, refundedMinor: 1_000_000 }, 750);
    if (!posting.ok) throw new Error('refused');
    const [delivered, commission] = posting.transactions;
    expect(delivered?.entries).toEqual([
      { account: 'held:producer:arta', amountMinor: 2_200_000 },
      { account: 'payable:producer:arta', amountMinor: -2_200_000 },
    ]);
    // 1,900,000 of goods kept × 7.5%
    expect(commission?.entries[0]).toEqual({ account: 'payable:producer:arta', amountMinor: 142_500 });
  });

  it('posts no commission transaction when the commission comes to nothing', () => {
    // Every rial of goods was refunded: only shipping is left, and it passes to the seller whole.
    const refundedGoods = postDelivery(wallet, { ...paid, refundedMinor: 3_000_000 }, 750);
    expect(refundedGoods.ok && refundedGoods.transactions.map((t) => [t.kind, t.entries[0]?.amountMinor])).toEqual([['fulfilment_delivered', 200_000]]);
    expect(postDelivery({ ...wallet, subtotalMinor: 9 }, paid, 500)).toMatchObject({ ok: true, transactions: [{ kind: 'fulfilment_delivered' }] });
    expect(postDelivery(wallet, paid, 0)).toMatchObject({ ok: true, transactions: [{ kind: 'fulfilment_delivered' }] });
  });

  it('refuses an unpaid or already delivered fulfilment', () => {
    expect(postDelivery(wallet, { ...paid, paid: false }, 750)).toEqual({ ok: false, refusal: { code: 'not_paid' } });
    expect(postDelivery(wallet, { ...paid, delivered: true, commissionBps: 750 }, 750)).toEqual({ ok: false, refusal: { code: 'already_delivered' } });
  });

  it('throws on a position that cannot be and a rate out of range', () => {
    expect(() => postDelivery(wallet, { ...paid, refundedMinor: 3_200_001 }, 750)).toThrow('Fulfilment f-1 has more refunded than paid');
    expect(() => postDelivery(wallet, { ...paid, paid: false, delivered: true }, 750)).toThrow(RangeError);
    expect(() => postDelivery(wallet, paid, 10_001)).toThrow(RangeError);
  });
});
