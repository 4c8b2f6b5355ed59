import { buyerMayCancel, type FulfilmentStatus, nextFulfilmentStatus } from './fulfilment-status.ts';
import { nextOrderStatus, type OrderStatus } from './order-status.ts';
import { nextPaymentStatus, type PaymentStatus } from './payment-status.ts';

/**
 * What the caller is to an order or one of its fulfilments; one person may be several (an admin is
 * finance too). `seller`: the shop that sends a fulfilment (a network's member once given it);
 * `leader`: the leader of the network a fulfilment is sold through.
 */
export type CallerRelation = 'buyer' | 'seller' | 'leader' | 'finance' | 'admin';

/**
 * What a caller may do to an order, each named after its POST route: `cancel` (/orders/:id/cancel),
 * `confirm_payment` (/payments/:id/confirm, a bank transfer), `refund` (/payments/:id/refunds).
 */
export const orderCallerActions = ['cancel', 'confirm_payment', 'refund'] as const;
export type OrderCallerAction = (typeof orderCallerActions)[number];

/**
 * What a caller may do to a fulfilment, each named after its POST route: `assign`, `ship`, `deliver`
 * (/fulfilments/:id/…), and `confirm_cod` (/payments/:id/confirm with the fulfilment: the cash taken
 * at the door, which delivers a cash-on-delivery parcel instead of `deliver`).
 */
export const fulfilmentCallerActions = ['assign', 'ship', 'deliver', 'confirm_cod'] as const;
export type FulfilmentCallerAction = (typeof fulfilmentCallerActions)[number];

/** A network's part may be given to a member, and given again, until it ships. */
export const assignableFulfilmentStatuses: readonly FulfilmentStatus[] = ['awaiting_payment', 'processing'];

export interface OrderState {
  status: OrderStatus;
  /** Every fulfilment of the order, whether or not the caller sees it: cancelling depends on them all. */
  fulfilments: readonly FulfilmentStatus[];
  /** The order's latest payment. */
  payment: { provider: string; status: PaymentStatus } | null;
}

/** The order's actions this caller may take now, by the rules its routes apply; the routes still decide. */
export function orderActionsFor(order: OrderState, relations: readonly CallerRelation[]): OrderCallerAction[] {
  const is = (relation: CallerRelation) => relations.includes(relation);
  const { payment } = order;
  const may: Record<OrderCallerAction, boolean> = {
    cancel: (is('buyer') || is('admin')) && buyerMayCancel(order.status, order.fulfilments),
    // A transfer reaches the platform's account, so only finance says it arrived (decision 018).
    confirm_payment: is('finance') && payment?.provider === 'manual' && nextPaymentStatus(payment.status, 'succeed') !== null && nextOrderStatus(order.status, 'pay') !== null,
    refund: is('admin') && payment !== null && nextPaymentStatus(payment.status, 'refund') !== null,
  };
  return orderCallerActions.filter((action) => may[action]);
}

export interface FulfilmentState {
  status: FulfilmentStatus;
  /** Sold through a network, so its leader gives it to a member. */
  networkPart: boolean;
  /** A shop sends it: always for a shop's own part, for a network's once a member has been given it. */
  assigned: boolean;
  /** The order is paid in cash at the door, which the seller confirms to deliver the parcel. */
  cashOnDelivery: boolean;
}

/** The fulfilment's actions this caller may take now, by the rules its routes apply; the routes still decide. */
export function fulfilmentActionsFor(fulfilment: FulfilmentState, relations: readonly CallerRelation[]): FulfilmentCallerAction[] {
  const is = (relation: CallerRelation) => relations.includes(relation);
  const moves = is('seller') || is('leader') || is('admin');
  const arrives = moves && nextFulfilmentStatus(fulfilment.status, 'deliver') !== null;
  const may: Record<FulfilmentCallerAction, boolean> = {
    assign: (is('leader') || is('admin')) && fulfilment.networkPart && assignableFulfilmentStatuses.includes(fulfilment.status),
    // A network's part is sent by the member who made it: someone has to be given it first.
    ship: moves && fulfilment.assigned && nextFulfilmentStatus(fulfilment.status, 'ship') !== null,
    deliver: arrives && !fulfilment.cashOnDelivery,
    confirm_cod: arrives && fulfilment.cashOnDelivery,
  };
  return fulfilmentCallerActions.filter((action) => may[action]);
}
