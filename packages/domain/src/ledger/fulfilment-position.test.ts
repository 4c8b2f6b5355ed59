import { describe, expect, it } from 'vitest';
import { fulfilmentPosition, goodsKeptMinor } from './fulfilment-position.ts';
import { honey, paidDeliveredRefundedPaidOut, wallet } from './test-factories.ts';

describe('fulfilmentPosition', () => {
  const transactions = paidDeliveredRefundedPaidOut();

  it('reads paid, refunded, delivered and the rate charged from the transactions that reference the fulfilment', () => {
    expect(fulfilmentPosition(wallet, transactions)).toEqual({ paid: true, refundedMinor: 0, delivered: true, commissionBps: 750 });
    expect(fulfilmentPosition(honey, transactions)).toEqual({ paid: true, refundedMinor: 1_200_000, delivered: false, commissionBps: null });
    expect(fulfilmentPosition({ id: 'f-other', orderId: 'o-2' }, transactions)).toEqual({ paid: false, refundedMinor: 0, delivered: false, commissionBps: null });
  });
});

describe('goodsKeptMinor', () => {
  it('takes refunds from the goods first, then from shipping', () => {
    expect([0, 1_000_000, 2_900_000, 3_100_000].map((refunded) => goodsKeptMinor(wallet, refunded))).toEqual([2_900_000, 1_900_000, 0, 0]);
  });
});
