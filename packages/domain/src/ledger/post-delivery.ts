import { heldAccount, payableAccount, PLATFORM_COMMISSION } from './accounts.ts';
import { assertCommissionBps, commissionMinor } from './commission.ts';
import { coordinationFeeMinor } from './coordination-fee.ts';
import { goodsKeptMinor, payeeOf, refundableMinor, type FulfilmentPosition, type LedgerFulfilment } from './fulfilment-position.ts';
import { credit, debit, type LedgerPosting, type LedgerTransaction } from './transaction.ts';

/**
 * A delivered fulfilment: what is held for it (its total less any refund before delivery) becomes
 * payable to its payee, and then the platform's commission on the goods kept is taken from it, as a
 * second transaction that records the rate. When a member did the work for a network, the network's
 * coordination fee on the goods kept is then taken from the member and made payable to the network, as
 * a third. No commission or fee transaction when it comes to nothing.
 */
export function postDelivery(fulfilment: LedgerFulfilment, position: FulfilmentPosition, commissionBps: number, coordinationFeeBps = 0): LedgerPosting {
  const heldMinor = refundableMinor(fulfilment, position);
  assertCommissionBps(coordinationFeeBps, 'coordinationFeeBps');
  if (!position.paid) return { ok: false, refusal: { code: 'not_paid' } };
  if (position.delivered) return { ok: false, refusal: { code: 'already_delivered' } };

  const reference = { orderId: fulfilment.orderId, fulfilmentId: fulfilment.id };
  const payee = payeeOf(fulfilment);
  const payable = payableAccount(payee);
  const goodsKept = goodsKeptMinor(fulfilment, position.refundedMinor);
  const commission = commissionMinor(goodsKept, commissionBps);
  // A seller who earns its own money would pay the fee to itself: only a member working for it pays one.
  const fee = payee === fulfilment.seller ? 0 : coordinationFeeMinor(goodsKept, commissionBps, coordinationFeeBps);
  const transactions: LedgerTransaction[] = [
    { kind: 'fulfilment_delivered', reference, entries: [...debit(heldAccount(fulfilment.seller), heldMinor), ...credit(payable, heldMinor)] },
  ];
  if (commission > 0) {
    transactions.push({ kind: 'commission', reference, commissionBps, entries: [...debit(payable, commission), ...credit(PLATFORM_COMMISSION, commission)] });
  }
  if (fee > 0) {
    transactions.push({ kind: 'coordination_fee', reference, coordinationFeeBps, entries: [...debit(payable, fee), ...credit(payableAccount(fulfilment.seller), fee)] });
  }
  return { ok: true, transactions };
}
