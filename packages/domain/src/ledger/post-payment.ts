import { sumMinorUnits } from '../money/minor-units.ts';
import { heldAccount, PLATFORM_CASH } from './accounts.ts';
import { fulfilmentTotalMinor, type LedgerFulfilment } from './fulfilment-position.ts';
import { credit, debit, type LedgerTransaction } from './transaction.ts';

export interface LedgerOrder {
  id: string;
  fulfilments: readonly LedgerFulfilment[];
}

/**
 * A captured payment for an order's total: the cash comes in and each seller's part is held for the
 * buyer until that fulfilment is delivered. It never refuses: that a payment is captured once is the
 * payment state machine's rule (`nextPaymentStatus`), applied under the order's lock.
 */
export function postPayment(order: LedgerOrder, paymentId: string): LedgerTransaction {
  // A fulfilment of another order here is a caller's bug: its money would be held under the wrong reference.
  const stray = order.fulfilments.find((f) => f.orderId !== order.id);
  if (stray) throw new Error(`Fulfilment ${stray.id} belongs to order ${stray.orderId}, not ${order.id}`);
  const totals = order.fulfilments.map(fulfilmentTotalMinor);
  return {
    kind: 'payment_captured',
    reference: { orderId: order.id, paymentId },
    entries: [
      ...debit(PLATFORM_CASH, sumMinorUnits(totals, 'order totalMinor')),
      ...order.fulfilments.flatMap((f, i) => credit(heldAccount(f.seller), totals[i]!)),
    ],
  };
}
