import { describe, expect, it } from 'vitest';
import { sellerKey } from './accounts.ts';
import { statementFor } from './statement.ts';
import { arta, networkPaidDelivered, paidDeliveredRefundedPaidOut, sabalan, tabriz } from './test-factories.ts';

describe('statementFor', () => {
  it('shows a seller what is held, payable and paid out, and each entry from their side with its reference', () => {
    expect(statementFor(arta, paidDeliveredRefundedPaidOut())).toEqual({
      seller: arta,
      heldMinor: 0,
      payableMinor: 982_500,
      paidOutMinor: 2_000_000,
      lines: [
        { kind: 'payment_captured', reference: { orderId: 'o-1', paymentId: 'pay-1' }, commissionBps: null, coordinationFeeBps: null, account: 'held', amountMinor: 3_200_000 },
        { kind: 'fulfilment_delivered', reference: { orderId: 'o-1', fulfilmentId: 'f-wallet' }, commissionBps: null, coordinationFeeBps: null, account: 'held', amountMinor: -3_200_000 },
        { kind: 'fulfilment_delivered', reference: { orderId: 'o-1', fulfilmentId: 'f-wallet' }, commissionBps: null, coordinationFeeBps: null, account: 'payable', amountMinor: 3_200_000 },
        { kind: 'commission', reference: { orderId: 'o-1', fulfilmentId: 'f-wallet' }, commissionBps: 750, coordinationFeeBps: null, account: 'payable', amountMinor: -217_500 },
        { kind: 'payout', reference: { payoutId: 'po-1', seller: arta }, commissionBps: null, coordinationFeeBps: null, account: 'payable', amountMinor: -2_000_000 },
      ],
    });
  });

  it('leaves out other sellers’ entries', () => {
    const statement = statementFor(sabalan, paidDeliveredRefundedPaidOut());
    expect(statement).toMatchObject({ heldMinor: 3_000_000, payableMinor: 0, paidOutMinor: 0 });
    expect(statement.lines.map((l) => [l.kind, l.amountMinor])).toEqual([
      ['payment_captured', 4_200_000],
      ['refund', -1_200_000],
    ]);
    expect(statementFor(sellerKey('network', 'arta'), paidDeliveredRefundedPaidOut())).toEqual({ seller: 'network:arta', heldMinor: 0, payableMinor: 0, paidOutMinor: 0, lines: [] });
  });

  it('shows a network its coordination fees and the member what the network and the platform took, each with its rate', () => {
    const reference = { orderId: 'o-2', fulfilmentId: 'f-rug' };
    expect(statementFor(tabriz, networkPaidDelivered())).toEqual({
      seller: tabriz,
      heldMinor: 0,
      payableMinor: 250_000,
      paidOutMinor: 0,
      lines: [
        { kind: 'payment_captured', reference: { orderId: 'o-2', paymentId: 'pay-2' }, commissionBps: null, coordinationFeeBps: null, account: 'held', amountMinor: 5_400_000 },
        { kind: 'fulfilment_delivered', reference, commissionBps: null, coordinationFeeBps: null, account: 'held', amountMinor: -5_400_000 },
        { kind: 'coordination_fee', reference, commissionBps: null, coordinationFeeBps: 500, account: 'payable', amountMinor: 250_000 },
      ],
    });
    const member = statementFor(sabalan, networkPaidDelivered());
    expect(member).toMatchObject({ heldMinor: 0, payableMinor: 4_775_000, paidOutMinor: 0 });
    expect(member.lines.map((l) => [l.kind, l.account, l.amountMinor, l.commissionBps, l.coordinationFeeBps])).toEqual([
      ['fulfilment_delivered', 'payable', 5_400_000, null, null],
      ['commission', 'payable', -375_000, 750, null],
      ['coordination_fee', 'payable', -250_000, null, 500],
    ]);
  });
});
