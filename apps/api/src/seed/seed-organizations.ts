import { type Database, organizationMembers, users } from '@bazaarche/db';
import { normalizeEmail } from '@bazaarche/domain';
import { eq, inArray } from 'drizzle-orm';
import type { Actor } from '../plugins/actor.ts';
import { createOrganization } from '../services/organizations/create-organization.ts';
import { reviewOrganization } from '../services/organizations/review-organization.ts';
import { demoAccounts } from './demo-accounts.ts';

const DEMO_ADMIN = 'admin@bazaarche.test';

/**
 * The demo organisations (a hospital and a bank in South Khorasan), opened by their admin accounts and
 * approved by the demo platform admin, through the services. An account already in an organisation is
 * left alone, so running it again adds nothing.
 */
export async function seedDemoOrganizations(db: Database, log?: (line: string) => void): Promise<void> {
  const founders = demoAccounts.filter((account) => account.organization);
  const people = await db
    .select({ id: users.id, email: users.email })
    .from(users)
    .where(inArray(users.email, [DEMO_ADMIN, ...founders.map((f) => normalizeEmail(f.email))]));
  const idOf = (email: string) => people.find((p) => p.email === normalizeEmail(email))?.id;
  const adminId = idOf(DEMO_ADMIN);
  if (!adminId) return;
  const reviewer: Actor = { userId: adminId, isAdmin: true, isFinance: true, producer: null };

  for (const founder of founders) {
    const userId = idOf(founder.email);
    if (!userId || (await db.$count(organizationMembers, eq(organizationMembers.userId, userId))) > 0) continue;
    const opened = await createOrganization(db, { userId, isAdmin: false, isFinance: false, producer: null }, founder.organization!);
    await reviewOrganization(db, reviewer, opened.id, { kind: 'approve' });
    log?.(`Demo organisation: ${founder.organization!.name} (${founder.email})`);
  }
}
