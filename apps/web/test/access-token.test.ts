import { describe, expect, it } from 'vitest';
import { accessTokenExpiry, needsRefresh, refreshMarginMs } from '../app/lib/access-token.ts';

function jwtWithClaims(claims: object): string {
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${part({ alg: 'HS256', typ: 'JWT' })}.${part(claims)}.signature`;
}

describe('accessTokenExpiry', () => {
  const now = Date.UTC(2026, 2, 21, 12, 0, 0);

  it('trusts the exp claim, which the API checks', () => {
    const exp = now / 1000 + 900;
    expect(accessTokenExpiry(jwtWithClaims({ sub: 'u1', exp }), 60, now)).toBe(exp * 1000);
  });

  it('falls back to expiresIn, then to "already expired"', () => {
    expect(accessTokenExpiry(jwtWithClaims({ sub: 'u1' }), 900, now)).toBe(now + 900_000);
    expect(accessTokenExpiry('not-a-jwt', undefined, now)).toBe(now);
    expect(accessTokenExpiry('a.%%%.c', undefined, now)).toBe(now);
  });
});

describe('needsRefresh', () => {
  const now = 1_000_000;
  it('renews within the margin and after expiry, not before', () => {
    expect(needsRefresh(now + refreshMarginMs + 1, now)).toBe(false);
    expect(needsRefresh(now + refreshMarginMs, now)).toBe(true);
    expect(needsRefresh(now - 1, now)).toBe(true);
  });
});
