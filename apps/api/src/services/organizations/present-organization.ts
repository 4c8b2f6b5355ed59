import { type Executor, organizationMembers, users } from '@bazaarche/db';
import { organizationActionsFor } from '@bazaarche/domain';
import { asc, eq } from 'drizzle-orm';
import type { Actor } from '../../plugins/actor.ts';
import type { Organization, OrganizationMembership } from './organization-access.ts';

export function presentOrganizationSummary(organization: Organization) {
  return {
    id: organization.id,
    name: organization.name,
    kind: organization.kind,
    province: organization.provinceCode,
    status: organization.status,
    rejectionReason: organization.rejectionReason,
    createdAt: organization.createdAt.toISOString(),
  };
}

/** An organisation as its members and platform admins see it: its colleagues, and what the caller may do. */
export async function presentOrganization(db: Executor, organization: Organization, actor: Actor, membership: OrganizationMembership | null) {
  const members = await db
    .select({ userId: organizationMembers.userId, name: users.name, email: users.email, role: organizationMembers.role, status: organizationMembers.status })
    .from(organizationMembers)
    .innerJoin(users, eq(users.id, organizationMembers.userId))
    .where(eq(organizationMembers.organizationId, organization.id))
    .orderBy(asc(organizationMembers.invitedAt), asc(organizationMembers.userId));
  return {
    ...presentOrganizationSummary(organization),
    members: members.map((m) => ({ organizationId: organization.id, ...m })),
    actions: organizationActionsFor(organization, { membership, isAdmin: actor.isAdmin }),
  };
}
