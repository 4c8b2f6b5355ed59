import { categories, type Executor, networkMemberCapacities, networkTrades } from '@bazaarche/db';
import { and, asc, eq, inArray } from 'drizzle-orm';

/** The network's trades, by slug. */
export async function networkTradesOf(db: Executor, networkId: string): Promise<Array<{ id: number; slug: string }>> {
  return db
    .select({ id: categories.id, slug: categories.slug })
    .from(networkTrades)
    .innerJoin(categories, eq(categories.id, networkTrades.categoryId))
    .where(eq(networkTrades.networkId, networkId))
    .orderBy(asc(categories.slug));
}

/**
 * The network's trade that work in `categoryId` belongs to: the category itself or its nearest
 * ancestor among the network's trades; null when the network does not trade in it.
 */
async function tradeOf(db: Executor, networkId: string, categoryId: number): Promise<number | null> {
  const [trades, tree] = await Promise.all([
    networkTradesOf(db, networkId),
    db.select({ id: categories.id, parentId: categories.parentId }).from(categories),
  ]);
  const traded = new Set(trades.map((t) => t.id));
  const parentOf = new Map(tree.map((c) => [c.id, c.parentId]));
  for (let id: number | null | undefined = categoryId; id !== null && id !== undefined; id = parentOf.get(id)) {
    if (traded.has(id)) return id;
  }
  return null;
}

/**
 * Each member's units a week for work in `categoryId`: what they declared for its trade, else their
 * default (`capacityPerWeek`), which the caller passes in with the members.
 */
export async function capacitiesFor<M extends { producerId: string; capacityPerWeek: number }>(
  db: Executor,
  networkId: string,
  categoryId: number,
  members: M[],
): Promise<M[]> {
  const trade = await tradeOf(db, networkId, categoryId);
  if (trade === null || members.length === 0) return members;
  const declared = await db
    .select({ producerId: networkMemberCapacities.producerId, capacityPerWeek: networkMemberCapacities.capacityPerWeek })
    .from(networkMemberCapacities)
    .where(and(eq(networkMemberCapacities.networkId, networkId), eq(networkMemberCapacities.categoryId, trade), inArray(networkMemberCapacities.producerId, members.map((m) => m.producerId))));
  const own = new Map(declared.map((d) => [d.producerId, d.capacityPerWeek]));
  return members.map((m) => ({ ...m, capacityPerWeek: own.get(m.producerId) ?? m.capacityPerWeek }));
}

/** Members' capacity in each of the network's trades, by trade slug: declared, else their default. */
export async function capacityByTrade(db: Executor, networkId: string, members: Array<{ producerId: string; capacityPerWeek: number }>): Promise<Map<string, Record<string, number>>> {
  const [trades, declared] = await Promise.all([
    networkTradesOf(db, networkId),
    db.select().from(networkMemberCapacities).where(eq(networkMemberCapacities.networkId, networkId)),
  ]);
  return new Map(
    members.map((m) => [
      m.producerId,
      Object.fromEntries(
        trades.map((t) => [t.slug, declared.find((d) => d.producerId === m.producerId && d.categoryId === t.id)?.capacityPerWeek ?? m.capacityPerWeek]),
      ),
    ]),
  );
}
