import { assertMinorUnits } from '../money/minor-units.ts';
import { heldAccount, payableAccount, PLATFORM_CASH, PLATFORM_COMMISSION } from './accounts.ts';
import { commissionMinor } from './commission.ts';
import { goodsKeptMinor, refundableMinor, type FulfilmentPosition, type LedgerFulfilment } from './fulfilment-position.ts';
import { credit, debit, type LedgerPosting } from './transaction.ts';

export interface RefundInput {
  fulfilment: LedgerFulfilment;
  position: FulfilmentPosition;
  refundId: string;
  amountMinor: number;
  /** The seller's payable balance now, across all their fulfilments (`statementFor(…).payableMinor`). */
  sellerPayableMinor: number;
}

/**
 * Money paid back to the buyer for part or all of one fulfilment, refused above what is left of what
 * was paid. Before delivery it comes out of what is held. After delivery it reverses the delivery:
 * the commission falls to the commission on the goods still kept (goods are refunded before shipping,
 * see `goodsKeptMinor`), and the rest of the refund comes out of the seller's payable, refused when the
 * seller has less payable than that (it was paid out; getting it back is not modelled).
 * Reversing by difference means refunds in any number of parts reverse exactly what one whole refund would.
 */
export function postRefund({ fulfilment, position, refundId, amountMinor, sellerPayableMinor }: RefundInput): LedgerPosting {
  assertMinorUnits(amountMinor, 'amountMinor');
  if (amountMinor === 0) throw new RangeError('amountMinor must be positive');
  assertMinorUnits(sellerPayableMinor, 'sellerPayableMinor');
  const refundable = refundableMinor(fulfilment, position);
  if (amountMinor > refundable) return { ok: false, refusal: { code: 'refund_exceeds_paid', refundableMinor: refundable } };

  const reference = { orderId: fulfilment.orderId, fulfilmentId: fulfilment.id, refundId };
  if (!position.delivered) {
    return { ok: true, transactions: [{ kind: 'refund', reference, entries: [...debit(heldAccount(fulfilment.seller), amountMinor), ...credit(PLATFORM_CASH, amountMinor)] }] };
  }

  const bps = position.commissionBps ?? 0;
  const commissionBefore = commissionMinor(goodsKeptMinor(fulfilment, position.refundedMinor), bps);
  const commissionAfter = commissionMinor(goodsKeptMinor(fulfilment, position.refundedMinor + amountMinor), bps);
  const commissionReversed = commissionBefore - commissionAfter;
  const sellerShare = amountMinor - commissionReversed;
  if (sellerShare > sellerPayableMinor) {
    return { ok: false, refusal: { code: 'refund_exceeds_payable', sellerShareMinor: sellerShare, payableMinor: sellerPayableMinor } };
  }
  return {
    ok: true,
    transactions: [
      {
        kind: 'refund',
        reference,
        entries: [...debit(payableAccount(fulfilment.seller), sellerShare), ...debit(PLATFORM_COMMISSION, commissionReversed), ...credit(PLATFORM_CASH, amountMinor)],
      },
    ],
  };
}
