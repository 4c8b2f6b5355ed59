import { describe, expect, it } from 'vitest';
import { sellerKey } from './accounts.ts';
import { commissionMinor } from './commission.ts';
import type { FulfilmentPosition, LedgerFulfilment } from './fulfilment-position.ts';
import { postRefund, type RefundInput } from './post-refund.ts';
import type { LedgerPosting } from './transaction.ts';

const wallet: LedgerFulfilment = { id: 'f-1', orderId: 'o-1', seller: sellerKey('producer', 'arta'), subtotalMinor: 2_900_000, shippingMinor: 300_000 };
const paid: FulfilmentPosition = { paid: true, refundedMinor: 0, delivered: false, commissionBps: null, coordinationFeeBps: null };
const delivered: FulfilmentPosition = { ...paid, delivered: true, commissionBps: 750 };
const reference = { orderId: 'o-1', fulfilmentId: 'f-1', refundId: 'r-1' };

function refund(input: Partial<RefundInput>): LedgerPosting {
  return postRefund({ fulfilment: wallet, position: paid, refundId: 'r-1', amountMinor: 1, sellerPayableMinor: 0, ...input });
}

/** The entries of an accepted refund as [account, amount] pairs. */
function entriesOf(posting: LedgerPosting): [string, number][] {
  if (!posting.ok) throw new Error(`refused: ${posting.refusal.code}`);
  return posting.transactions.flatMap((t) => t.entries.map((e): [string, number] => [e.account, e.amountMinor]));
}

describe('postRefund before delivery', () => {
  it('pays back out of what is held for the seller, in part or whole', () => {
    expect(refund({ amountMinor: 1_000_000 })).toEqual({
      ok: true,
      transactions: [
        {
          kind: 'refund',
          reference,
          entries: [
            { account: 'held:producer:arta', amountMinor: 1_000_000 },
            { account: 'platform:cash', amountMinor: -1_000_000 },
          ],
        },
      ],
    });
    expect(entriesOf(refund({ amountMinor: 2_200_000, position: { ...paid, refundedMinor: 1_000_000 } }))).toEqual([
      ['held:producer:arta', 2_200_000],
      ['platform:cash', -2_200_000],
    ]);
  });

  it('refuses more than is left of what was paid, and anything when nothing was', () => {
    expect(refund({ amountMinor: 3_200_001 })).toEqual({ ok: false, refusal: { code: 'refund_exceeds_paid', refundableMinor: 3_200_000 } });
    expect(refund({ amountMinor: 1_200_001, position: { ...paid, refundedMinor: 2_000_000 } })).toEqual({
      ok: false,
      refusal: { code: 'refund_exceeds_paid', refundableMinor: 1_200_000 },
    });
    expect(refund({ amountMinor: 1, position: { ...paid, paid: false } })).toEqual({ ok: false, refusal: { code: 'refund_exceeds_paid', refundableMinor: 0 } });
  });

  it('throws on an amount that is not a positive safe integer', () => {
    for (const amountMinor of [0, -5, 0.5]) expect(() => refund({ amountMinor })).toThrow(RangeError);
  });
});

