import { describe, expect, it } from 'vitest';
import { sellerKey } from './accounts.ts';
import type { FulfilmentPosition, LedgerFulfilment } from './fulfilment-position.ts';
import { postDelivery } from './post-delivery.ts';
import { isBalanced } from './transaction.ts';

const wallet: LedgerFulfilment = { id: 'f-1', orderId: 'o-1', seller: sellerKey('producer', 'arta'), subtotalMinor: 2_900_000, shippingMinor: 300_000 };
const paid: FulfilmentPosition = { paid: true, refundedMinor: 0, delivered: false, commissionBps: null, coordinationFeeBps: null };
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

describe('postDelivery of a network’s fulfilment made by a member', () => {
  const rug: LedgerFulfilment = { ...wallet, seller: sellerKey('network', 'tabriz'), payee: sellerKey('producer', 'sabalan') };
  const kinds = (posting: ReturnType<typeof postDelivery>) => (posting.ok ? posting.transactions.map((t) => t.kind) : posting.refusal.code);

  it('makes the held total payable to the member, then takes the commission and the network’s fee from it', () => {
    const posting = postDelivery(rug, paid, 750, 500);
    expect(posting).toEqual({
      ok: true,
      transactions: [
        {
          kind: 'fulfilment_delivered',
          reference,
          entries: [
            { account: 'held:network:tabriz', amountMinor: 3_200_000 },
            { account: 'payable:producer:sabalan', amountMinor: -3_200_000 },
          ],
        },
        {
          kind: 'commission',
          reference,
          commissionBps: 750,
          entries: [
            { account: 'payable:producer:sabalan', amountMinor: 217_500 },
            { account: 'platform:commission', amountMinor: -217_500 },
          ],
        },
        {
          // 5% of the 2,900,000 goods; shipping passes to the member whole.
          kind: 'coordination_fee',
          reference,
          coordinationFeeBps: 500,
          entries: [
            { account: 'payable:producer:sabalan', amountMinor: 145_000 },
            { account: 'payable:network:tabriz', amountMinor: -145_000 },
          ],
        },
      ],
    });
    expect(posting.ok && posting.transactions.every(isBalanced)).toBe(true);
  });

  it('charges the fee on the goods kept, rounded half up as the commission is', () => {
    const fee = (f: LedgerFulfilment, position: FulfilmentPosition) => {
      const posting = postDelivery(f, position, 750, 500);
      return posting.ok ? posting.transactions.find((t) => t.kind === 'coordination_fee')?.entries[1]?.amountMinor : posting.refusal.code;
    };
    // 1,900,000 of goods kept × 5%
    expect(fee(rug, { ...paid, refundedMinor: 1_000_000 })).toBe(-95_000);
    expect(fee({ ...rug, subtotalMinor: 1_000_010 }, paid)).toBe(-50_001); // 50,000.5 rounds up
    expect(fee({ ...rug, subtotalMinor: 1_000_009 }, paid)).toBe(-50_000); // 50,000.45 rounds down
  });

  it('posts no fee transaction when the fee comes to nothing', () => {
    expect(kinds(postDelivery(rug, paid, 750, 0))).toEqual(['fulfilment_delivered', 'commission']);
    expect(kinds(postDelivery({ ...rug, subtotalMinor: 9 }, paid, 0, 500))).toEqual(['fulfilment_delivered']);
    expect(kinds(postDelivery(rug, { ...paid, refundedMinor: 2_900_000 }, 750, 500))).toEqual(['fulfilment_delivered']);
    // A fee with no commission is still charged.
    expect(kinds(postDelivery(rug, paid, 0, 500))).toEqual(['fulfilment_delivered', 'coordination_fee']);
  });

  it('never takes more of the goods than the commission leaves, even when the two rates reach 100%', () => {
    const amounts = (f: LedgerFulfilment, commissionBps: number, feeBps: number) => {
      const posting = postDelivery({ ...f, shippingMinor: 0 }, paid, commissionBps, feeBps);
      return posting.ok ? posting.transactions.slice(1).map((t) => [t.kind, t.entries[0]?.amountMinor]) : posting.refusal.code;
    };
    expect(amounts(rug, 6_000, 6_000)).toEqual([['commission', 1_740_000], ['coordination_fee', 1_160_000]]);
    expect(amounts(rug, 10_000, 500)).toEqual([['commission', 2_900_000]]);
    // 0.5 and 0.5 each round up to 1, but there is only one rial of goods.
    expect(amounts({ ...rug, subtotalMinor: 1 }, 5_000, 5_000)).toEqual([['commission', 1]]);
  });

  it('charges no fee when the seller earns the money itself: without a payee, or when the payee is the seller', () => {
    const network: LedgerFulfilment = { ...wallet, seller: sellerKey('network', 'tabriz') };
    for (const f of [wallet, network, { ...network, payee: network.seller }]) {
      expect(postDelivery(f, paid, 750, 500)).toEqual(postDelivery(f, paid, 750));
      expect(kinds(postDelivery(f, paid, 750, 500))).toEqual(['fulfilment_delivered', 'commission']);
    }
  });

  it('throws on a fee rate out of range, whoever earns the money', () => {
    for (const f of [rug, wallet]) for (const bps of [-1, 10_001, 2.5]) expect(() => postDelivery(f, paid, 750, bps)).toThrow('coordinationFeeBps must be');
  });
});
