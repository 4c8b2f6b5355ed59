import { type Database, platformMemberships, users } from '@bazaarche/db';
import { eq } from 'drizzle-orm';
import { AppError } from '../../errors/app-error.ts';

export type Role = 'buyer' | 'admin';

/** The caller as /v1/me shows them: roles are read from memberships, never stored on the user. */
export async function getProfile(db: Database, userId: string) {
  const [user] = await db.select().from(users).where(eq(users.id, userId));
  if (!user) throw new AppError('invalid_token', { status: 401 });
  const platformRoles = await db.select({ role: platformMemberships.role }).from(platformMemberships).where(eq(platformMemberships.userId, userId));
  const roles: Role[] = ['buyer', ...platformRoles.map((m) => m.role as Role)];
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    locale: user.locale,
    roles,
    producer: null,
    networks: [],
    organizations: [],
  };
}