describe('postRefund after delivery', () => {
  // Delivered at 7.5%: commission 217,500 on the goods, 2,982,500 payable.
  const payable = 2_982_500;

  it('takes goods first: the commission on them goes back, the rest comes out of the seller’s payable', () => {
    // Goods kept fall from 2,900,000 to 1,900,000, so commission from 217,500 to 142,500.
    expect(entriesOf(refund({ position: delivered, amountMinor: 1_000_000, sellerPayableMinor: payable }))).toEqual([
      ['payable:producer:arta', 925_000],
      ['platform:commission', 75_000],
      ['platform:cash', -1_000_000],
    ]);
  });

  it('reverses no commission on shipping, refunded once the goods are', () => {
    expect(
      entriesOf(refund({ position: { ...delivered, refundedMinor: 2_900_000 }, amountMinor: 300_000, sellerPayableMinor: 300_000 })),
    ).toEqual([
      ['payable:producer:arta', 300_000],
      ['platform:cash', -300_000],
    ]);
    // Straddling: 100,000 of goods and 200,000 of shipping; commission on 100,000 goods is 7,500.
    expect(
      entriesOf(refund({ position: { ...delivered, refundedMinor: 2_800_000 }, amountMinor: 300_000, sellerPayableMinor: 300_000 })),
    ).toEqual([
      ['payable:producer:arta', 292_500],
      ['platform:commission', 7_500],
      ['platform:cash', -300_000],
    ]);
  });

  it('reverses, over any number of parts, exactly the commission one whole refund would', () => {
    // 1,000,010 × 5% = 50,000.5 → 50,001 charged. Rounding each part on its own would not add up:
    // ten parts of 100,001 are 5,000.05 → 5,000 each, 50,000 in all.
    const odd: LedgerFulfilment = { ...wallet, subtotalMinor: 1_000_010, shippingMinor: 7 };
    const charged = commissionMinor(1_000_010, 500);
    expect(charged).toBe(50_001);
    for (const parts of [[1_000_017], [...Array<number>(10).fill(100_001), 7], [333_337, 333_337, 333_343], [1, 1, 1_000_008, 7]]) {
      let refundedMinor = 0;
      let reversed = 0;
      let toSeller = 0;
      for (const amountMinor of parts) {
        const posting = postRefund({ fulfilment: odd, position: { ...delivered, commissionBps: 500, refundedMinor }, refundId: 'r', amountMinor, sellerPayableMinor: 10_000_000 });
        for (const [account, amount] of entriesOf(posting)) {
          if (account === 'platform:commission') reversed += amount;
          if (account === 'payable:producer:arta') toSeller += amount;
        }
        refundedMinor += amountMinor;
      }
      expect([reversed, toSeller]).toEqual([charged, 1_000_017 - charged]);
    }
  });

  it('uses the rate the delivery charged, not today’s, and reverses none when none was charged', () => {
    expect(entriesOf(refund({ position: { ...delivered, commissionBps: 1_000 }, amountMinor: 2_900_000, sellerPayableMinor: payable }))).toContainEqual([
      'platform:commission',
      290_000,
    ]);
    expect(entriesOf(refund({ position: { ...delivered, commissionBps: null }, amountMinor: 2_900_000, sellerPayableMinor: 3_200_000 }))).toEqual([
      ['payable:producer:arta', 2_900_000],
      ['platform:cash', -2_900_000],
    ]);
  });

  it('refuses when the seller’s share is more than they have payable, e.g. after a payout', () => {
    expect(refund({ position: delivered, amountMinor: 1_000_000, sellerPayableMinor: 924_999 })).toEqual({
      ok: false,
      refusal: { code: 'refund_exceeds_payable', sellerShareMinor: 925_000, payableMinor: 924_999 },
    });
    expect(refund({ position: delivered, amountMinor: 1_000_000, sellerPayableMinor: 925_000 })).toMatchObject({ ok: true });
    // Above what was paid is the first refusal: it does not depend on payouts.
    expect(refund({ position: delivered, amountMinor: 3_200_001, sellerPayableMinor: 0 })).toMatchObject({ refusal: { code: 'refund_exceeds_paid' } });
  });
});

