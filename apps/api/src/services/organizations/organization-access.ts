import { type Executor, organizationMembers, organizations } from '@bazaarche/db';
import { and, eq } from 'drizzle-orm';
import { AppError } from '../../errors/app-error.ts';
import type { Actor } from '../../plugins/actor.ts';

export type Organization = typeof organizations.$inferSelect;
export type OrganizationMembership = Pick<typeof organizationMembers.$inferSelect, 'role' | 'status'>;

/**
 * The organisation and the caller's membership of it, in one query; `lock` holds the row for the rest
 * of the transaction. Only its members (invited or active) and platform admins may know it exists:
 * anyone else gets 404, as for an id that names nothing.
 */
export async function findOrganizationFor(db: Executor, actor: Actor, id: string, { lock = false } = {}) {
  const query = db
    .select({ organization: organizations, membership: { role: organizationMembers.role, status: organizationMembers.status } })
    .from(organizations)
    .leftJoin(organizationMembers, and(eq(organizationMembers.organizationId, organizations.id), eq(organizationMembers.userId, actor.userId)))
    .where(eq(organizations.id, id));
  const [row] = lock ? await query.for('update', { of: organizations }) : await query;
  if (!row || (!row.membership && !actor.isAdmin)) throw new AppError('organization_not_found');
  return { organization: row.organization, membership: row.membership as OrganizationMembership | null };
}

/** Its active admin members run it; a platform admin reviews it but does not. */
export function runsOrganization(membership: OrganizationMembership | null): boolean {
  return membership?.status === 'active' && membership.role === 'admin';
}
