import { type Database, refreshTokenFamilies, refreshTokens } from '@bazaarche/db';
import { decideRefresh } from '@bazaarche/domain';
import { eq } from 'drizzle-orm';
import { AppError } from '../../errors/app-error.ts';
import { addRefreshToken, type SessionTokens, type SignAccessToken } from './issue-session.ts';
import { hashRefreshToken } from './refresh-token.ts';

/**
 * Spends a refresh token for a new pair. The token row is locked, so two requests racing with the
 * same token cannot both rotate it: the second sees it spent and ends the family.
 */
export async function rotateRefreshToken(db: Database, presented: string, sign: SignAccessToken): Promise<SessionTokens> {
  const outcome = await db.transaction(async (tx) => {
    const [row] = await tx
      .select({ token: refreshTokens, family: refreshTokenFamilies })
      .from(refreshTokens)
      .innerJoin(refreshTokenFamilies, eq(refreshTokenFamilies.id, refreshTokens.familyId))
      .where(eq(refreshTokens.tokenHash, hashRefreshToken(presented)))
      .for('update', { of: refreshTokens });
    const now = new Date();
    const decision = decideRefresh(row?.token, row?.family, now);
    if (decision.kind === 'reject') return decision;
    const { token, family } = row!;
    if (decision.kind === 'revoke_family') {
      await tx.update(refreshTokenFamilies).set({ revokedAt: now, revokedReason: decision.reason }).where(eq(refreshTokenFamilies.id, family.id));
      return decision;
    }
    await tx.update(refreshTokens).set({ usedAt: now }).where(eq(refreshTokens.id, token.id));
    return { kind: 'rotated' as const, tokens: await addRefreshToken(tx, family.id, family.userId, sign) };
  });
  // Thrown after the transaction, so that a detected reuse stays revoked.
  if (outcome.kind === 'revoke_family') throw new AppError('refresh_token_reused');
  if (outcome.kind === 'reject') throw new AppError('invalid_refresh_token');
  return outcome.tokens;
}
