import { assertMinorUnits } from '../money/minor-units.ts';
import { owedAccount, payableAccount, PLATFORM_CASH, type SellerKey } from './accounts.ts';
import { credit, debit, type LedgerPosting } from './transaction.ts';

export interface PayoutInput {
  seller: SellerKey;
  payoutId: string;
  amountMinor: number;
  /** The seller's payable balance now (`statementFor(…).payableMinor`), read under the same lock as the write. */
  payableMinor: number;
  /** What the seller owes the platform now (`statementFor(…).owedMinor`): netted first. */
  owedMinor: number;
  /** The platform's cash balance now, read under the payouts' lock. */
  cashMinor: number;
}

/**
 * Money sent to a seller out of what they are owed, less what they owe: the debt (commission on cash
 * they collected themselves) is settled out of their payable first, in the same transaction, and only
 * the rest can be sent. Refused above that, and above the platform's cash, so that no payout spends
 * money that never arrived. Unfunded earnings are not payable and play no part.
 */
export function postPayout({ seller, payoutId, amountMinor, payableMinor, owedMinor, cashMinor }: PayoutInput): LedgerPosting {
  assertMinorUnits(amountMinor, 'amountMinor');
  if (amountMinor === 0) throw new RangeError('amountMinor must be positive');
  assertMinorUnits(payableMinor, 'payableMinor');
  assertMinorUnits(owedMinor, 'owedMinor');
  if (!Number.isSafeInteger(cashMinor)) throw new RangeError(`cashMinor must be a whole number, got ${cashMinor}`);
  const available = Math.max(0, payableMinor - owedMinor);
  if (amountMinor > available) return { ok: false, refusal: { code: 'payout_exceeds_payable', payableMinor: available } };
  if (amountMinor > cashMinor) return { ok: false, refusal: { code: 'payout_exceeds_cash', cashMinor: Math.max(0, cashMinor) } };
  return {
    ok: true,
    transactions: [
      {
        kind: 'payout',
        reference: { payoutId, seller },
        entries: [...debit(payableAccount(seller), amountMinor + owedMinor), ...credit(owedAccount(seller), owedMinor), ...credit(PLATFORM_CASH, amountMinor)],
      },
    ],
  };
}
