import type { Category } from './catalogue-types.ts';

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

/** A date box's day (yyyy-mm-dd) as the end of that day in Tehran, the moment the API is given. */
export function dueDateOf(day: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return null;
  const due = new Date(`${day}T23:59:59+03:30`);
  return Number.isNaN(due.getTime()) ? null : due.toISOString();
}

/** A share of a whole as a percentage for a bar's width, 0 when there is no whole. */
export function percentOf(part: number, whole: number): number {
  return whole > 0 ? Math.min(100, Math.round((part / whole) * 1000) / 10) : 0;
}

export type NetworkRole = 'leader' | 'member' | 'invited';

export interface MyNetwork {
  id: string;
  name: string;
  role: NetworkRole;
}

/** GET /v1/me's networks with their role narrowed (the API types it as a string); unknown roles are left out. */
export function myNetworks(networks: ReadonlyArray<{ id: string; name: string; role: string }>): MyNetwork[] {
  return networks.flatMap((n) => (n.role === 'leader' || n.role === 'member' || n.role === 'invited' ? [{ id: n.id, name: n.name, role: n.role }] : []));
}
