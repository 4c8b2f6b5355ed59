import type { Database } from '@bazaarche/db';
import type { Actor } from '../../plugins/actor.ts';
import { findOrganizationFor } from './organization-access.ts';
import { presentOrganization } from './present-organization.ts';

/** An organisation, for its members and platform admins; 404 to anyone else. */
export async function getOrganization(db: Database, actor: Actor, id: string) {
  const { organization, membership } = await findOrganizationFor(db, actor, id);
  return presentOrganization(db, organization, actor, membership);
}
