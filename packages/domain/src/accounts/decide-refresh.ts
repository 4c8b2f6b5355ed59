export interface RefreshTokenState {
  expiresAt: Date;
  usedAt: Date | null;
}

export interface RefreshFamilyState {
  revokedAt: Date | null;
}

export type RefreshDecision =
  | { kind: 'rotate' }
  | { kind: 'reject'; reason: 'unknown' | 'expired' | 'family_revoked' }
  /** A spent token came back: someone holds a copy, so the whole login is ended. */
  | { kind: 'revoke_family'; reason: 'reuse_detected' };

/** What to do with a presented refresh token: rotate it, refuse it, or end its whole family. */
export function decideRefresh(
  token: RefreshTokenState | undefined,
  family: RefreshFamilyState | undefined,
  now: Date,
): RefreshDecision {
  if (!token || !family) return { kind: 'reject', reason: 'unknown' };
  if (family.revokedAt) return { kind: 'reject', reason: 'family_revoked' };
  if (token.usedAt) return { kind: 'revoke_family', reason: 'reuse_detected' };
  if (token.expiresAt.getTime() <= now.getTime()) return { kind: 'reject', reason: 'expired' };
  return { kind: 'rotate' };
}
