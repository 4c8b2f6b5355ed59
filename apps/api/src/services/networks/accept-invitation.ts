import { type Database, networkMembers } from '@bazaarche/db';
import { nextMembershipStatus } from '@bazaarche/domain';
import { and, eq } from 'drizzle-orm';
import { AppError } from '../../errors/app-error.ts';
import type { Actor } from '../../plugins/actor.ts';
import { findNetwork } from './network-access.ts';
import { presentMembership } from './present-network.ts';

/** The invited producer's owner joins the network. */
export async function acceptInvitation(db: Database, actor: Actor, networkId: string) {
  await findNetwork(db, networkId);
  if (!actor.producer) throw new AppError('network_invitation_missing');
  const where = and(eq(networkMembers.networkId, networkId), eq(networkMembers.producerId, actor.producer.id));
  const [existing] = await db.select().from(networkMembers).where(where);
  if (!existing) throw new AppError('network_invitation_missing');
  const next = nextMembershipStatus(existing.status, 'accept');
  if (!next) throw new AppError('network_member_exists');
  // Only from the status just read: of two accepts at once, the second finds it changed.
  const [member] = await db
    .update(networkMembers)
    .set({ status: next, joinedAt: new Date() })
    .where(and(where, eq(networkMembers.status, existing.status)))
    .returning();
  if (!member) throw new AppError('network_member_exists');
  return presentMembership(db, member);
}
