import { mkdtempSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestApp, registerUser, type TestApp } from './support/api.ts';

let api: TestApp;
let auth: typeof import('../app/lib/auth.server.ts');
let sessions: typeof import('../app/lib/session.server.ts');

beforeAll(async () => {
  api = await createTestApp();
  await api.app.listen({ port: 0, host: '127.0.0.1' });
  vi.stubEnv('API_URL', `http://127.0.0.1:${(api.app.server.address() as AddressInfo).port}`);
  vi.stubEnv('DATA_DIR', mkdtempSync(join(tmpdir(), 'bz-web-session-')));
  // The web's configuration is read when its modules load, so they load after the API is up.
  auth = await import('../app/lib/auth.server.ts');
  sessions = await import('../app/lib/session.server.ts');
});

afterAll(async () => {
  vi.unstubAllEnvs();
  await api?.close();
});

/** A session cookie holding these tokens, with the access token about to expire. */
async function expiringSessionCookie(tokens: { accessToken: string; refreshToken: string }): Promise<string> {
  const session = await sessions.getSession(new Request('http://web.test/'));
  sessions.storeTokens(session, tokens, Date.now());
  session.set('accessExpiresAt', Date.now() + 10_000);
  return cookiePair(await sessions.commitSession(session));
}

const cookiePair = (setCookie: string) => setCookie.split(';')[0]!;
const requestWith = (cookie: string, path = '/') => new Request(`http://web.test${path}`, { headers: { Cookie: cookie } });

describe('session refresh against the real API', () => {
  it('renews an expiring token once for requests that arrive together, so the token family survives', async () => {
    const person = await registerUser(api.app);
    const cookie = await expiringSessionCookie(person);

    // Had any of these spent the old refresh token a second time, the API would have revoked the family and refused it.
    const results = await Promise.all([1, 2, 3].map(() => auth.getAuth(requestWith(cookie))));
    const renewed = results[0]!.tokens!;
    expect(renewed.refreshToken).not.toBe(person.refreshToken);
    for (const result of results) {
      expect(result.tokens).toEqual(renewed);
      expect(result.headers.get('Set-Cookie')).toMatch(/^bazaarche_session=.*HttpOnly.*SameSite=Lax/);
    }

    const renewedCookie = cookiePair(results[0]!.headers.get('Set-Cookie')!);
    const viewer = await auth.getViewer(requestWith(renewedCookie), 'fa');
    expect(viewer.user?.name).toBe('مریم رضایی');
    expect(viewer.headers.has('Set-Cookie')).toBe(false);

    const refreshAgain = await api.app.inject({ method: 'POST', url: '/v1/auth/refresh', payload: { refreshToken: renewed.refreshToken } });
    expect(refreshAgain.statusCode).toBe(200);
  });

  it('ends the session when the API refuses the refresh token', async () => {
    const person = await registerUser(api.app);
    const cookie = await expiringSessionCookie({ accessToken: person.accessToken, refreshToken: 'no-such-refresh-token' });
    const result = await auth.getAuth(requestWith(cookie));
    expect(result.tokens).toBeNull();
    expect(result.headers.get('Set-Cookie')).toMatch(/^bazaarche_session=;.*Expires=Thu, 01 Jan 1970/);
  });

  it('sends a stranger to log in and come back to where they were', async () => {
    const attempt = auth.requireUser(new Request('http://web.test/orders?page=2'), 'en');
    const redirect = await attempt.then(
      () => undefined,
      (thrown: unknown) => thrown,
    );
    expect(redirect).toBeInstanceOf(Response);
    expect((redirect as Response).headers.get('Location')).toBe('/login?redirectTo=%2Forders%3Fpage%3D2');
  });
});
