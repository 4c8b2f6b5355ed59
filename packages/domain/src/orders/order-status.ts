export const orderStatuses = ['pending_payment', 'paid', 'completed', 'cancelled', 'expired'] as const;
export type OrderStatus = (typeof orderStatuses)[number];

export const orderActions = ['pay', 'complete', 'cancel', 'expire'] as const;
export type OrderAction = (typeof orderActions)[number];

const transitions: Record<OrderAction, { from: readonly OrderStatus[]; to: OrderStatus }> = {
  pay: { from: ['pending_payment'], to: 'paid' },
  complete: { from: ['paid'], to: 'completed' },
  // A paid order can still be cancelled (and refunded) until something ships; buyerMayCancel guards that.
  cancel: { from: ['pending_payment', 'paid'], to: 'cancelled' },
  // Only an unpaid order lapses: once money has arrived, the order is the buyer's to keep.
  expire: { from: ['pending_payment'], to: 'expired' },
};

/** The status an action leads to, or null when the order's state does not allow it. */
export function nextOrderStatus(current: OrderStatus, action: OrderAction): OrderStatus | null {
  const { from, to } = transitions[action];
  return from.includes(current) ? to : null;
}
