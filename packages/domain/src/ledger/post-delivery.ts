import { heldAccount, payableAccount, PLATFORM_COMMISSION } from './accounts.ts';
import { commissionMinor } from './commission.ts';
import { goodsKeptMinor, refundableMinor, type FulfilmentPosition, type LedgerFulfilment } from './fulfilment-position.ts';
import { credit, debit, type LedgerPosting, type LedgerTransaction } from './transaction.ts';

/**
 * A delivered fulfilment: what is held for it (its total less any refund before delivery) becomes
 * payable to the seller, and then the platform's commission on the goods kept is taken from it, as a
 * second transaction that records the rate. No commission transaction when it comes to nothing.
 */
export function postDelivery(fulfilment: LedgerFulfilment, position: FulfilmentPosition, commissionBps: number): LedgerPosting {
  const heldMinor = refundableMinor(fulfilment, position);
  if (!position.paid) return { ok: false, refusal: { code: 'not_paid' } };
  if (position.delivered) return { ok: false, refusal: { code: 'already_delivered' } };

  const reference = { orderId: fulfilment.orderId, fulfilmentId: fulfilment.id };
  const payable = payableAccount(fulfilment.seller);
  const commission = commissionMinor(goodsKeptMinor(fulfilment, position.refundedMinor), commissionBps);
  const transactions: LedgerTransaction[] = [
    { kind: 'fulfilment_delivered', reference, entries: [...debit(heldAccount(fulfilment.seller), heldMinor), ...credit(payable, heldMinor)] },
  ];
  if (commission > 0) {
    transactions.push({ kind: 'commission', reference, commissionBps, entries: [...debit(payable, commission), ...credit(PLATFORM_COMMISSION, commission)] });
  }
  return { ok: true, transactions };
}
