import { type Database, organizationMembers, users } from '@bazaarche/db';
import { normalizeEmail, type OrganizationRole } from '@bazaarche/domain';
import { eq } from 'drizzle-orm';
import { AppError } from '../../errors/app-error.ts';
import type { Actor } from '../../plugins/actor.ts';
import { findOrganizationFor, runsOrganization } from './organization-access.ts';
import { presentOrganizationMember } from './present-organization-member.ts';

/** An active admin of the organisation invites a colleague who has an account, by email, in a role. */
export async function inviteOrganizationMember(db: Database, actor: Actor, organizationId: string, input: { email: string; role: OrganizationRole }) {
  return db.transaction(async (tx) => {
    const { membership } = await findOrganizationFor(tx, actor, organizationId);
    if (!runsOrganization(membership)) throw new AppError('forbidden');
    const [invitee] = await tx.select({ id: users.id }).from(users).where(eq(users.email, normalizeEmail(input.email)));
    if (!invitee) throw new AppError('organization_invitee_not_found');
    const [member] = await tx
      .insert(organizationMembers)
      .values({ organizationId, userId: invitee.id, role: input.role, status: 'invited' })
      .onConflictDoNothing()
      .returning();
    if (!member) throw new AppError('organization_member_exists');
    return presentOrganizationMember(tx, member);
  });
}
