import { describe, expect, it } from 'vitest';
import { nextOrderStatus, orderClearedToSend, orderActions, orderStatuses, type OrderAction, type OrderStatus } from './order-status.ts';

// Every (status, action) pair, spelt out: a new status or action fails the completeness check below.
const table: ReadonlyArray<[OrderStatus, OrderAction, OrderStatus | null]> = [
  ['pending_payment', 'pay', 'paid'],
  ['pending_payment', 'complete', null],
  ['pending_payment', 'cancel', 'cancelled'],
  ['pending_payment', 'expire', 'expired'],
  ['paid', 'pay', null],
  ['paid', 'complete', 'completed'],
  ['paid', 'cancel', 'cancelled'],
  ['paid', 'expire', null],
  ['cash_on_delivery', 'pay', null],
  ['cash_on_delivery', 'complete', 'completed'],
  ['cash_on_delivery', 'cancel', 'cancelled'],
  ['cash_on_delivery', 'expire', null],
  ['completed', 'pay', null],
  ['completed', 'complete', null],
  ['completed', 'cancel', null],
  ['completed', 'expire', null],
  ['cancelled', 'pay', null],
  ['cancelled', 'complete', null],
  ['cancelled', 'cancel', null],
  ['cancelled', 'expire', null],
  ['expired', 'pay', null],
  ['expired', 'complete', null],
  ['expired', 'cancel', null],
  ['expired', 'expire', null],
];

describe('nextOrderStatus', () => {
  it.each(table)('%s + %s → %s', (status, action, expected) => {
    expect(nextOrderStatus(status, action)).toBe(expected);
  });

  it('the table covers every status and action exactly once', () => {
    const pairs = table.map(([status, action]) => `${status}/${action}`);
    const all = orderStatuses.flatMap((status) => orderActions.map((action) => `${status}/${action}`));
    expect(new Set(pairs).size).toBe(pairs.length);
    expect([...pairs].sort()).toEqual([...all].sort());
  });
});

describe('orderClearedToSend', () => {
  it('lets sellers work on a paid or cash-on-delivery order only', () => {
    expect(orderStatuses.filter(orderClearedToSend)).toEqual(['paid', 'cash_on_delivery']);
  });
});
