import { type Database, organizations } from '@bazaarche/db';
import { organizationStatusesAllowing } from '@bazaarche/domain';
import { and, eq, inArray } from 'drizzle-orm';
import { AppError } from '../../errors/app-error.ts';
import type { Actor } from '../../plugins/actor.ts';
import { findOrganizationFor } from './organization-access.ts';
import { presentOrganization } from './present-organization.ts';

export type OrganizationDecision = { kind: 'approve' } | { kind: 'reject'; reason: string };

/** A platform admin approves or rejects an organisation, from the states packages/domain allows (409 otherwise). */
export async function reviewOrganization(db: Database, actor: Actor, organizationId: string, decision: OrganizationDecision) {
  return db.transaction(async (tx) => {
    const [updated] = await tx
      .update(organizations)
      .set(
        decision.kind === 'approve'
          ? { status: 'approved', rejectionReason: null, approvedAt: new Date(), updatedAt: new Date() }
          : { status: 'rejected', rejectionReason: decision.reason, updatedAt: new Date() },
      )
      .where(and(eq(organizations.id, organizationId), inArray(organizations.status, organizationStatusesAllowing(decision.kind))))
      .returning();
    if (!updated) {
      const [exists] = await tx.select({ id: organizations.id }).from(organizations).where(eq(organizations.id, organizationId));
      throw exists ? new AppError('organization_state_conflict') : new AppError('organization_not_found');
    }
    const { membership } = await findOrganizationFor(tx, actor, organizationId);
    return presentOrganization(tx, updated, actor, membership);
  });
}
