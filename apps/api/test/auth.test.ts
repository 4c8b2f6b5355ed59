import { createHmac } from 'node:crypto';
import { refreshTokenFamilies, users } from '@bazaarche/db';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrUpdateUser } from '../src/services/accounts/create-user.ts';
import { createTestApp, registerUser, type TestApp } from './support.ts';

const SECRET = 'test-secret-that-is-long-enough-for-hs256';

function base64url(value: object | string): string {
  return Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64url');
}

/** A JWT made by hand, so the tests do not trust the library they are testing. */
function handMadeJwt(header: object, payload: object, secret = SECRET): string {
  const unsigned = `${base64url(header)}.${base64url(payload)}`;
  return `${unsigned}.${createHmac('sha256', secret).update(unsigned).digest('base64url')}`;
}

describe(`accounts on ${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite'}`, () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t?.close());

  const post = (url: string, payload: unknown, headers: Record<string, string> = {}) =>
    t.app.inject({ method: 'POST', url, payload: payload as object, headers });
  const me = (token: string) => t.app.inject({ method: 'GET', url: '/v1/me', headers: { authorization: `Bearer ${token}` } });

  describe('register', () => {
    it('creates the account and logs it in', async () => {
      const response = await post('/v1/auth/register', { email: ' Leila@Example.com ', password: 'a long enough pass', name: 'لیلا' });
      expect(response.statusCode).toBe(201);
      const body = response.json();
      expect(body.user).toMatchObject({ email: 'leila@example.com', name: 'لیلا', locale: 'fa' });
      expect(body.expiresIn).toBe(900);
      const profile = await me(body.accessToken);
      expect(profile.statusCode).toBe(200);
      expect(profile.json()).toMatchObject({ id: body.user.id, roles: ['buyer'], producer: null, networks: [], organizations: [] });
    });

    it('refuses a duplicate email, whatever its case, with 409 and writes nothing', async () => {
      const { user } = await registerUser(t.app);
      const families = await t.database.db.$count(refreshTokenFamilies);
      const response = await post('/v1/auth/register', { email: user.email.toUpperCase(), password: 'another password', name: 'X' });
      expect(response.statusCode).toBe(409);
      expect(response.json().error.code).toBe('email_taken');
      expect(await t.database.db.$count(refreshTokenFamilies)).toBe(families);
    });

    it('refuses a short password, a bad email, a missing name and unknown fields with 422 naming each field', async () => {
      const before = await t.database.db.$count(users);
      const response = await post(
        '/v1/auth/register',
        { email: 'not-an-email', password: 'short', isAdmin: true },
        { 'accept-language': 'en' },
      );
      expect(response.statusCode).toBe(422);
      const { error } = response.json();
      expect(error.code).toBe('validation_failed');
      expect(error.message).toBe('Some fields are not valid.');
      const fields = error.details.map((d: { field: string }) => d.field);
      expect(fields).toEqual(expect.arrayContaining(['email', 'password', 'name', 'isAdmin']));
      expect(await t.database.db.$count(users)).toBe(before);
    });

    it('refuses wrong types with 422 in Persian by default', async () => {
      const response = await post('/v1/auth/register', { email: 42, password: ['x'], name: 'N' });
      expect(response.statusCode).toBe(422);
      expect(response.json().error.message).toBe('برخی از فیلدها نامعتبرند.');
      expect(response.json().error.details.map((d: { field: string }) => d.field).sort()).toEqual(['email', 'password']);
    });

    it('answers malformed JSON with 400 and a wrong content type with 415', async () => {
      const malformed = await t.app.inject({
        method: 'POST',
        url: '/v1/auth/register',
        headers: { 'content-type': 'application/json' },
        payload: '{"email": "a@b.c",',
      });
      expect(malformed.statusCode).toBe(400);
      expect(malformed.json().error.code).toBe('malformed_request');
      const wrongType = await t.app.inject({ method: 'POST', url: '/v1/auth/register', headers: { 'content-type': 'text/xml' }, payload: '<a/>' });
      expect(wrongType.statusCode).toBe(415);
      expect(wrongType.json().error.code).toBe('unsupported_media_type');
    });
  });

  describe('login', () => {
    it('logs in with the right password, in any letter case of the email', async () => {
      const { user, password } = await registerUser(t.app);
      const response = await post('/v1/auth/login', { email: user.email.toUpperCase(), password });
      expect(response.statusCode).toBe(200);
      expect(response.json().user.id).toBe(user.id);
    });

    it('gives the same 401 for a wrong password and an unknown email', async () => {
      const { user } = await registerUser(t.app);
      const wrong = await post('/v1/auth/login', { email: user.email, password: 'not the password' });
      const unknown = await post('/v1/auth/login', { email: 'nobody@example.com', password: 'not the password' });
      expect(wrong.statusCode).toBe(401);
      expect(unknown.statusCode).toBe(401);
      expect(wrong.body).toBe(unknown.body);
      expect(wrong.json().error.code).toBe('invalid_credentials');
    });
  });

  describe('access tokens', () => {
    it('are refused when missing, expired, tampered with, signed with another key or with alg none', async () => {
      const { user, accessToken, auth } = await registerUser(t.app);
      expect((await t.app.inject({ method: 'GET', url: '/v1/me', headers: auth })).statusCode).toBe(200);
      const { fid } = JSON.parse(Buffer.from(accessToken.split('.')[1]!, 'base64url').toString());
      const now = Math.floor(Date.now() / 1000);
      const claims = { sub: user.id, fid, iss: 'bazaarche', iat: now };

      const missing = await t.app.inject({ method: 'GET', url: '/v1/me' });
      expect(missing.statusCode).toBe(401);
      expect(missing.json().error.code).toBe('unauthorized');

      const valid = handMadeJwt({ alg: 'HS256', typ: 'JWT' }, { ...claims, exp: now + 60 });
      expect((await me(valid)).statusCode).toBe(200);

      const expired = handMadeJwt({ alg: 'HS256', typ: 'JWT' }, { ...claims, iat: now - 3600, exp: now - 1800 });
      const otherKey = handMadeJwt({ alg: 'HS256', typ: 'JWT' }, { ...claims, exp: now + 60 }, 'another-secret-another-secret-123');
      const none = `${base64url({ alg: 'none', typ: 'JWT' })}.${base64url({ ...claims, exp: now + 60 })}.`;
      const [header, , signature] = accessToken.split('.');
      const tampered = `${header}.${base64url({ ...claims, sub: '00000000-0000-4000-8000-000000000000', exp: now + 60 })}.${signature}`;
      for (const token of [expired, otherKey, none, tampered, 'garbage']) {
        const response = await me(token);
        expect(response.statusCode, token).toBe(401);
        expect(response.json().error.code).toBe('invalid_token');
      }
    });

    it('are refused when correctly signed but without exp or iss, or with a sub or fid that is not a UUID', async () => {
      const { user, accessToken } = await registerUser(t.app);
      const { fid } = JSON.parse(Buffer.from(accessToken.split('.')[1]!, 'base64url').toString());
      const now = Math.floor(Date.now() / 1000);
      const claims = { sub: user.id, fid, iss: 'bazaarche', iat: now, exp: now + 60 };
      const header = { alg: 'HS256', typ: 'JWT' };
      const { exp: _exp, ...noExp } = claims;
      const { iss: _iss, ...noIss } = claims;
      const cases = {
        noExp,
        noIss,
        otherIss: { ...claims, iss: 'someone-else' },
        subNotUuid: { ...claims, sub: 'x' },
        fidNotUuid: { ...claims, fid: '1' },
        subNumber: { ...claims, sub: 1 },
        fidMissing: { ...claims, fid: undefined },
      };
      for (const [name, payload] of Object.entries(cases)) {
        const response = await me(handMadeJwt(header, payload));
        expect([response.statusCode, response.json().error.code], name).toEqual([401, 'invalid_token']);
      }
    });
  });

  describe('refresh', () => {
    it('rotates: the new pair works and the old refresh token is spent', async () => {
      const { refreshToken } = await registerUser(t.app);
      const first = await post('/v1/auth/refresh', { refreshToken });
      expect(first.statusCode).toBe(200);
      const next = first.json();
      expect(next.refreshToken).not.toBe(refreshToken);
      expect((await me(next.accessToken)).statusCode).toBe(200);
      const again = await post('/v1/auth/refresh', { refreshToken: next.refreshToken });
      expect(again.statusCode).toBe(200);
    });

    it('revokes the whole family when a spent token is reused', async () => {
      const { refreshToken } = await registerUser(t.app);
      const rotated = (await post('/v1/auth/refresh', { refreshToken })).json();

      const reuse = await post('/v1/auth/refresh', { refreshToken });
      expect(reuse.statusCode).toBe(401);
      expect(reuse.json().error.code).toBe('refresh_token_reused');

      // The thief's copy and the rightful holder's newer token are both dead now.
      const newer = await post('/v1/auth/refresh', { refreshToken: rotated.refreshToken });
      expect(newer.statusCode).toBe(401);
      expect((await me(rotated.accessToken)).statusCode).toBe(401);
    });

    it('lets only one of two simultaneous refreshes with the same token through', async () => {
      const { refreshToken } = await registerUser(t.app);
      const results = await Promise.all([post('/v1/auth/refresh', { refreshToken }), post('/v1/auth/refresh', { refreshToken })]);
      expect(results.map((r) => r.statusCode).sort()).toEqual([200, 401]);
    });

    it('refuses an unknown token with 401', async () => {
      const response = await post('/v1/auth/refresh', { refreshToken: 'never-issued' });
      expect(response.statusCode).toBe(401);
      expect(response.json().error.code).toBe('invalid_refresh_token');
    });
  });

  describe('logout', () => {
    it('ends the session: its access and refresh tokens stop working, other sessions do not', async () => {
      const session = await registerUser(t.app);
      const other = (await post('/v1/auth/login', { email: session.user.email, password: session.password })).json();
      const response = await t.app.inject({ method: 'POST', url: '/v1/auth/logout', headers: session.auth });
      expect(response.statusCode).toBe(204);
      expect((await me(session.accessToken)).statusCode).toBe(401);
      expect((await post('/v1/auth/refresh', { refreshToken: session.refreshToken })).statusCode).toBe(401);
      expect((await me(other.accessToken)).statusCode).toBe(200);
    });

    it('needs a valid access token', async () => {
      const response = await t.app.inject({ method: 'POST', url: '/v1/auth/logout' });
      expect(response.statusCode).toBe(401);
    });
  });

  describe('roles', () => {
    it('come from platform membership', async () => {
      const { user, password } = await registerUser(t.app);
      await createOrUpdateUser(t.database.db, { email: user.email, password, name: 'Admin', locale: 'fa', admin: true });
      const login = (await post('/v1/auth/login', { email: user.email, password })).json();
      expect((await me(login.accessToken)).json().roles).toEqual(['buyer', 'admin']);
      const [row] = await t.database.db.select().from(users).where(eq(users.id, user.id));
      expect(row).not.toHaveProperty('role');
    });
  });
});

