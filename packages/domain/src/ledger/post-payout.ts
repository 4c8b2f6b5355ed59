import { assertMinorUnits } from '../money/minor-units.ts';
import { payableAccount, PLATFORM_CASH, type SellerKey } from './accounts.ts';
import { credit, debit, type LedgerPosting } from './transaction.ts';

export interface PayoutInput {
  seller: SellerKey;
  payoutId: string;
  amountMinor: number;
  /** The seller's payable balance now (`statementFor(…).payableMinor`), read under the same lock as the write. */
  payableMinor: number;
}

/** Money sent to a seller out of what they are owed; refused above it, so payable never goes negative. */
export function postPayout({ seller, payoutId, amountMinor, payableMinor }: PayoutInput): LedgerPosting {
  assertMinorUnits(amountMinor, 'amountMinor');
  if (amountMinor === 0) throw new RangeError('amountMinor must be positive');
  assertMinorUnits(payableMinor, 'payableMinor');
  if (amountMinor > payableMinor) return { ok: false, refusal: { code: 'payout_exceeds_payable', payableMinor } };
  return {
    ok: true,
    transactions: [{ kind: 'payout', reference: { payoutId, seller }, entries: [...debit(payableAccount(seller), amountMinor), ...credit(PLATFORM_CASH, amountMinor)] }],
  };
}
