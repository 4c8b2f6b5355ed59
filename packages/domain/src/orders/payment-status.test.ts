import { describe, expect, it } from 'vitest';
import { nextPaymentStatus, paymentActions, paymentStatuses, type PaymentAction, type PaymentStatus } from './payment-status.ts';

describe('nextPaymentStatus', () => {
  // Only the moves that exist; every other (status, action) pair must be refused.
  const allowed: ReadonlyArray<[PaymentStatus, PaymentAction, PaymentStatus]> = [
    ['pending', 'succeed', 'succeeded'],
    ['pending', 'fail', 'failed'],
    ['pending', 'expire', 'expired'],
    ['pending', 'cancel', 'cancelled'],
    ['succeeded', 'cancel', 'refund_due'],
    ['refund_due', 'refund', 'refunded'],
    ['succeeded', 'refund', 'refunded'],
  ];

  it.each(allowed)('%s + %s → %s', (status, action, expected) => {
    expect(nextPaymentStatus(status, action)).toBe(expected);
  });

  it('refuses every other move, so a payment is confirmed, refunded or lapses at most once', () => {
    const listed = new Set(allowed.map(([status, action]) => `${status}/${action}`));
    for (const status of paymentStatuses) {
      for (const action of paymentActions) {
        if (!listed.has(`${status}/${action}`)) expect(nextPaymentStatus(status, action), `${status}/${action}`).toBeNull();
      }
    }
  });
});
