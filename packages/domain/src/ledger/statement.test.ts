import { describe, expect, it } from 'vitest';
import { sellerKey } from './accounts.ts';
import { postBulkAcceptance } from './post-bulk-acceptance.ts';
import { postBulkPayment } from './post-bulk-payment.ts';
import { postCodDelivery } from './post-cod-delivery.ts';
import { postPayout } from './post-payout.ts';
import { sellerBalanceMinor, statementFor } from './statement.ts';
import { accepted, arta, networkPaidDelivered, paidDeliveredRefundedPaidOut, sabalan, tabriz, wallet } from './test-factories.ts';

describe('statementFor', () => {
  it('shows a seller what is held, payable and paid out, and each entry from their side with its reference', () => {
    expect(statementFor(arta, paidDeliveredRefundedPaidOut())).toEqual({
      seller: arta,
      heldMinor: 0,
      payableMinor: 982_500,
      unfundedMinor: 0,
      owedMinor: 0,
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
    expect(statementFor(sellerKey('network', 'arta'), paidDeliveredRefundedPaidOut())).toEqual({ seller: 'network:arta', heldMinor: 0, payableMinor: 0, unfundedMinor: 0, owedMinor: 0, paidOutMinor: 0, lines: [] });
  });

  it('shows a network its coordination fees and the member what the network and the platform took, each with its rate', () => {
    const reference = { orderId: 'o-2', fulfilmentId: 'f-rug' };
    expect(statementFor(tabriz, networkPaidDelivered())).toEqual({
      seller: tabriz,
      heldMinor: 0,
      payableMinor: 250_000,
      unfundedMinor: 0,
      owedMinor: 0,
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

  it('shows bulk earnings as unfunded until the buyer pays, and a cash-on-delivery commission as owed until a payout nets it', () => {
    const ledger = [
      postBulkAcceptance({ bulkOrderId: 'b-1', allocationId: 'a-1', checkNumber: 1, networkId: 'tabriz', producerId: 'arta', acceptedQuantity: 10, unitPriceMinor: 100_000, coordinationFeeBps: 0 })!,
      postCodDelivery(wallet, 750)!,
    ];
    expect(statementFor(arta, ledger)).toMatchObject({ heldMinor: 0, payableMinor: 0, unfundedMinor: 1_000_000, owedMinor: 217_500, paidOutMinor: 0 });
    ledger.push(...accepted(postBulkPayment({ bulkOrderId: 'b-1', paymentId: 'bp-1', amountMinor: 1_000_000, history: ledger })));
    ledger.push(...accepted(postPayout({ seller: arta, payoutId: 'po-1', amountMinor: 782_500, payableMinor: 1_000_000, owedMinor: 217_500, cashMinor: 1_000_000 })));
    const statement = statementFor(arta, ledger);
    expect(statement).toMatchObject({ payableMinor: 0, unfundedMinor: 0, owedMinor: 0, paidOutMinor: 782_500 });
    expect(statement.lines.map((l) => [l.kind, l.account, l.amountMinor, l.commissionBps])).toEqual([
      ['bulk_acceptance', 'unfunded', 1_000_000, null],
      ['cod_commission', 'owed', -217_500, 750],
      ['bulk_payment', 'unfunded', -1_000_000, null],
      ['bulk_payment', 'payable', 1_000_000, null],
      ['payout', 'payable', -1_000_000, null],
      ['payout', 'owed', 217_500, null],
    ]);
  });
});

describe('sellerBalanceMinor', () => {
  it('reads what the platform owes a seller as positive, and what the seller owes it as positive too', () => {
    expect(sellerBalanceMinor('held', -3_200_000)).toBe(3_200_000);
    expect(sellerBalanceMinor('payable', -982_500)).toBe(982_500);
    expect(sellerBalanceMinor('unfunded', -1)).toBe(1);
    expect(sellerBalanceMinor('owed', 75_000)).toBe(75_000);
    expect(Object.is(sellerBalanceMinor('payable', 0), 0)).toBe(true);
  });
});
