import { type Database, listings, networks } from '@bazaarche/db';
import type { NetworkRouting } from '@bazaarche/domain';
import { eq } from 'drizzle-orm';
import { AppError } from '../../errors/app-error.ts';
import type { Actor } from '../../plugins/actor.ts';
import { enqueueSearchUpdate } from '../search/enqueue-search-update.ts';
import { findNetwork, leads } from './network-access.ts';
import { type NetworkView, presentNetwork } from './present-network.ts';

export interface NetworkSettings {
  name?: string | undefined;
  coordinationFeeBps?: number | undefined;
  routing?: NetworkRouting | undefined;
  shipping?: { flatFeeMinor: number; freeAboveMinor: number | null } | undefined;
}

/**
 * The leader (or an admin) changes how the network works. A new coordination fee applies to what is
 * delivered or checked from now on; what was posted keeps the rate it was posted at.
 */
export async function updateNetwork(db: Database, actor: Actor, networkId: string, settings: NetworkSettings, view: NetworkView) {
  const updated = await db.transaction(async (tx) => {
    const network = await findNetwork(tx, networkId);
    if (!leads(actor, network)) throw new AppError('forbidden');
    const changes = {
      ...(settings.name !== undefined && { name: settings.name }),
      ...(settings.coordinationFeeBps !== undefined && { coordinationFeeBps: settings.coordinationFeeBps }),
      ...(settings.routing !== undefined && { routing: settings.routing }),
      ...(settings.shipping !== undefined && { shippingFeeMinor: settings.shipping.flatFeeMinor, freeShippingAboveMinor: settings.shipping.freeAboveMinor }),
    };
    // An empty change changes nothing; drizzle refuses an UPDATE with nothing to set (a 500 before).
    const [row] = Object.keys(changes).length === 0 ? [network] : await tx.update(networks).set(changes).where(eq(networks.id, networkId)).returning();
    // Its listings are found by its name too.
    if (settings.name !== undefined && settings.name !== network.name) {
      const sold = await tx.select({ id: listings.id }).from(listings).where(eq(listings.networkId, networkId));
      await enqueueSearchUpdate(tx, sold.map((l) => l.id));
    }
    return row!;
  });
  return presentNetwork(db, updated, actor, view);
}
