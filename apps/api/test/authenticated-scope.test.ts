/**
 * The authenticated scope of app.ts: every operation the OpenAPI document says needs a bearer token
 * answers 401 to a caller without one, before its body is read (a malformed body would otherwise be a
 * 400) and after the rate limit has counted it. A route registered outside the scope by mistake fails
 * here, whether or not it has a row in the authorisation matrix that happens to send a valid body.
 */
import { randomUUID } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './support.ts';

const methods = ['get', 'post', 'put', 'patch', 'delete'] as const;
type Operation = { security?: Record<string, string[]>[] };

describe('the authenticated scope', () => {
  let t: TestApp;
  let secured: { method: (typeof methods)[number]; path: string }[];

  beforeAll(async () => {
    t = await createTestApp();
    const document = (await t.app.inject({ method: 'GET', url: '/docs/json' })).json() as { paths: Record<string, Partial<Record<string, Operation>>> };
    secured = Object.entries(document.paths).flatMap(([path, item]) =>
      methods
        // A requirement list with `{}` in it lets anonymous callers through; every other entry names the bearer.
        .filter((method) => item[method]?.security?.every((requirement) => 'bearer' in requirement))
        .map((method) => ({ method, path })),
    );
  });
  afterAll(() => t?.close());

  it('answers 401 unauthorized, counted by the rate limit, to every bearer operation called without a token, whatever its body', async () => {
    const checked = secured;
    expect(checked.length).toBeGreaterThan(30);
    const answers = await Promise.all(
      checked.map(async ({ method, path }) => {
        const url = path.replace(/\{[^}]+\}/g, () => randomUUID());
        const withBody = method !== 'get' && method !== 'delete';
        const response = await t.app.inject({
          method: method.toUpperCase() as 'GET',
          url,
          ...(withBody && { headers: { 'content-type': 'application/json' }, payload: '{"not json' }),
        });
        const code = response.statusCode >= 400 ? (response.json() as { error?: { code?: string } }).error?.code : undefined;
        return `${method.toUpperCase()} ${path}: ${response.statusCode} ${code} ${response.headers['x-ratelimit-limit'] ? 'counted' : 'not counted'}`;
      }),
    );
    expect(answers).toEqual(checked.map(({ method, path }) => `${method.toUpperCase()} ${path}: 401 unauthorized counted`));
  });

  it('is the only place routes are authenticated: no route file repeats `app.authenticate`', () => {
    const root = new URL('../src/routes/', import.meta.url);
    const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter(
      (file) => file.endsWith('.ts'),
    );
    expect(files.length).toBeGreaterThan(10);
    const repeating = files.filter((file) => /\bapp\.authenticate\b(?!Optional)/.test(readFileSync(new URL(file, root), 'utf8')));
    expect(repeating).toEqual([]);
  });
});
