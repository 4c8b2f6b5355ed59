export interface RefreshTokenState {
  expiresAt: Date;
  usedAt: Date | null;
}

export interface RefreshFamilyState {
  revokedAt: Date | null;
}

/** Why a login (a refresh-token family) was ended: the person signed out, or a spent token came back. */
export const sessionEndReasons = ['logout', 'reuse_detected'] as const;
export type SessionEndReason = (typeof sessionEndReasons)[number];

export type RefreshDecision =
  | { kind: 'rotate' }
  | { kind: 'reject'; reason: 'unknown' | 'expired' | 'family_revoked' }
  /** A spent token came back: someone holds a copy, so the whole login is ended. */
  | { kind: 'revoke_family'; reason: Extract<SessionEndReason, 'reuse_detected'> };

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
