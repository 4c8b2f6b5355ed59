import { describe, expect, expectTypeOf, it } from 'vitest';
import { PLATFORM_CASH, PLATFORM_COMMISSION } from './accounts.ts';
import { isBalanced, type LedgerTransaction, type LedgerTransactionKind, ledgerTransactionKinds } from './transaction.ts';

const MAX = Number.MAX_SAFE_INTEGER;
const payout = (entries: LedgerTransaction['entries']): LedgerTransaction => ({ kind: 'payout', reference: { payoutId: 'p', seller: 'producer:a' }, entries });

describe('isBalanced', () => {
  it('holds when the signed entries sum to exactly zero', () => {
    expect(isBalanced(payout([]))).toBe(true);
    expect(isBalanced(payout([{ account: 'payable:producer:a', amountMinor: 500 }, { account: PLATFORM_CASH, amountMinor: -500 }]))).toBe(true);
    expect(isBalanced(payout([{ account: PLATFORM_CASH, amountMinor: MAX }, { account: PLATFORM_COMMISSION, amountMinor: -MAX }]))).toBe(true);
  });

  it('fails on a remainder, a fraction, or a sum a double cannot hold', () => {
    expect(isBalanced(payout([{ account: 'payable:producer:a', amountMinor: 500 }, { account: PLATFORM_CASH, amountMinor: -499 }]))).toBe(false);
    expect(isBalanced(payout([{ account: 'payable:producer:a', amountMinor: 0.5 }, { account: PLATFORM_CASH, amountMinor: -0.5 }]))).toBe(false);
    // MAX + MAX rounds in a double, so the last step could come back to zero by accident.
    const overflow = [MAX, MAX, -MAX, -MAX].map((amountMinor) => ({ account: PLATFORM_CASH, amountMinor }) as const);
    expect(isBalanced(payout(overflow))).toBe(false);
  });
});

describe('ledgerTransactionKinds', () => {
  it('lists every kind of transaction once, so the column check built from it admits them all', () => {
    // A kind added to LedgerTransaction but not to the list fails the type check of this file.
    expectTypeOf<(typeof ledgerTransactionKinds)[number]>().toEqualTypeOf<LedgerTransactionKind>();
    expect(new Set(ledgerTransactionKinds).size).toBe(ledgerTransactionKinds.length);
  });
});
