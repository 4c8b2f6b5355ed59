import { describe, expect, it } from 'vitest';
import { sellerKey } from './accounts.ts';
import { commissionMinor } from './commission.ts';
import type { FulfilmentPosition, LedgerFulfilment } from './fulfilment-position.ts';
import { postRefund, type RefundInput } from './post-refund.ts';
import type { LedgerPosting } from './transaction.ts';

const wallet: LedgerFulfilment = { id: 'f-1', orderId: 'o-1', seller: sellerKey('producer', 'arta'), subtotalMinor: 2_900_000, shippingMinor: 300_000 };
const paid: FulfilmentPosition = { paid: true, refundedMinor: 0, delivered: false, commissionBps: null };
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
