import type { Category } from './catalogue-types.ts';
import type { SellerFulfilment } from './order-types.ts';

/** Every trade by slug, sub-trades included, for naming a network's trades. */
export function tradeNames(categories: readonly Category[]): Record<string, string> {
  const names: Record<string, string> = {};
  const walk = (items: readonly Category[]) => {
    for (const item of items) {
      names[item.slug] = item.name;
      walk(item.children);
    }
  };
  walk(categories);
  return names;
}

/** A share of a whole as a percentage for a bar's width, 0 when there is no whole. */
export function percentOf(part: number, whole: number): number {
  return whole > 0 ? Math.min(100, Math.round((part / whole) * 1000) / 10) : 0;
}

type NetworkRole = 'leader' | 'member' | 'invited';

export interface MyNetwork {
  id: string;
  name: string;
  role: NetworkRole;
}

/** GET /v1/me's networks with their role narrowed (the API types it as a string); unknown roles are left out. */
export function myNetworks(networks: ReadonlyArray<{ id: string; name: string; role: string }>): MyNetwork[] {
  return networks.flatMap((n) => (n.role === 'leader' || n.role === 'member' || n.role === 'invited' ? [{ id: n.id, name: n.name, role: n.role }] : []));
}

/**
 * A network's parts still to be made and sent, from the lists its leader is given (the unassigned
 * queue and the parts in hand): each once, those no member has yet first, newest first within each.
 */
export function incomingNetworkParts(lists: ReadonlyArray<readonly SellerFulfilment[]>, networkId: string): SellerFulfilment[] {
  const parts = new Map<string, SellerFulfilment>();
  for (const part of lists.flat()) {
    const open = part.status === 'awaiting_payment' || part.status === 'processing';
    if (open && part.seller.kind === 'network' && part.seller.id === networkId) parts.set(part.id, part);
  }
  const newestFirst = [...parts.values()].sort((a, b) => b.placedAt.localeCompare(a.placedAt));
  return [...newestFirst.filter((part) => !part.assignee), ...newestFirst.filter((part) => part.assignee)];
}

/**
 * The networks a listing may be sold through: those its shop is an active member of (a leader's own
 * shop is one), and the one it already has, kept so saving does not take it out unasked.
 */
export function sellingNetworks(networks: readonly MyNetwork[], current: { id: string; name: string } | null): Array<{ id: string; name: string }> {
  const open = networks.filter((network) => network.role !== 'invited').map(({ id, name }) => ({ id, name }));
  return current && !open.some((network) => network.id === current.id) ? [...open, { id: current.id, name: current.name }] : open;
}
