import { type Database, networkMemberCapacities, networkMembers } from '@bazaarche/db';
import { and, eq } from 'drizzle-orm';
import { AppError } from '../../errors/app-error.ts';
import type { Actor } from '../../plugins/actor.ts';
import { lockMembership } from './network-access.ts';
import { presentMembership } from './present-network.ts';
import { networkTradesOf } from './trade-capacity.ts';

export interface CapacityDeclaration {
  /** Units a week in every trade the member declares nothing else for. */
  capacityPerWeek?: number | undefined;
  /** Units a week in one of the network's trades; null goes back to the default. */
  trades?: Array<{ trade: string; capacityPerWeek: number | null }> | undefined;
}

/** A member (or the network's leader for them) declares the units a week the member can make, overall or in each trade. */
export async function declareCapacity(db: Database, actor: Actor, networkId: string, producerId: string, declaration: CapacityDeclaration) {
  return db.transaction(async (tx) => {
    const { member: existing, where } = await lockMembership(tx, actor, networkId, producerId);
    const trades = await networkTradesOf(tx, networkId);
    const declared = (declaration.trades ?? []).map((entry, index) => {
      const trade = trades.find((t) => t.slug === entry.trade);
      if (!trade) throw AppError.invalid({ field: `trades.${index}.trade`, code: 'unknown_category', value: entry.trade });
      return { categoryId: trade.id, capacityPerWeek: entry.capacityPerWeek };
    });
    const member = declaration.capacityPerWeek === undefined ? existing : (await tx.update(networkMembers).set({ capacityPerWeek: declaration.capacityPerWeek }).where(where).returning())[0]!;
    for (const { categoryId, capacityPerWeek } of declared) {
      const key = and(eq(networkMemberCapacities.networkId, networkId), eq(networkMemberCapacities.producerId, producerId), eq(networkMemberCapacities.categoryId, categoryId));
      if (capacityPerWeek === null) await tx.delete(networkMemberCapacities).where(key);
      else {
        await tx
          .insert(networkMemberCapacities)
          .values({ networkId, producerId, categoryId, capacityPerWeek })
          .onConflictDoUpdate({ target: [networkMemberCapacities.networkId, networkMemberCapacities.producerId, networkMemberCapacities.categoryId], set: { capacityPerWeek } });
      }
    }
    return presentMembership(tx, member);
  });
}
