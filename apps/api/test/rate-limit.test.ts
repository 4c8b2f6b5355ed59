import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './support.ts';

describe('the global rate limit', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ API_RATE_LIMIT: '3' });
  });
  afterAll(() => t?.close());

  const from = (address: string, url: string) => t.app.inject({ method: 'GET', url, headers: { 'x-forwarded-for': address } });

  it('tells every answer, errors included, how many requests the client has left, then answers 429 with Retry-After', async () => {
    const first = await from('198.51.100.20', '/v1/provinces');
    expect(first.statusCode).toBe(200);
    expect(first.headers).toMatchObject({ 'x-ratelimit-limit': '3', 'x-ratelimit-remaining': '2' });
    const reset = Number(first.headers['x-ratelimit-reset']);
    expect(reset).toBeGreaterThan(0);
    expect(reset).toBeLessThanOrEqual(60);

    const missing = await from('198.51.100.20', `/v1/listings/${randomUUID()}`);
    expect(missing.statusCode).toBe(404);
    expect(missing.headers).toMatchObject({ 'x-ratelimit-limit': '3', 'x-ratelimit-remaining': '1' });

    expect((await from('198.51.100.20', '/v1/categories')).statusCode).toBe(200);
    const limited = await from('198.51.100.20', '/v1/provinces');
    expect(limited.statusCode).toBe(429);
    expect(limited.json().error.code).toBe('rate_limited');
    expect(limited.headers).toMatchObject({ 'x-ratelimit-limit': '3', 'x-ratelimit-remaining': '0' });
    const retryAfter = Number(limited.headers['retry-after']);
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(60);

    // Per client: another visitor's count starts afresh.
    expect((await from('198.51.100.21', '/v1/provinces')).statusCode).toBe(200);
  });

  it('leaves the auth routes to their own limit', async () => {
    const login = await t.app.inject({
      method: 'POST',
      url: '/v1/auth/login',
      headers: { 'x-forwarded-for': '198.51.100.22' },
      payload: { email: 'x@example.com', password: 'wrong password' },
    });
    expect(login.statusCode).toBe(401);
    expect(login.headers['x-ratelimit-limit']).toBe('10000');
  });

  it('documents on every operation the headers it sends, the 429 with Retry-After and the generic 500', async () => {
    const document = (await t.app.inject({ method: 'GET', url: '/docs/json' })).json();
    type Operation = { responses: Record<string, { headers?: object; content?: object }> };
    const operations = Object.values(document.paths as Record<string, Record<string, Operation>>).flatMap((item) => Object.values(item));
    expect(operations.length).toBeGreaterThan(60);
    for (const { responses } of operations) {
      for (const response of Object.values(responses)) expect(Object.keys(response.headers ?? {})).toEqual(expect.arrayContaining(['X-RateLimit-Limit', 'X-RateLimit-Remaining', 'X-RateLimit-Reset']));
      expect(Object.keys(responses[429]?.headers ?? {})).toContain('Retry-After');
      expect(responses[500]?.content).toEqual({ 'application/json': { schema: { $ref: '#/components/schemas/Error' } } });
    }
  });
});
