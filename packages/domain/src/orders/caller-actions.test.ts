import { describe, expect, it } from 'vitest';
import { type CallerRelation, fulfilmentActionsFor, type FulfilmentState, orderActionsFor, type OrderState } from './caller-actions.ts';
import { buyerMayCancel, fulfilmentStatuses } from './fulfilment-status.ts';
import { orderStatuses } from './order-status.ts';
import { paymentStatuses, type PaymentStatus } from './payment-status.ts';

const everyone: CallerRelation[] = ['buyer', 'seller', 'leader', 'finance', 'admin'];
const transfer = (status: PaymentStatus = 'pending') => ({ provider: 'manual', status });

describe('orderActionsFor', () => {
  const placed: OrderState = { status: 'pending_payment', fulfilments: ['awaiting_payment', 'awaiting_payment'], payment: transfer() };

  it('offers a placed bank-transfer order’s buyer to cancel, finance to confirm the money, and nobody a refund yet', () => {
    expect(orderActionsFor(placed, ['buyer'])).toEqual(['cancel']);
    expect(orderActionsFor(placed, ['finance'])).toEqual(['confirm_payment']);
    expect(orderActionsFor(placed, ['finance', 'admin'])).toEqual(['cancel', 'confirm_payment']);
    // A seller in the order sees it but decides none of this.
    expect(orderActionsFor(placed, ['seller', 'leader'])).toEqual([]);
    expect(orderActionsFor(placed, [])).toEqual([]);
  });

  it('offers cancelling exactly when the buyer’s cancel rule allows it', () => {
    for (const status of orderStatuses) {
      for (const parts of [[], ['processing'], ['processing', 'shipped'], ['delivered'], ['cancelled']] as const) {
        const actions = orderActionsFor({ status, fulfilments: parts, payment: null }, ['buyer']);
        expect(actions.includes('cancel'), `${status} ${parts.join(',')}`).toBe(buyerMayCancel(status, parts));
      }
    }
  });

  it('confirms only a pending transfer of an order still waiting for it; a card or cash is never confirmed by finance', () => {
    expect(orderActionsFor({ ...placed, payment: { provider: 'stripe', status: 'pending' } }, ['finance'])).toEqual([]);
    expect(orderActionsFor({ ...placed, payment: { provider: 'cod', status: 'pending' } }, ['finance'])).toEqual([]);
    expect(orderActionsFor({ ...placed, status: 'expired', payment: transfer('expired') }, ['finance'])).toEqual([]);
    expect(orderActionsFor({ ...placed, status: 'paid', fulfilments: ['processing'], payment: transfer('succeeded') }, ['finance'])).toEqual([]);
    expect(orderActionsFor({ ...placed, payment: null }, everyone)).toEqual(['cancel']);
  });

  it('offers an admin a refund of money that came in, and not of money that did not', () => {
    for (const status of paymentStatuses) {
      const actions = orderActionsFor({ status: 'completed', fulfilments: ['delivered'], payment: transfer(status) }, ['admin']);
      expect(actions, status).toEqual(status === 'succeeded' || status === 'refund_due' ? ['refund'] : []);
    }
    expect(orderActionsFor({ status: 'completed', fulfilments: ['delivered'], payment: transfer('succeeded') }, ['finance', 'buyer'])).toEqual([]);
  });
});

describe('fulfilmentActionsFor', () => {
  const shopPart: FulfilmentState = { status: 'processing', networkPart: false, assigned: true, cashOnDelivery: false };
  const networkPart: FulfilmentState = { status: 'processing', networkPart: true, assigned: false, cashOnDelivery: false };

  it('lets whoever sends a parcel ship it, then deliver it, and nobody else', () => {
    for (const relation of ['seller', 'leader', 'admin'] as const) {
      expect(fulfilmentActionsFor(shopPart, [relation])).toEqual(['ship']);
      expect(fulfilmentActionsFor({ ...shopPart, status: 'shipped' }, [relation])).toEqual(['deliver']);
    }
    for (const relation of ['buyer', 'finance'] as const) {
      for (const status of fulfilmentStatuses) expect(fulfilmentActionsFor({ ...shopPart, status }, [relation])).toEqual([]);
    }
    for (const status of ['awaiting_payment', 'delivered', 'cancelled'] as const) expect(fulfilmentActionsFor({ ...shopPart, status }, everyone)).toEqual([]);
  });

  it('delivers a cash-on-delivery parcel only by confirming its cash', () => {
    const cod = { ...shopPart, cashOnDelivery: true };
    expect(fulfilmentActionsFor(cod, ['seller'])).toEqual(['ship']);
    expect(fulfilmentActionsFor({ ...cod, status: 'shipped' }, ['seller'])).toEqual(['confirm_cod']);
  });

  it('lets a network’s leader (or an admin) give its part to a member until it ships, and a member ship it once given', () => {
    expect(fulfilmentActionsFor(networkPart, ['leader'])).toEqual(['assign']);
    expect(fulfilmentActionsFor({ ...networkPart, status: 'awaiting_payment' }, ['admin'])).toEqual(['assign']);
    expect(fulfilmentActionsFor({ ...networkPart, assigned: true }, ['leader'])).toEqual(['assign', 'ship']);
    expect(fulfilmentActionsFor({ ...networkPart, assigned: true }, ['seller'])).toEqual(['ship']);
    expect(fulfilmentActionsFor({ ...networkPart, assigned: true, status: 'shipped' }, ['leader'])).toEqual(['deliver']);
    // A shop's own part has no network to route it.
    expect(fulfilmentActionsFor(shopPart, ['leader', 'admin'])).toEqual(['ship']);
  });
});
