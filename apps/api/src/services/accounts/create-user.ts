import { type Database, platformMemberships, users } from '@bazaarche/db';
import { normalizeEmail } from '@bazaarche/domain';
import type { Locale } from '@bazaarche/i18n';
import { eq } from 'drizzle-orm';
import { hashPassword } from './passwords.ts';

export interface CreateUserInput {
  email: string;
  password: string;
  name: string;
  locale: Locale;
  admin: boolean;
  /** Platform finance: confirms money arriving at the platform's account. */
  finance?: boolean | undefined;
}

/**
 * For operators (CLI, seed): creates the user, or sets the password and name of an existing one,
 * and grants admin or finance when asked. Running it twice changes nothing more.
 */
export async function createOrUpdateUser(db: Database, input: CreateUserInput): Promise<{ id: string; created: boolean }> {
  const passwordHash = await hashPassword(input.password);
  const email = normalizeEmail(input.email);
  return db.transaction(async (tx) => {
    const [existing] = await tx.select({ id: users.id }).from(users).where(eq(users.email, email));
    const [user] = existing
      ? await tx.update(users).set({ passwordHash, name: input.name, updatedAt: new Date() }).where(eq(users.id, existing.id)).returning({ id: users.id })
      : await tx.insert(users).values({ email, name: input.name, passwordHash, locale: input.locale }).returning({ id: users.id });
    const roles = [...(input.admin ? ['admin'] : []), ...(input.finance ? ['finance'] : [])];
    if (roles.length > 0) await tx.insert(platformMemberships).values(roles.map((role) => ({ userId: user!.id, role }))).onConflictDoNothing();
    return { id: user!.id, created: !existing };
  });
}
