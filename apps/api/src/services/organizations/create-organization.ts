import { type Database, organizationMembers, organizations } from '@bazaarche/db';
import type { OrganizationKind } from '@bazaarche/domain';
import type { Actor } from '../../plugins/actor.ts';
import { assertProvinceExists } from '../catalogue/taxonomy.ts';
import { presentOrganization } from './present-organization.ts';

/** Any signed-in user opens an organisation's account: pending until a platform admin approves it, with them as its first admin. */
export async function createOrganization(db: Database, actor: Actor, input: { name: string; kind: OrganizationKind; provinceCode: string }) {
  return db.transaction(async (tx) => {
    await assertProvinceExists(tx, input.provinceCode);
    const [organization] = await tx.insert(organizations).values({ name: input.name, kind: input.kind, provinceCode: input.provinceCode }).returning();
    const membership = { role: 'admin', status: 'active' } as const;
    await tx.insert(organizationMembers).values({ organizationId: organization!.id, userId: actor.userId, ...membership, joinedAt: new Date() });
    return presentOrganization(tx, organization!, actor, membership);
  });
}
