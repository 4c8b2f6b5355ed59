import { describe, expect, it } from 'vitest';
import {
  buyerMayCancel,
  fulfilmentActions,
  fulfilmentStatuses,
  nextFulfilmentStatus,
  orderStatusAfterFulfilments,
  type FulfilmentAction,
  type FulfilmentStatus,
} from './fulfilment-status.ts';
import { nextOrderStatus, orderStatuses, type OrderStatus } from './order-status.ts';

/** Every multiset of fulfilment statuses of at most `size` (their order does not matter to the rules). */
function combinations(size: number, from = 0): FulfilmentStatus[][] {
  if (size === 0) return [[]];
  return [[], ...fulfilmentStatuses.slice(from).flatMap((status, i) => combinations(size - 1, from + i).map((rest) => [status, ...rest]))];
}
const upToThree = combinations(3);

describe('nextFulfilmentStatus', () => {
  const table: ReadonlyArray<[FulfilmentStatus, FulfilmentAction, FulfilmentStatus | null]> = [
    ['awaiting_payment', 'pay', 'processing'],
    ['awaiting_payment', 'ship', null],
    ['awaiting_payment', 'deliver', null],
    ['awaiting_payment', 'cancel', 'cancelled'],
    ['processing', 'pay', null],
    ['processing', 'ship', 'shipped'],
    ['processing', 'deliver', null],
    ['processing', 'cancel', 'cancelled'],
    ['shipped', 'pay', null],
    ['shipped', 'ship', null],
    ['shipped', 'deliver', 'delivered'],
    ['shipped', 'cancel', null],
    ['delivered', 'pay', null],
    ['delivered', 'ship', null],
    ['delivered', 'deliver', null],
    ['delivered', 'cancel', null],
    ['cancelled', 'pay', null],
    ['cancelled', 'ship', null],
    ['cancelled', 'deliver', null],
    ['cancelled', 'cancel', null],
  ];

  it.each(table)('%s + %s → %s', (status, action, expected) => {
    expect(nextFulfilmentStatus(status, action)).toBe(expected);
  });

  it('the table covers every status and action exactly once', () => {
    const pairs = table.map(([status, action]) => `${status}/${action}`);
    const all = fulfilmentStatuses.flatMap((status) => fulfilmentActions.map((action) => `${status}/${action}`));
    expect(new Set(pairs).size).toBe(pairs.length);
    expect([...pairs].sort()).toEqual([...all].sort());
  });
});

describe('orderStatusAfterFulfilments', () => {
  // A paid order with every combination of up to two fulfilments.
  const paid: ReadonlyArray<[FulfilmentStatus[], OrderStatus]> = [
    [[], 'paid'],
    [['awaiting_payment'], 'paid'],
    [['processing'], 'paid'],
    [['shipped'], 'paid'],
    [['delivered'], 'completed'],
    [['cancelled'], 'cancelled'],
    [['awaiting_payment', 'awaiting_payment'], 'paid'],
    [['awaiting_payment', 'processing'], 'paid'],
    [['awaiting_payment', 'shipped'], 'paid'],
    [['awaiting_payment', 'delivered'], 'paid'],
    [['awaiting_payment', 'cancelled'], 'paid'],
    [['processing', 'processing'], 'paid'],
    [['processing', 'shipped'], 'paid'],
    [['processing', 'delivered'], 'paid'],
    [['processing', 'cancelled'], 'paid'],
    [['shipped', 'shipped'], 'paid'],
    [['shipped', 'delivered'], 'paid'],
    [['shipped', 'cancelled'], 'paid'],
    [['delivered', 'delivered'], 'completed'],
    [['delivered', 'cancelled'], 'completed'],
    [['cancelled', 'cancelled'], 'cancelled'],
    // Three sellers: one cancelled does not hold the others back, one still on its way does.
    [['delivered', 'cancelled', 'delivered'], 'completed'],
    [['cancelled', 'delivered', 'shipped'], 'paid'],
    [['cancelled', 'cancelled', 'cancelled'], 'cancelled'],
  ];

  it.each(paid)('paid with %j → %s', (fulfilments, expected) => {
    expect(orderStatusAfterFulfilments('paid', fulfilments)).toBe(expected);
  });

  // Cash on delivery moves exactly as a paid order does, staying itself (never becoming paid) until it ends.
  it.each(paid)('cash_on_delivery with %j → the same, cash_on_delivery for paid', (fulfilments, expected) => {
    expect(orderStatusAfterFulfilments('cash_on_delivery', fulfilments)).toBe(expected === 'paid' ? 'cash_on_delivery' : expected);
  });

  it('covers every combination of up to two fulfilments for a paid order', () => {
    const key = (c: readonly FulfilmentStatus[]) => [...c].sort().join(',');
    const listed = new Set(paid.map(([c]) => key(c)));
    expect(combinations(2)).toHaveLength(21);
    for (const c of combinations(2)) expect(listed.has(key(c)), key(c)).toBe(true);
  });

  it('never moves an order that is neither paid nor cash on delivery', () => {
    for (const order of orderStatuses.filter((s) => s !== 'paid' && s !== 'cash_on_delivery')) {
      for (const fulfilments of upToThree) expect(orderStatusAfterFulfilments(order, fulfilments)).toBe(order);
    }
  });

  it('only ever proposes a move the order state machine allows', () => {
    for (const order of orderStatuses) {
      for (const fulfilments of upToThree) {
        const after = orderStatusAfterFulfilments(order, fulfilments);
        if (after === order) continue;
        expect([nextOrderStatus(order, 'complete'), nextOrderStatus(order, 'cancel')]).toContain(after);
      }
    }
  });
});

