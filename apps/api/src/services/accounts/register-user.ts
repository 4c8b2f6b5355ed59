import { type Database, type User, users } from '@bazaarche/db';
import { normalizeEmail } from '@bazaarche/domain';
import type { Locale } from '@bazaarche/i18n';
import { AppError } from '../../errors/app-error.ts';
import { issueSession, type SessionTokens, type SignAccessToken } from './issue-session.ts';
import { hashPassword } from './passwords.ts';

export interface RegisterUserInput {
  email: string;
  password: string;
  name: string;
  locale: Locale;
}

/** Creates the account and its first session in one transaction: a failure leaves no account behind. */
export async function registerUser(db: Database, input: RegisterUserInput, sign: SignAccessToken): Promise<{ user: User } & SessionTokens> {
  const passwordHash = await hashPassword(input.password);
  return db.transaction(async (tx) => {
    const [user] = await tx
      .insert(users)
      .values({ email: normalizeEmail(input.email), name: input.name.trim(), passwordHash, locale: input.locale })
      .onConflictDoNothing({ target: users.email })
      .returning();
    if (!user) throw new AppError('email_taken');
    return { user, ...(await issueSession(tx, user.id, sign)) };
  });
}
