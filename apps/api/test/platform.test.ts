import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './support.ts';

describe('platform routes', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t?.close());

  it('reports the adapter in use for each port on /health', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/health' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      ok: true,
      db: { adapter: process.env.DATABASE_URL ? 'postgres' : 'pglite', state: 'up' },
      search: { adapter: 'postgres', state: 'up', outbox: { pending: 0, oldestSeconds: 0 } },
      payments: { adapter: 'manual', state: 'up', adapters: ['manual'] },
      storage: { adapter: 'local', state: 'up' },
    });
  });

  it('lists the 31 provinces with names in both languages and the request language', async () => {
    const fa = (await t.app.inject({ method: 'GET', url: '/v1/provinces' })).json();
    expect(fa.items).toHaveLength(31);
    expect(fa.items).toContainEqual({ code: 'IR-10', nameFa: 'اصفهان', nameEn: 'Isfahan', name: 'اصفهان' });
    const en = (await t.app.inject({ method: 'GET', url: '/v1/provinces', headers: { 'accept-language': 'en' } })).json();
    expect(en.items.find((p: { code: string }) => p.code === 'IR-10').name).toBe('Isfahan');
  });

  it('gives the trade tree with slugs', async () => {
    const { items } = (await t.app.inject({ method: 'GET', url: '/v1/categories' })).json();
    const textiles = items.find((c: { slug: string }) => c.slug === 'textiles');
    expect(textiles.children.map((c: { slug: string }) => c.slug)).toEqual(expect.arrayContaining(['towels', 'sewing']));
    const clothing = items.find((c: { slug: string }) => c.slug === 'clothing');
    expect(clothing.children.map((c: { slug: string }) => c.slug)).toEqual(expect.arrayContaining(['work-wear', 'hospital-wear', 'sportswear']));
    expect(items.find((c: { slug: string }) => c.slug === 'food').children[0]).toMatchObject({ slug: 'honey', name: 'عسل', children: [] });
  });

  it('answers an unknown path with 404 in the error shape and the request language', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/v1/nothing-here', headers: { 'accept-language': 'en-GB,en;q=0.8' } });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toEqual({ error: { code: 'not_found', message: 'Not found.' } });
  });

  it('publishes OpenAPI generated from the route schemas', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/docs/json' });
    expect(response.statusCode).toBe(200);
    const doc = response.json();
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/health', '/v1/auth/register', '/v1/auth/login', '/v1/auth/refresh', '/v1/auth/logout', '/v1/me', '/v1/provinces', '/v1/categories']),
    );
    expect(doc.paths['/v1/auth/register'].post.requestBody.content['application/json'].schema.required).toEqual(
      expect.arrayContaining(['email', 'password', 'name']),
    );
    expect(doc.paths['/v1/auth/register'].post.responses).toHaveProperty('422');
    expect((await t.app.inject({ method: 'GET', url: '/docs' })).statusCode).toBeLessThan(400);
  });
});
