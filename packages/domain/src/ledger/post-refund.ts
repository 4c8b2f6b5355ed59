import { assertMinorUnits } from '../money/minor-units.ts';
import { heldAccount, payableAccount, PLATFORM_CASH, PLATFORM_COMMISSION } from './accounts.ts';
import { commissionMinor } from './commission.ts';
import { coordinationFeeMinor } from './coordination-fee.ts';
import { goodsKeptMinor, payeeOf, refundableMinor, type FulfilmentPosition, type LedgerFulfilment } from './fulfilment-position.ts';
import { credit, debit, type LedgerPosting } from './transaction.ts';

export interface RefundInput {
  fulfilment: LedgerFulfilment;
  position: FulfilmentPosition;
  refundId: string;
  amountMinor: number;
  /**
   * The payee's payable balance now, across all their fulfilments (`statementFor(payeeOf(fulfilment), …).payableMinor`):
   * the seller's, or the member's who did the work for a network. The name is older than payees.
   */
  sellerPayableMinor: number;
  /** The seller's (the network's) payable balance now; needed only to take back a coordination fee that was charged. */
  networkPayableMinor?: number;
}

/**
 * Money paid back to the buyer for part or all of one fulfilment, refused above what is left of what
 * was paid. Before delivery it comes out of what is held. After delivery it reverses the delivery:
 * the commission and any coordination fee fall to those on the goods still kept (goods are refunded
 * before shipping, see `goodsKeptMinor`), the fee coming back out of the network's payable, and the
 * rest of the refund comes out of the payee's payable. Either is refused when its account has less
 * payable than that (it was paid out; getting it back is not modelled).
 * Reversing by difference means refunds in any number of parts reverse exactly what one whole refund would.
 */
export function postRefund({ fulfilment, position, refundId, amountMinor, sellerPayableMinor, networkPayableMinor }: RefundInput): LedgerPosting {
  assertMinorUnits(amountMinor, 'amountMinor');
  if (amountMinor === 0) throw new RangeError('amountMinor must be positive');
  assertMinorUnits(sellerPayableMinor, 'sellerPayableMinor');
  if (networkPayableMinor !== undefined) assertMinorUnits(networkPayableMinor, 'networkPayableMinor');
  const refundable = refundableMinor(fulfilment, position);
  if (amountMinor > refundable) return { ok: false, refusal: { code: 'refund_exceeds_paid', refundableMinor: refundable } };

  const reference = { orderId: fulfilment.orderId, fulfilmentId: fulfilment.id, refundId };
  if (!position.delivered) {
    return { ok: true, transactions: [{ kind: 'refund', reference, entries: [...debit(heldAccount(fulfilment.seller), amountMinor), ...credit(PLATFORM_CASH, amountMinor)] }] };
  }

  const goodsBefore = goodsKeptMinor(fulfilment, position.refundedMinor);
  const goodsAfter = goodsKeptMinor(fulfilment, position.refundedMinor + amountMinor);
  const commissionBps = position.commissionBps ?? 0;
  const feeBps = position.coordinationFeeBps ?? 0;
  const commissionReversed = commissionMinor(goodsBefore, commissionBps) - commissionMinor(goodsAfter, commissionBps);
  const feeReversed = coordinationFeeMinor(goodsBefore, commissionBps, feeBps) - coordinationFeeMinor(goodsAfter, commissionBps, feeBps);
  // Can be -1: commission and fee, each rounded half up, may both fall by a unit on one unit of goods,
  // and the payee is then owed that unit back, so parts still add up to the whole.
  const payeeShare = amountMinor - commissionReversed - feeReversed;
  if (payeeShare > sellerPayableMinor) {
    return { ok: false, refusal: { code: 'refund_exceeds_payable', sellerShareMinor: payeeShare, payableMinor: sellerPayableMinor } };
  }
  if (feeReversed > 0) {
    if (networkPayableMinor === undefined) throw new RangeError('networkPayableMinor is needed to take back a coordination fee');
    if (feeReversed > networkPayableMinor) {
      return { ok: false, refusal: { code: 'refund_exceeds_network_payable', feeShareMinor: feeReversed, payableMinor: networkPayableMinor } };
    }
  }
  const payable = payableAccount(payeeOf(fulfilment));
  return {
    ok: true,
    transactions: [
      {
        kind: 'refund',
        reference,
        entries: [
          ...(payeeShare < 0 ? credit(payable, -payeeShare) : debit(payable, payeeShare)),
          ...debit(PLATFORM_COMMISSION, commissionReversed),
          ...debit(payableAccount(fulfilment.seller), feeReversed),
          ...credit(PLATFORM_CASH, amountMinor),
        ],
      },
    ],
  };
}
