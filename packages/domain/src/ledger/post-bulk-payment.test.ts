import { describe, expect, it } from 'vitest';
import { postBulkAcceptance } from './post-bulk-acceptance.ts';
import { postBulkPayment } from './post-bulk-payment.ts';
import { accepted } from './test-factories.ts';

const accept = (allocationId: string, producerId: string, acceptedQuantity: number) =>
  postBulkAcceptance({ bulkOrderId: 'b-1', allocationId, checkNumber: 1, networkId: 'n1', producerId, acceptedQuantity, unitPriceMinor: 1_000, coordinationFeeBps: 500 })!;

describe('postBulkPayment', () => {
  const history = [accept('a-1', 'p1', 3), accept('a-2', 'p2', 1)];

  it('takes the cash against the receivable and releases the whole of every share when the whole is paid', () => {
    const [tx] = accepted(postBulkPayment({ bulkOrderId: 'b-1', paymentId: 'bp-1', amountMinor: 4_000, history }));
    expect(tx!.entries).toEqual([
      { account: 'platform:cash', amountMinor: 4_000 },
      { account: 'receivable:bulk_order:b-1', amountMinor: -4_000 },
      { account: 'unfunded:network:n1', amountMinor: 200 },
      { account: 'payable:network:n1', amountMinor: -200 },
      { account: 'unfunded:producer:p1', amountMinor: 2_850 },
      { account: 'payable:producer:p1', amountMinor: -2_850 },
      { account: 'unfunded:producer:p2', amountMinor: 950 },
      { account: 'payable:producer:p2', amountMinor: -950 },
    ]);
  });

  it('releases a part pro rata, adding up to the payment exactly, and the rest with the next', () => {
    const [first] = accepted(postBulkPayment({ bulkOrderId: 'b-1', paymentId: 'bp-1', amountMinor: 1_001, history }));
    const released = first!.entries.filter((e) => e.account.startsWith('payable:')).map((e) => -e.amountMinor);
    expect(released.reduce((a, b) => a + b, 0)).toBe(1_001);
    expect(released).toEqual([50, 713, 238]);
    const [second] = accepted(postBulkPayment({ bulkOrderId: 'b-1', paymentId: 'bp-2', amountMinor: 2_999, history: [...history, first!] }));
    expect(second!.entries.filter((e) => e.account.startsWith('payable:')).map((e) => -e.amountMinor)).toEqual([150, 2_137, 712]);
  });

  it('refuses more than the buyer owes, and ignores other bulk orders', () => {
    expect(postBulkPayment({ bulkOrderId: 'b-1', paymentId: 'bp-1', amountMinor: 4_001, history })).toEqual({ ok: false, refusal: { code: 'bulk_payment_exceeds_receivable', receivableMinor: 4_000 } });
    expect(postBulkPayment({ bulkOrderId: 'b-2', paymentId: 'bp-1', amountMinor: 1, history })).toEqual({ ok: false, refusal: { code: 'bulk_payment_exceeds_receivable', receivableMinor: 0 } });
  });
});
