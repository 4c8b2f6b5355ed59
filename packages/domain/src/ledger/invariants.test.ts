import { describe, expect, it } from 'vitest';
import { balancesOf } from './balances.ts';
import { ledgerViolations } from './invariants.ts';
import { postCodDelivery } from './post-cod-delivery.ts';
import { arta, paidDeliveredRefundedPaidOut, wallet } from './test-factories.ts';
import type { LedgerTransaction } from './transaction.ts';

const after = (ledger: LedgerTransaction[]) => ledgerViolations(ledger.at(-1)!, balancesOf(ledger));

describe('ledgerViolations', () => {
  it('finds nothing wrong with a ledger the rules posted', () => {
    const ledger = paidDeliveredRefundedPaidOut();
    ledger.forEach((_, i) => expect(after(ledger.slice(0, i + 1))).toEqual([]));
  });

  it('names a payout that spends money the platform never received, and one above what the seller is owed', () => {
    const payout: LedgerTransaction = {
      kind: 'payout',
      reference: { payoutId: 'po-x', seller: arta },
      entries: [
        { account: 'payable:producer:arta', amountMinor: 500 },
        { account: 'platform:cash', amountMinor: -500 },
      ],
    };
    expect(after([payout])).toEqual([
      { code: 'account_overdrawn', account: 'payable:producer:arta', balanceMinor: 500 },
      { code: 'cash_negative', balanceMinor: -500 },
    ]);
  });

  it('names a payout that leaves the seller owing, and an unbalanced transaction', () => {
    const ledger = [...paidDeliveredRefundedPaidOut(), postCodDelivery(wallet, 750)!];
    const payout: LedgerTransaction = {
      kind: 'payout',
      reference: { payoutId: 'po-y', seller: arta },
      entries: [
        { account: 'payable:producer:arta', amountMinor: 100 },
        { account: 'platform:cash', amountMinor: -100 },
      ],
    };
    expect(after([...ledger, payout])).toEqual([{ code: 'payout_not_netted', account: 'owed:producer:arta', balanceMinor: 217_500 }]);
    const unbalanced: LedgerTransaction = { ...payout, entries: [{ account: 'payable:producer:arta', amountMinor: 100 }] };
    expect(after([...ledger, unbalanced])).toContainEqual({ code: 'unbalanced', kind: 'payout' });
  });
});
