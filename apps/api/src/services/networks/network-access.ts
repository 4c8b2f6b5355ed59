import { type Executor, networkMembers, networks } from '@bazaarche/db';
import { and, eq } from 'drizzle-orm';
import { AppError } from '../../errors/app-error.ts';
import type { Actor } from '../../plugins/actor.ts';

export async function findNetwork(db: Executor, id: string) {
  const [network] = await db.select().from(networks).where(eq(networks.id, id));
  if (!network) throw new AppError('network_not_found');
  return network;
}

/** The network's leader and admins run it. */
export function leads(actor: Actor | null, network: { leaderUserId: string }): boolean {
  return Boolean(actor && (actor.isAdmin || actor.userId === network.leaderUserId));
}

/**
 * A membership, locked for the rest of the transaction, when the caller is that member's shop or leads
 * the network; 404 when the producer is not a member (nor invited), 403 for anyone else.
 */
export async function lockMembership(tx: Executor, actor: Actor, networkId: string, producerId: string) {
  const network = await findNetwork(tx, networkId);
  const where = and(eq(networkMembers.networkId, networkId), eq(networkMembers.producerId, producerId));
  const [member] = await tx.select().from(networkMembers).where(where).for('update');
  if (!member) throw new AppError('network_member_not_found');
  if (!leads(actor, network) && actor.producer?.id !== producerId) throw new AppError('forbidden');
  return { member, where };
}

/**
 * Routing decisions of one network are made one at a time: two payments at once would otherwise both
 * count the same free capacity and give it twice, and a member could be picked while leaving.
 * `no key update` leaves checkouts, which only reference the network, free to go on.
 */
export async function lockNetworkRouting(tx: Executor, networkId: string): Promise<void> {
  await tx.select({ id: networks.id }).from(networks).where(eq(networks.id, networkId)).for('no key update');
}
