/** How long before its expiry an access token is already renewed, so it cannot lapse mid-request. */
export const refreshMarginMs = 30_000;

/**
 * When the access token stops being accepted, in ms since the epoch. The token's own `exp`
 * claim is what the API checks, so it wins; `expiresIn` is the fallback. The web only reads
 * the claim: verifying the signature is the API's job.
 */
export function accessTokenExpiry(accessToken: string, expiresInSeconds: number | undefined, now: number): number {
  const exp = readExpClaim(accessToken);
  if (exp !== undefined) return exp * 1000;
  if (expiresInSeconds !== undefined) return now + expiresInSeconds * 1000;
  return now;
}

export function needsRefresh(accessExpiresAt: number, now: number): boolean {
  return accessExpiresAt - now <= refreshMarginMs;
}

function readExpClaim(jwt: string): number | undefined {
  const payload = jwt.split('.')[1];
  if (!payload) return undefined;
  try {
    const claims: unknown = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    const exp = typeof claims === 'object' && claims !== null ? (claims as { exp?: unknown }).exp : undefined;
    return typeof exp === 'number' && Number.isFinite(exp) ? exp : undefined;
  } catch {
    return undefined;
  }
}
