import { describe, expect, expectTypeOf, it } from 'vitest';
import { type Account, accountKinds, heldAccount, parseAccountKey, parseSellerKey, payableAccount, PLATFORM_CASH, PLATFORM_COMMISSION, sellerKey, type SellerKey } from './accounts.ts';

const arta = sellerKey('producer', '7d1c9a52-4a4e-4b8e-9d55-0b9f1d3c2e11');

describe('ledger accounts', () => {
  it('keys sellers and their accounts as text that reads back to what it names', () => {
    expect(arta).toBe('producer:7d1c9a52-4a4e-4b8e-9d55-0b9f1d3c2e11');
    expect(heldAccount(arta)).toBe('held:producer:7d1c9a52-4a4e-4b8e-9d55-0b9f1d3c2e11');
    expect(payableAccount(sellerKey('network', 'n1'))).toBe('payable:network:n1');
    expect(parseAccountKey(heldAccount(arta))).toEqual({ kind: 'held', seller: { kind: 'producer', id: '7d1c9a52-4a4e-4b8e-9d55-0b9f1d3c2e11' } });
    expect(parseAccountKey('payable:network:n1')).toEqual({ kind: 'payable', seller: { kind: 'network', id: 'n1' } });
    expect(parseAccountKey(PLATFORM_CASH)).toEqual({ kind: 'platform_cash' });
    expect(parseAccountKey(PLATFORM_COMMISSION)).toEqual({ kind: 'platform_commission' });
    expect(parseSellerKey(arta)).toEqual({ kind: 'producer', id: '7d1c9a52-4a4e-4b8e-9d55-0b9f1d3c2e11' });
  });

  it.each(['', 'platform', 'platform:bank', 'held:producer', 'held:buyer:1', 'payable:producer:1:2', 'organisation:', 'held:producer:'])(
    'reads %j as no account',
    (key) => expect(parseAccountKey(key)).toBeNull(),
  );

  it('refuses ids that would make two keys read alike', () => {
    expect(() => sellerKey('producer', 'a:b')).toThrow(RangeError);
    expect(() => sellerKey('producer', '')).toThrow(RangeError);
    expect(() => sellerKey('buyer' as 'producer', '1')).toThrow(RangeError);
    expect(() => heldAccount('producer:a:b' as SellerKey)).toThrow(RangeError);
    expect(parseSellerKey('network:a:b')).toBeNull();
  });
});

describe('accountKinds', () => {
  it('lists the kind of every account a key can name', () => {
    // An account kind added to Account but not to the list (and so to the column's check) fails the type check here.
    expectTypeOf<(typeof accountKinds)[number]>().toEqualTypeOf<Account['kind']>();
    expect(new Set(accountKinds).size).toBe(accountKinds.length);
  });
});
