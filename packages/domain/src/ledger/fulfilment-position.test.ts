import { describe, expect, it } from 'vitest';
import { fulfilmentPosition, goodsKeptMinor, payeeOf } from './fulfilment-position.ts';
import { postRefund } from './post-refund.ts';
import { accepted, honey, networkPaidDelivered, paidDeliveredRefundedPaidOut, rug, sabalan, tabriz, wallet } from './test-factories.ts';

describe('fulfilmentPosition', () => {
  const transactions = paidDeliveredRefundedPaidOut();

  it('reads paid, refunded, delivered and the rate charged from the transactions that reference the fulfilment', () => {
    expect(fulfilmentPosition(wallet, transactions)).toEqual({ paid: true, refundedMinor: 0, delivered: true, commissionBps: 750, coordinationFeeBps: null });
    expect(fulfilmentPosition(honey, transactions)).toEqual({ paid: true, refundedMinor: 1_200_000, delivered: false, commissionBps: null, coordinationFeeBps: null });
    expect(fulfilmentPosition({ id: 'f-other', orderId: 'o-2' }, transactions)).toEqual({ paid: false, refundedMinor: 0, delivered: false, commissionBps: null, coordinationFeeBps: null });
  });
});

describe('fulfilmentPosition of a network’s fulfilment made by a member', () => {
  it('reads the fee rate charged from its coordination fee transaction, and refunds of it as of any other', () => {
    const transactions = networkPaidDelivered();
    const position = fulfilmentPosition(rug, transactions);
    expect(position).toEqual({ paid: true, refundedMinor: 0, delivered: true, commissionBps: 750, coordinationFeeBps: 500 });
    transactions.push(...accepted(postRefund({ fulfilment: rug, position, refundId: 'r-2', amountMinor: 1_000_000, sellerPayableMinor: 4_775_000, networkPayableMinor: 250_000 })));
    expect(fulfilmentPosition(rug, transactions)).toEqual({ ...position, refundedMinor: 1_000_000 });
  });

  it('reads a refund as the cash paid back, also when rounding owes the member a unit back', () => {
    // Two rials of goods at 40% and 40%: refunding one takes back a rial of commission and one of fee.
    const tiny = { ...rug, subtotalMinor: 2, shippingMinor: 0 };
    const position = { paid: true, refundedMinor: 0, delivered: true, commissionBps: 4_000, coordinationFeeBps: 4_000 };
    const refund = accepted(postRefund({ fulfilment: tiny, position, refundId: 'r-2', amountMinor: 1, sellerPayableMinor: 0, networkPayableMinor: 1 }));
    expect(fulfilmentPosition(tiny, refund).refundedMinor).toBe(1);
  });

  it('ignores the fees of other fulfilments', () => {
    expect(fulfilmentPosition(wallet, [...paidDeliveredRefundedPaidOut(), ...networkPaidDelivered()])).toMatchObject({ commissionBps: 750, coordinationFeeBps: null });
  });
});

describe('payeeOf', () => {
  it('is the payee when there is one, else the seller', () => {
    expect([payeeOf(rug), payeeOf(wallet), payeeOf({ seller: tabriz })]).toEqual([sabalan, wallet.seller, tabriz]);
  });
});

describe('goodsKeptMinor', () => {
  it('takes refunds from the goods first, then from shipping', () => {
    expect([0, 1_000_000, 2_900_000, 3_100_000].map((refunded) => goodsKeptMinor(wallet, refunded))).toEqual([2_900_000, 1_900_000, 0, 0]);
  });
});
