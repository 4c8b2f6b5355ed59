import { orderClearedToSend, type OrderStatus } from './order-status.ts';

/** One seller's share of an order moves on its own; the order follows from them all. */
export const fulfilmentStatuses = ['awaiting_payment', 'processing', 'shipped', 'delivered', 'cancelled'] as const;
export type FulfilmentStatus = (typeof fulfilmentStatuses)[number];

export const fulfilmentActions = ['pay', 'ship', 'deliver', 'cancel'] as const;
export type FulfilmentAction = (typeof fulfilmentActions)[number];

const transitions: Record<FulfilmentAction, { from: readonly FulfilmentStatus[]; to: FulfilmentStatus }> = {
  pay: { from: ['awaiting_payment'], to: 'processing' },
  ship: { from: ['processing'], to: 'shipped' },
  deliver: { from: ['shipped'], to: 'delivered' },
  // Goods on their way cannot be called back: after shipping, it is a return, not a cancellation.
  cancel: { from: ['awaiting_payment', 'processing'], to: 'cancelled' },
};

/** The status an action leads to, or null when the fulfilment's state does not allow it. */
export function nextFulfilmentStatus(current: FulfilmentStatus, action: FulfilmentAction): FulfilmentStatus | null {
  const { from, to } = transitions[action];
  return from.includes(current) ? to : null;
}

/**
 * The status a paid or cash-on-delivery order should have once its fulfilments have moved: completed when everything
 * not cancelled has been delivered, cancelled when every seller cancelled (nothing is left to send,
 * so the payment is owed back). Any other order keeps its status: fulfilments do not pay or expire it.
 */
export function orderStatusAfterFulfilments(order: OrderStatus, fulfilments: readonly FulfilmentStatus[]): OrderStatus {
  if (!orderClearedToSend(order) || fulfilments.length === 0) return order;
  const live = fulfilments.filter((f) => f !== 'cancelled');
  if (live.length === 0) return 'cancelled';
  return live.every((f) => f === 'delivered') ? 'completed' : order;
}

/** A buyer may cancel until the first parcel leaves: after that, what was sent has to come back as a return. */
export function buyerMayCancel(order: OrderStatus, fulfilments: readonly FulfilmentStatus[]): boolean {
  if (order !== 'pending_payment' && !orderClearedToSend(order)) return false;
  return fulfilments.every((f) => f !== 'shipped' && f !== 'delivered');
}
