import { type Database, organizationMembers } from '@bazaarche/db';
import { nextMembershipStatus } from '@bazaarche/domain';
import { and, eq } from 'drizzle-orm';
import { AppError } from '../../errors/app-error.ts';
import type { Actor } from '../../plugins/actor.ts';
import { findOrganizationFor } from './organization-access.ts';
import { presentOrganizationMember } from './present-organization-member.ts';

/** The invited colleague joins the organisation; a platform admin, who sees it without being invited, is told there is no invitation. */
export async function acceptOrganizationInvitation(db: Database, actor: Actor, organizationId: string) {
  const { membership } = await findOrganizationFor(db, actor, organizationId);
  if (!membership) throw new AppError('organization_invitation_missing');
  const next = nextMembershipStatus(membership.status, 'accept');
  if (!next) throw new AppError('organization_member_exists');
  // Only from the status just read: of two accepts at once, the second finds it changed.
  const [member] = await db
    .update(organizationMembers)
    .set({ status: next, joinedAt: new Date() })
    .where(and(eq(organizationMembers.organizationId, organizationId), eq(organizationMembers.userId, actor.userId), eq(organizationMembers.status, membership.status)))
    .returning();
  if (!member) throw new AppError('organization_member_exists');
  return presentOrganizationMember(db, member);
}
