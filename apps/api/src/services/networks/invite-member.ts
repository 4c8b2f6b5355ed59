import { type Database, networkMembers, producers } from '@bazaarche/db';
import { eq } from 'drizzle-orm';
import { AppError } from '../../errors/app-error.ts';
import type { Actor } from '../../plugins/actor.ts';
import { findNetwork, leads } from './network-access.ts';
import { presentMembership } from './present-network.ts';

/** The leader (or an admin) invites an approved producer, with the capacity they will work to. */
export async function inviteMember(db: Database, actor: Actor, networkId: string, input: { producerId: string; capacityPerWeek: number }) {
  return db.transaction(async (tx) => {
    const network = await findNetwork(tx, networkId);
    if (!leads(actor, network)) throw new AppError('forbidden');
    const [producer] = await tx.select({ status: producers.status }).from(producers).where(eq(producers.id, input.producerId));
    if (producer?.status !== 'approved') throw AppError.invalid({ field: 'producerId', code: 'producer_not_eligible', value: input.producerId });
    const [member] = await tx
      .insert(networkMembers)
      .values({ networkId, producerId: input.producerId, capacityPerWeek: input.capacityPerWeek, status: 'invited' })
      .onConflictDoNothing()
      .returning();
    if (!member) throw new AppError('network_member_exists');
    return presentMembership(tx, member);
  });
}
