import { describe, expect, it } from 'vitest';
import { ordersMessages } from '../app/i18n/messages/orders.ts';
import { statusMessages } from '../app/i18n/messages/status.ts';
import { translator } from '../app/i18n/translator.ts';
import { arrivalAction, orderNumber, paysAtDoor, timelineText } from '../app/lib/order-view.ts';

describe('an order’s page', () => {
  it('gives an order a short number to quote with a bank transfer', () => {
    expect(orderNumber('0b8f7a52-1c0d-4c35-9d3e-1f1f6a1c2b01')).toBe('0B8F7A52');
  });

  it('tells each step of the timeline, naming the shop and the tracking code of a shipment', () => {
    const t = translator('en', ordersMessages, statusMessages);
    const shopOf = (id: string) => (id === 'f1' ? 'Mehregan Towels' : undefined);
    const shipped = { type: 'shipped', at: '2025-01-02T10:00:00.000Z', fulfilmentId: 'f1', data: { carrier: 'Iran Post', trackingCode: 'IR123' } };
    expect(timelineText(shipped, shopOf, t)).toBe('\u2068Mehregan Towels\u2069 sent their shipment with \u2068Iran Post\u2069; tracking code \u2068IR123\u2069');
    expect(timelineText({ type: 'placed', at: '', fulfilmentId: null, data: {} }, shopOf, t)).toBe('Order placed');
    expect(timelineText({ type: 'cancelled', at: '', fulfilmentId: 'f1', data: {} }, shopOf, t)).toBe('The shipment from \u2068Mehregan Towels\u2069 was cancelled');
    expect(timelineText({ type: 'assigned', at: '', fulfilmentId: 'f1', data: { producerId: 'p1', rule: 'automatic' } }, shopOf, t)).toBe(
      'The shipment from \u2068Mehregan Towels\u2069 was given to a member automatically',
    );
    expect(timelineText({ type: 'assigned', at: '', fulfilmentId: 'f1', data: { producerId: 'p1', rule: 'manual' } }, shopOf, t)).toBe(
      'The shipment from \u2068Mehregan Towels\u2069 was given to a member',
    );
    // A step added to the API later still reads as something that happened.
    expect(timelineText({ type: 'rerouted', at: '', fulfilmentId: null, data: {} }, shopOf, t)).toBe('Order updated');
  });

  it('marks a parcel arrived the way the API offers it: a cash-on-delivery one by its cash, any other by the delivered button', () => {
    expect(arrivalAction({ actions: ['confirm_cod'] })).toBe('collect_cash');
    expect(arrivalAction({ actions: ['deliver'] })).toBe('deliver');
    expect(arrivalAction({ actions: ['ship'] })).toBeNull();
    expect(arrivalAction({ actions: [] })).toBeNull();
  });

  it('asks for cash at the door only while a cash-on-delivery order is still to be paid', () => {
    const payment = (provider: 'manual' | 'cod', status = 'pending') => ({ id: 'p', provider, status, amountMinor: 1, currency: 'IRR' }) as never;
    expect(paysAtDoor({ status: 'cash_on_delivery', payment: payment('cod') })).toBe(true);
    expect(paysAtDoor({ status: 'completed', payment: payment('cod', 'succeeded') })).toBe(false);
    expect(paysAtDoor({ status: 'cancelled', payment: payment('cod', 'cancelled') })).toBe(false);
    expect(paysAtDoor({ status: 'pending_payment', payment: payment('manual') })).toBe(false);
  });

  it('names the cash-on-delivery status in both languages', () => {
    expect(translator('fa', ordersMessages, statusMessages)('orderStatus.cash_on_delivery')).toBe('پرداخت در محل');
    expect(translator('en', ordersMessages, statusMessages)('orderStatus.cash_on_delivery')).toBe('To be paid at the door');
  });
});
