import { describe, expect, it } from 'vitest';
import { balancesOf } from './balances.ts';
import { paidDeliveredRefundedPaidOut } from './test-factories.ts';
import type { LedgerTransaction } from './transaction.ts';

describe('balancesOf', () => {
  it('sums each account’s entries, debit positive, and the accounts sum to zero', () => {
    const balances = balancesOf(paidDeliveredRefundedPaidOut());
    expect(Object.fromEntries(balances)).toEqual({
      'platform:cash': 4_200_000, // 7,400,000 paid − 1,200,000 refunded − 2,000,000 paid out
      'held:producer:arta': 0,
      'payable:producer:arta': -982_500, // 3,200,000 − 217,500 commission − 2,000,000 paid out
      'platform:commission': -217_500,
      'held:producer:sabalan': -3_000_000,
    });
    expect([...balances.values()].reduce((a, b) => a + b, 0)).toBe(0);
  });

  it('is empty for no transactions and throws rather than round a balance', () => {
    expect(balancesOf([]).size).toBe(0);
    const big: LedgerTransaction = { kind: 'payout', reference: { payoutId: 'p', seller: 'producer:a' }, entries: [{ account: 'platform:cash', amountMinor: Number.MAX_SAFE_INTEGER }] };
    expect(() => balancesOf([big, big])).toThrow('platform:cash exceeds Number.MAX_SAFE_INTEGER');
  });
});
