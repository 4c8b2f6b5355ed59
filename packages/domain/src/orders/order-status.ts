/**
 * `cash_on_delivery`: placed to be paid at the door. Its sellers may start at once, as on a paid
 * order, but no money has arrived, so it is never counted as paid (decision 019).
 */
export const orderStatuses = ['pending_payment', 'paid', 'cash_on_delivery', 'completed', 'cancelled', 'expired'] as const;
export type OrderStatus = (typeof orderStatuses)[number];

export const orderActions = ['pay', 'complete', 'cancel', 'expire'] as const;
export type OrderAction = (typeof orderActions)[number];

const transitions: Record<OrderAction, { from: readonly OrderStatus[]; to: OrderStatus }> = {
  pay: { from: ['pending_payment'], to: 'paid' },
  // A cash-on-delivery order completes when every parcel is delivered, its cash taken at the door.
  complete: { from: ['paid', 'cash_on_delivery'], to: 'completed' },
  // A paid or cash-on-delivery order can still be cancelled until something ships; buyerMayCancel guards that.
  cancel: { from: ['pending_payment', 'paid', 'cash_on_delivery'], to: 'cancelled' },
  // Only an order waiting for a payment lapses: once money has arrived, or the seller has started on
  // cash on delivery, the order is the buyer's to keep.
  expire: { from: ['pending_payment'], to: 'expired' },
};

/** The status an action leads to, or null when the order's state does not allow it. */
export function nextOrderStatus(current: OrderStatus, action: OrderAction): OrderStatus | null {
  const { from, to } = transitions[action];
  return from.includes(current) ? to : null;
}

/** Whether sellers may work on and send the order's parcels: it is paid, or to be paid in cash at the door. */
export function orderClearedToSend(status: OrderStatus): boolean {
  return status === 'paid' || status === 'cash_on_delivery';
}
