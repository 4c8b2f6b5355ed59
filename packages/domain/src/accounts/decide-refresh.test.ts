import { describe, expect, it } from 'vitest';
import { decideRefresh } from './decide-refresh.ts';
import { normalizeEmail } from './normalize-email.ts';

const now = new Date('2026-11-23T10:00:00Z');
const later = new Date('2026-12-23T10:00:00Z');
const earlier = new Date('2026-11-22T10:00:00Z');

describe('decideRefresh', () => {
  it('rotates a live, unused token of a live family', () => {
    expect(decideRefresh({ expiresAt: later, usedAt: null }, { revokedAt: null }, now)).toEqual({ kind: 'rotate' });
  });
  it('ends the whole family when a spent token comes back', () => {
    expect(decideRefresh({ expiresAt: later, usedAt: earlier }, { revokedAt: null }, now)).toEqual({
      kind: 'revoke_family',
      reason: 'reuse_detected',
    });
  });
  it('refuses unknown, expired and revoked tokens', () => {
    expect(decideRefresh(undefined, undefined, now)).toEqual({ kind: 'reject', reason: 'unknown' });
    expect(decideRefresh({ expiresAt: now, usedAt: null }, { revokedAt: null }, now)).toEqual({ kind: 'reject', reason: 'expired' });
    expect(decideRefresh({ expiresAt: later, usedAt: earlier }, { revokedAt: earlier }, now)).toEqual({
      kind: 'reject',
      reason: 'family_revoked',
    });
  });
});

describe('normalizeEmail', () => {
  it('trims and lower-cases', () => {
    expect(normalizeEmail('  Sara@Example.COM ')).toBe('sara@example.com');
  });
});
