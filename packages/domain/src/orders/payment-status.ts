/** A payment as the platform sees it, whatever the provider calls its own states. */
export const paymentStatuses = ['pending', 'succeeded', 'failed', 'expired', 'cancelled', 'refund_due', 'refunded'] as const;
export type PaymentStatus = (typeof paymentStatuses)[number];

/** `expire` and `cancel` follow the order: its payment lapses or is called off with it. */
export const paymentActions = ['succeed', 'fail', 'expire', 'cancel', 'refund'] as const;
export type PaymentAction = (typeof paymentActions)[number];

const transitions: Record<PaymentAction, Partial<Record<PaymentStatus, PaymentStatus>>> = {
  succeed: { pending: 'succeeded' },
  fail: { pending: 'failed' },
  expire: { pending: 'expired' },
  // Money that has arrived is owed back when the order is cancelled; the ledger pays it out.
  cancel: { pending: 'cancelled', succeeded: 'refund_due' },
  // Whole refunds only: a partial one leaves the payment as it was.
  refund: { refund_due: 'refunded', succeeded: 'refunded' },
};

/** The status an action leads to, or null when the payment's state does not allow it. */
export function nextPaymentStatus(current: PaymentStatus, action: PaymentAction): PaymentStatus | null {
  return transitions[action][current] ?? null;
}
