/** A big order given to a network: open until first split among members, then in progress until every unit is accepted. */
export const bulkOrderStatuses = ['open', 'in_progress', 'completed'] as const;
export type BulkOrderStatus = (typeof bulkOrderStatuses)[number];

/**
 * `split` offers units not yet offered to anyone (the whole order, then what no member had room for);
 * `reallocate` offers rejected units again; `complete` follows the check that accepts the last unit.
 */
export const bulkOrderEvents = ['split', 'reallocate', 'complete'] as const;
export type BulkOrderEvent = (typeof bulkOrderEvents)[number];

const transitions: Record<BulkOrderEvent, Partial<Record<BulkOrderStatus, BulkOrderStatus>>> = {
  split: { open: 'in_progress', in_progress: 'in_progress' },
  // Units are rejected only after a split, so there is nothing to reallocate in an open order.
  reallocate: { in_progress: 'in_progress' },
  complete: { in_progress: 'completed' },
};

/** The status an event leads to, or null when the order's state does not allow it. */
export function nextBulkOrderStatus(current: BulkOrderStatus, event: BulkOrderEvent): BulkOrderStatus | null {
  return transitions[event][current] ?? null;
}

/**
 * What a caller may do with a bulk order now, named after its POST route. What is done to one
 * allocation of it (a quality check, a reallocation) is in that allocation's actions.
 */
export const bulkOrderActions = ['split'] as const;
export type BulkOrderAction = (typeof bulkOrderActions)[number];

export function bulkOrderActionsFor(
  order: { status: BulkOrderStatus; /** Units no one has been offered yet. */ unoffered: number },
  caller: { /** The caller leads the order's network, or is an admin. */ leads: boolean },
): BulkOrderAction[] {
  return caller.leads && order.unoffered > 0 && nextBulkOrderStatus(order.status, 'split') !== null ? ['split'] : [];
}
