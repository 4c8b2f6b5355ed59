import { allocations, bulkOrders, type Database, fulfilments, listings, networkMembers } from '@bazaarche/db';
import { and, count, eq, inArray } from 'drizzle-orm';
import { AppError } from '../../errors/app-error.ts';
import type { Actor } from '../../plugins/actor.ts';
import { enqueueSearchUpdate } from '../search/enqueue-search-update.ts';
import { lockMembership, lockNetworkRouting } from './network-access.ts';

/**
 * A member leaves, or the leader (or an admin) removes them or withdraws an invitation. Refused (409)
 * while they have work in hand for the network: bulk allocations not yet checked, or retail parts given
 * to them and not yet delivered. Their listings sold through the network go back to their shop alone.
 */
export async function removeMember(db: Database, actor: Actor, networkId: string, producerId: string): Promise<void> {
  await db.transaction(async (tx) => {
    // Routing takes the same lock, so no routing decision can pick the member meanwhile.
    await lockNetworkRouting(tx, networkId);
    const { where } = await lockMembership(tx, actor, networkId, producerId);

    const [[bulk], [retail]] = await Promise.all([
      tx
        .select({ n: count() })
        .from(allocations)
        .innerJoin(bulkOrders, eq(bulkOrders.id, allocations.bulkOrderId))
        .where(and(eq(bulkOrders.networkId, networkId), eq(allocations.producerId, producerId), inArray(allocations.status, ['offered', 'accepted', 'delivered']))),
      tx
        .select({ n: count() })
        .from(fulfilments)
        .where(and(eq(fulfilments.networkId, networkId), eq(fulfilments.producerId, producerId), inArray(fulfilments.status, ['awaiting_payment', 'processing', 'shipped']))),
    ]);
    const work = { allocations: bulk?.n ?? 0, fulfilments: retail?.n ?? 0 };
    if (work.allocations > 0 || work.fulfilments > 0) throw new AppError('network_member_busy', { details: work });

    await tx.delete(networkMembers).where(where);
    const listed = await tx
      .update(listings)
      .set({ networkId: null, updatedAt: new Date() })
      .where(and(eq(listings.networkId, networkId), eq(listings.producerId, producerId)))
      .returning({ id: listings.id });
    await enqueueSearchUpdate(tx, listed.map((l) => l.id));
  });
}
