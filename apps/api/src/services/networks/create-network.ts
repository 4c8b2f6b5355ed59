import { type Database, networkMembers, networks, networkTrades } from '@bazaarche/db';
import { type NetworkRouting, slugify, uniqueSlug } from '@bazaarche/domain';
import { eq } from 'drizzle-orm';
import { AppError } from '../../errors/app-error.ts';
import type { Actor } from '../../plugins/actor.ts';
import { assertProvinceExists, findCategories } from '../catalogue/taxonomy.ts';
import { type NetworkView, presentNetwork } from './present-network.ts';

export interface NetworkInput {
  name: string;
  provinceCode: string;
  trades: string[];
  coordinationFeeBps?: number | undefined;
  routing?: NetworkRouting | undefined;
  /** The founder's own capacity, when they own a shop and so join as a member; 0 unless given. */
  leaderCapacityPerWeek?: number | undefined;
}

function approvedProducer(actor: Actor): string | null {
  return actor.producer?.status === 'approved' ? actor.producer.id : null;
}

/** An approved producer or an admin founds a network and leads it; a founder with a shop is also its first member. */
export async function createNetwork(db: Database, actor: Actor, input: NetworkInput, view: NetworkView) {
  const ownShop = approvedProducer(actor);
  if (!ownShop && !actor.isAdmin) throw new AppError(actor.producer ? 'approved_shop_required' : 'no_shop');
  const created = await db.transaction(async (tx) => {
    await assertProvinceExists(tx, input.provinceCode);
    const trades = await findCategories(tx, input.trades, 'trades');
    for (let attempt = 0; attempt < 5; attempt++) {
      const slug = await uniqueSlug(slugify(input.name), async (candidate) => {
        const [taken] = await tx.select({ id: networks.id }).from(networks).where(eq(networks.slug, candidate));
        return Boolean(taken);
      });
      const [network] = await tx
        .insert(networks)
        .values({
          slug,
          name: input.name,
          provinceCode: input.provinceCode,
          leaderUserId: actor.userId,
          coordinationFeeBps: input.coordinationFeeBps ?? 500,
          routing: input.routing ?? 'manual',
        })
        .onConflictDoNothing()
        .returning();
      if (!network) continue;
      await tx.insert(networkTrades).values(trades.map((t) => ({ networkId: network.id, categoryId: t.id })));
      if (ownShop) {
        await tx
          .insert(networkMembers)
          .values({ networkId: network.id, producerId: ownShop, status: 'active', capacityPerWeek: input.leaderCapacityPerWeek ?? 0, joinedAt: new Date() });
      }
      return network;
    }
    throw new Error('No free network slug after 5 attempts');
  });
  return presentNetwork(db, created, actor, view);
}