describe('postRefund of a network’s fulfilment made by a member', () => {
  // Delivered at 7.5% commission and the network's 5% fee: 217,500 and 145,000 of the 2,900,000 goods;
  // 2,837,500 payable to sabalan, 145,000 to the network.
  const rug: LedgerFulfilment = { ...wallet, seller: sellerKey('network', 'tabriz'), payee: sellerKey('producer', 'sabalan') };
  const charged: FulfilmentPosition = { ...delivered, coordinationFeeBps: 500 };
  const networkRefund = (input: Partial<RefundInput>) =>
    postRefund({ fulfilment: rug, position: charged, refundId: 'r-1', amountMinor: 1, sellerPayableMinor: 2_837_500, networkPayableMinor: 145_000, ...input });

  it('before delivery, pays back out of what the network holds', () => {
    expect(entriesOf(networkRefund({ position: paid, amountMinor: 1_000_000, sellerPayableMinor: 0, networkPayableMinor: undefined }))).toEqual([
      ['held:network:tabriz', 1_000_000],
      ['platform:cash', -1_000_000],
    ]);
  });

  it('after delivery, takes the commission and the fee on the goods refunded back, and the rest from the member', () => {
    // Goods kept fall from 2,900,000 to 1,900,000: commission from 217,500 to 142,500, fee from 145,000 to 95,000.
    expect(networkRefund({ amountMinor: 1_000_000 })).toEqual({
      ok: true,
      transactions: [
        {
          kind: 'refund',
          reference,
          entries: [
            { account: 'payable:producer:sabalan', amountMinor: 875_000 },
            { account: 'platform:commission', amountMinor: 75_000 },
            { account: 'payable:network:tabriz', amountMinor: 50_000 },
            { account: 'platform:cash', amountMinor: -1_000_000 },
          ],
        },
      ],
    });
    // Shipping carries neither, so it comes from the member alone and needs nothing of the network.
    expect(entriesOf(networkRefund({ position: { ...charged, refundedMinor: 2_900_000 }, amountMinor: 300_000, networkPayableMinor: undefined }))).toEqual([
      ['payable:producer:sabalan', 300_000],
      ['platform:cash', -300_000],
    ]);
  });

  it('reverses, over any number of parts, exactly the commission and fee one whole refund would', () => {
    // 1,000,010 × 5% = 50,000.5 → 50,001 each; ten parts of 100,001 would round to 5,000 each on their own.
    const odd: LedgerFulfilment = { ...rug, subtotalMinor: 1_000_010, shippingMinor: 7 };
    const position: FulfilmentPosition = { ...charged, commissionBps: 500, coordinationFeeBps: 500 };
    for (const parts of [[1_000_017], [...Array<number>(10).fill(100_001), 7], [333_337, 333_337, 333_343], [1, 1, 1_000_008, 7]]) {
      const reversed = new Map<string, number>();
      let refundedMinor = 0;
      for (const amountMinor of parts) {
        const posting = postRefund({ fulfilment: odd, position: { ...position, refundedMinor }, refundId: 'r', amountMinor, sellerPayableMinor: 10_000_000, networkPayableMinor: 10_000_000 });
        for (const [account, amount] of entriesOf(posting)) reversed.set(account, (reversed.get(account) ?? 0) + amount);
        refundedMinor += amountMinor;
      }
      expect(Object.fromEntries(reversed)).toEqual({
        'platform:commission': 50_001,
        'payable:network:tabriz': 50_001,
        'payable:producer:sabalan': 1_000_017 - 2 * 50_001,
        'platform:cash': -1_000_017,
      });
    }
  });

  it('owes the member a unit back when commission and fee, each rounded half up, both fall by one on one unit of goods', () => {
    // Two rials of goods at 40% and 40%: 0.8 → 1 of each, nothing left for the member. One rial at 40% is 0.4 → 0.
    const tiny: LedgerFulfilment = { ...rug, subtotalMinor: 2, shippingMinor: 0 };
    const posting = postRefund({ fulfilment: tiny, position: { ...charged, commissionBps: 4_000, coordinationFeeBps: 4_000 }, refundId: 'r-1', amountMinor: 1, sellerPayableMinor: 0, networkPayableMinor: 1 });
    expect(entriesOf(posting)).toEqual([
      ['payable:producer:sabalan', -1],
      ['platform:commission', 1],
      ['payable:network:tabriz', 1],
      ['platform:cash', -1],
    ]);
  });

  it('refuses when the member’s share is more than they have payable', () => {
    expect(networkRefund({ amountMinor: 1_000_000, sellerPayableMinor: 874_999 })).toEqual({
      ok: false,
      refusal: { code: 'refund_exceeds_payable', sellerShareMinor: 875_000, payableMinor: 874_999 },
    });
    expect(networkRefund({ amountMinor: 1_000_000, sellerPayableMinor: 875_000 })).toMatchObject({ ok: true });
  });

  it('refuses when the fee to take back is more than the network has payable, e.g. after a payout to it', () => {
    expect(networkRefund({ amountMinor: 1_000_000, networkPayableMinor: 49_999 })).toEqual({
      ok: false,
      refusal: { code: 'refund_exceeds_network_payable', feeShareMinor: 50_000, payableMinor: 49_999 },
    });
    expect(networkRefund({ amountMinor: 1_000_000, networkPayableMinor: 50_000 })).toMatchObject({ ok: true });
    // The member's refusal comes first.
    expect(networkRefund({ amountMinor: 1_000_000, sellerPayableMinor: 0, networkPayableMinor: 0 })).toMatchObject({ refusal: { code: 'refund_exceeds_payable' } });
  });

  it('throws when a fee is to be taken back and the network’s payable was not given', () => {
    expect(() => networkRefund({ amountMinor: 1_000_000, networkPayableMinor: undefined })).toThrow('networkPayableMinor is needed');
    expect(() => networkRefund({ amountMinor: 1_000_000, networkPayableMinor: -1 })).toThrow(RangeError);
  });
});
