import { type Executor, refreshTokenFamilies, refreshTokens } from '@bazaarche/db';
import { ACCESS_TOKEN_TTL_SECONDS } from '../../plugins/auth.ts';
import { createRefreshTokenValue, hashRefreshToken, REFRESH_TOKEN_TTL_MS } from './refresh-token.ts';

export interface SessionTokens {
  accessToken: string;
  refreshToken: string;
  /** Seconds until the access token expires. */
  expiresIn: number;
}

export type SignAccessToken = (userId: string, familyId: string) => string;

/** Starts a new login: a refresh-token family with its first token, and an access token for it. */
export async function issueSession(db: Executor, userId: string, sign: SignAccessToken): Promise<SessionTokens> {
  const [family] = await db.insert(refreshTokenFamilies).values({ userId }).returning({ id: refreshTokenFamilies.id });
  return { ...(await addRefreshToken(db, family!.id, userId, sign)) };
}

/** The next token of a family: written in the caller's transaction, so rotation is all or nothing. */
export async function addRefreshToken(db: Executor, familyId: string, userId: string, sign: SignAccessToken): Promise<SessionTokens> {
  const refreshToken = createRefreshTokenValue();
  await db.insert(refreshTokens).values({
    familyId,
    tokenHash: hashRefreshToken(refreshToken),
    expiresAt: new Date(Date.now() + REFRESH_TOKEN_TTL_MS),
  });
  return { accessToken: sign(userId, familyId), refreshToken, expiresIn: ACCESS_TOKEN_TTL_SECONDS };
}
