import { type Database, type User, users } from '@bazaarche/db';
import { normalizeEmail } from '@bazaarche/domain';
import { eq } from 'drizzle-orm';
import { AppError } from '../../errors/app-error.ts';
import { issueSession, type SessionTokens, type SignAccessToken } from './issue-session.ts';
import { verifyAgainstDecoy, verifyPassword } from './passwords.ts';

/** An unknown email and a wrong password look the same from outside: same status, same time. */
export async function logIn(db: Database, email: string, password: string, sign: SignAccessToken): Promise<{ user: User } & SessionTokens> {
  const [user] = await db.select().from(users).where(eq(users.email, normalizeEmail(email)));
  const valid = user ? await verifyPassword(user.passwordHash, password) : await verifyAgainstDecoy(password);
  if (!user || !valid) throw new AppError('invalid_credentials');
  return { user, ...(await db.transaction((tx) => issueSession(tx, user.id, sign))) };
}