describe('buyerMayCancel', () => {
  // Every order status against every single fulfilment status.
  const table: ReadonlyArray<[OrderStatus, FulfilmentStatus, boolean]> = [
    ['pending_payment', 'awaiting_payment', true],
    ['pending_payment', 'processing', true],
    ['pending_payment', 'shipped', false],
    ['pending_payment', 'delivered', false],
    ['pending_payment', 'cancelled', true],
    ['paid', 'awaiting_payment', true],
    ['paid', 'processing', true],
    ['paid', 'shipped', false],
    ['paid', 'delivered', false],
    ['paid', 'cancelled', true],
    ['cash_on_delivery', 'awaiting_payment', true],
    ['cash_on_delivery', 'processing', true],
    ['cash_on_delivery', 'shipped', false],
    ['cash_on_delivery', 'delivered', false],
    ['cash_on_delivery', 'cancelled', true],
    ...(['completed', 'cancelled', 'expired'] as const).flatMap((order) => fulfilmentStatuses.map((f): [OrderStatus, FulfilmentStatus, boolean] => [order, f, false])),
  ];

  it.each(table)('%s with a fulfilment %s → %s', (order, fulfilment, expected) => {
    expect(buyerMayCancel(order, [fulfilment])).toBe(expected);
  });

  it('lets a buyer cancel an order before any fulfilment exists only while it is open', () => {
    expect(buyerMayCancel('pending_payment', [])).toBe(true);
    expect(buyerMayCancel('paid', [])).toBe(true);
    expect(buyerMayCancel('cash_on_delivery', [])).toBe(true);
    expect(buyerMayCancel('completed', [])).toBe(false);
  });

  it('refuses once any one seller has shipped, whatever the others did', () => {
    expect(buyerMayCancel('paid', ['processing', 'processing', 'shipped'])).toBe(false);
    expect(buyerMayCancel('paid', ['cancelled', 'delivered'])).toBe(false);
    expect(buyerMayCancel('paid', ['processing', 'cancelled', 'processing'])).toBe(true);
  });

  it('allows exactly what the two state machines can carry out', () => {
    for (const order of orderStatuses) {
      for (const fulfilments of upToThree) {
        const feasible =
          nextOrderStatus(order, 'cancel') !== null && fulfilments.every((f) => f === 'cancelled' || nextFulfilmentStatus(f, 'cancel') !== null);
        expect(buyerMayCancel(order, fulfilments), `${order} ${fulfilments.join(',')}`).toBe(feasible);
      }
    }
  });
});
