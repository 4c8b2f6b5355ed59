import { describe, expect, it } from 'vitest';
import { bulkOrderActionsFor, bulkOrderEvents, bulkOrderStatuses, nextBulkOrderStatus, type BulkOrderEvent, type BulkOrderStatus } from './bulk-order-status.ts';

describe('nextBulkOrderStatus', () => {
  const table: ReadonlyArray<[BulkOrderStatus, BulkOrderEvent, BulkOrderStatus | null]> = [
    ['open', 'split', 'in_progress'],
    ['open', 'reallocate', null],
    ['open', 'complete', null],
    ['in_progress', 'split', 'in_progress'],
    ['in_progress', 'reallocate', 'in_progress'],
    ['in_progress', 'complete', 'completed'],
    ['completed', 'split', null],
    ['completed', 'reallocate', null],
    ['completed', 'complete', null],
  ];

  it.each(table)('%s + %s → %s', (status, event, expected) => {
    expect(nextBulkOrderStatus(status, event)).toBe(expected);
  });

  it('the table covers every status and event exactly once', () => {
    const pairs = table.map(([status, event]) => `${status}/${event}`);
    const all = bulkOrderStatuses.flatMap((status) => bulkOrderEvents.map((event) => `${status}/${event}`));
    expect(new Set(pairs).size).toBe(pairs.length);
    expect([...pairs].sort()).toEqual([...all].sort());
  });
});

describe('bulkOrderActionsFor', () => {
  it('lets the leader split while units wait to be offered and the order is not completed', () => {
    expect(bulkOrderActionsFor({ status: 'open', unoffered: 1_000 }, { leads: true })).toEqual(['split']);
    expect(bulkOrderActionsFor({ status: 'in_progress', unoffered: 50 }, { leads: true })).toEqual(['split']);
    expect(bulkOrderActionsFor({ status: 'in_progress', unoffered: 0 }, { leads: true })).toEqual([]);
    expect(bulkOrderActionsFor({ status: 'completed', unoffered: 5 }, { leads: true })).toEqual([]);
  });

  it('gives a member nothing to do with the order itself', () => {
    for (const status of bulkOrderStatuses) expect(bulkOrderActionsFor({ status, unoffered: 10 }, { leads: false })).toEqual([]);
  });
});
