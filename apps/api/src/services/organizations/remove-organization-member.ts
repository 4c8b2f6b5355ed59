import { type Database, organizationMembers } from '@bazaarche/db';
import { and, count, eq, ne } from 'drizzle-orm';
import { AppError } from '../../errors/app-error.ts';
import type { Actor } from '../../plugins/actor.ts';
import { findOrganizationFor, runsOrganization } from './organization-access.ts';

/**
 * A colleague leaves, or an active admin removes them or withdraws their invitation. The last active
 * admin cannot go (409): an organisation nobody runs could never invite anyone again.
 */
export async function removeOrganizationMember(db: Database, actor: Actor, organizationId: string, userId: string): Promise<void> {
  await db.transaction(async (tx) => {
    // The organisation's row is locked, so two admins leaving at once cannot both count the other.
    const { membership } = await findOrganizationFor(tx, actor, organizationId, { lock: true });
    if (actor.userId !== userId && !runsOrganization(membership)) throw new AppError('forbidden');
    const where = and(eq(organizationMembers.organizationId, organizationId), eq(organizationMembers.userId, userId));
    const [member] = await tx.select().from(organizationMembers).where(where);
    if (!member) throw new AppError('organization_member_not_found');
    if (runsOrganization(member)) {
      const [others] = await tx
        .select({ n: count() })
        .from(organizationMembers)
        .where(and(eq(organizationMembers.organizationId, organizationId), ne(organizationMembers.userId, userId), eq(organizationMembers.role, 'admin'), eq(organizationMembers.status, 'active')));
      if ((others?.n ?? 0) === 0) throw new AppError('organization_last_admin');
    }
    await tx.delete(organizationMembers).where(where);
  });
}
