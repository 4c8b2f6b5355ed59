import { type Executor, type organizationMembers, users } from '@bazaarche/db';
import { eq } from 'drizzle-orm';

/** One membership with the colleague's name and email, as the organisation's page lists them. */
export async function presentOrganizationMember(db: Executor, member: typeof organizationMembers.$inferSelect) {
  const [user] = await db.select({ name: users.name, email: users.email }).from(users).where(eq(users.id, member.userId));
  return { organizationId: member.organizationId, userId: member.userId, name: user!.name, email: user!.email, role: member.role, status: member.status };
}
