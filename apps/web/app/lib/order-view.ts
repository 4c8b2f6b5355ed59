import type { ordersMessages } from '../i18n/messages/orders.ts';
import type { KeyOf, Translate } from '../i18n/translator.ts';
import { isolate } from './bidi.ts';
import type { Order, SellerFulfilment, TimelineEvent } from './order-types.ts';

/** The short number a buyer quotes with a bank transfer and a seller looks for: the id's first eight characters. */
export function orderNumber(orderId: string): string {
  return orderId.replace(/-/g, '').slice(0, 8).toUpperCase();
}

/** One step of an order's timeline in words; a step this page does not know yet still reads as an update. */
export function timelineText(event: TimelineEvent, shopOf: (fulfilmentId: string) => string | undefined, t: Translate<KeyOf<typeof ordersMessages>>): string {
  const shop = isolate((event.fulfilmentId && shopOf(event.fulfilmentId)) || '');
  switch (event.type) {
    case 'placed':
      return t('timeline.placed');
    case 'paid':
      return t('timeline.paid');
    case 'shipped': {
      const { carrier, trackingCode } = event.data;
      return carrier && trackingCode
        ? t('timeline.shippedTracking', { shop, carrier: isolate(carrier), code: isolate(trackingCode) })
        : t('timeline.shipped', { shop });
    }
    case 'assigned':
      return t(event.data.rule === 'automatic' ? 'timeline.assignedAutomatically' : 'timeline.assigned', { shop });
    case 'delivered':
      return t('timeline.delivered', { shop });
    case 'completed':
      return t('timeline.completed');
    case 'cancelled':
      return event.fulfilmentId ? t('timeline.fulfilmentCancelled', { shop }) : t('timeline.cancelled');
    case 'expired':
      return t('timeline.expired');
    case 'refunded':
      return t('timeline.refunded');
    default:
      return t('timeline.updated');
  }
}

/**
 * How the caller may mark a parcel arrived, as the API offers it: a cash-on-delivery parcel by
 * recording its cash (`confirm_cod`), any other by the delivered button; null when neither is theirs now.
 */
export function arrivalAction(fulfilment: Pick<SellerFulfilment, 'actions'>): 'collect_cash' | 'deliver' | null {
  if (fulfilment.actions.includes('confirm_cod')) return 'collect_cash';
  return fulfilment.actions.includes('deliver') ? 'deliver' : null;
}

/** Whether the buyer is to pay this order in cash at the door: a cash-on-delivery payment not yet complete. */
export function paysAtDoor(order: Pick<Order, 'status' | 'payment'>): boolean {
  return order.status === 'cash_on_delivery' && order.payment?.provider === 'cod' && order.payment.status === 'pending';
}
