import { type Database, refreshTokenFamilies, refreshTokens } from '@bazaarche/db';
import { and, eq, inArray, isNull } from 'drizzle-orm';
import { hashRefreshToken } from './refresh-token.ts';

/**
 * Logging out ends the session the access token belongs to, and the one a presented refresh token
 * belongs to if that is another of the same user's sessions. Someone else's token is ignored.
 */
export async function revokeSession(db: Database, userId: string, familyId: string, refreshToken?: string): Promise<void> {
  const families = [familyId];
  if (refreshToken) {
    const [row] = await db
      .select({ familyId: refreshTokens.familyId })
      .from(refreshTokens)
      .where(eq(refreshTokens.tokenHash, hashRefreshToken(refreshToken)));
    if (row) families.push(row.familyId);
  }
  await db
    .update(refreshTokenFamilies)
    .set({ revokedAt: new Date(), revokedReason: 'logout' })
    .where(and(inArray(refreshTokenFamilies.id, families), eq(refreshTokenFamilies.userId, userId), isNull(refreshTokenFamilies.revokedAt)));
}