describe('auth rate limit', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ AUTH_RATE_LIMIT: '3' });
  });
  afterAll(() => t?.close());

  it('answers 429 in the contract shape once a client passes the limit, failed logins included', async () => {
    const attempt = () => t.app.inject({ method: 'POST', url: '/v1/auth/login', payload: { email: 'x@example.com', password: 'wrong password' } });
    for (let i = 0; i < 3; i++) expect((await attempt()).statusCode).toBe(401);
    const limited = await attempt();
    expect(limited.statusCode).toBe(429);
    expect(limited.json().error.code).toBe('rate_limited');
    expect(limited.headers['retry-after']).toBeDefined();
  });
});

describe('auth rate limit behind the web app', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ AUTH_RATE_LIMIT: '2' });
  });
  afterAll(() => t?.close());

  const login = (forwardedFor: string, remoteAddress = '127.0.0.1') =>
    t.app.inject({
      method: 'POST',
      url: '/v1/auth/login',
      remoteAddress,
      headers: { 'x-forwarded-for': forwardedFor },
      payload: { email: 'x@example.com', password: 'wrong password' },
    });

  it('counts each visitor the local web app forwards separately', async () => {
    expect((await login('198.51.100.1')).statusCode).toBe(401);
    expect((await login('198.51.100.1')).statusCode).toBe(401);
    expect((await login('198.51.100.1')).statusCode).toBe(429);
    expect((await login('198.51.100.2')).statusCode).toBe(401);
  });

  it('ignores X-Forwarded-For from a peer it does not trust', async () => {
    expect((await login('198.51.100.10', '192.0.2.7')).statusCode).toBe(401);
    expect((await login('198.51.100.11', '192.0.2.7')).statusCode).toBe(401);
    expect((await login('198.51.100.12', '192.0.2.7')).statusCode).toBe(429);
  });
});
