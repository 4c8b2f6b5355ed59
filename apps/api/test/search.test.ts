import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createListing, createTestApp, drainSearchOutbox, registerAdmin, registerProducer, type TestApp } from './support.ts';

describe(`search through the API on ${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite'}`, () => {
  let t: TestApp;
  let admin: Awaited<ReturnType<typeof registerAdmin>>;
  let yazd: Awaited<ReturnType<typeof registerProducer>>;
  let isfahan: Awaited<ReturnType<typeof registerProducer>>;
  const ids: Record<string, string> = {};

  const get = async (url: string, headers: Record<string, string> = {}) => t.app.inject({ method: 'GET', url, headers });
  const publish = (session: { auth: Record<string, string> }, id: string) =>
    t.app.inject({ method: 'POST', url: `/v1/listings/${id}/publish`, headers: session.auth });

  beforeAll(async () => {
    t = await createTestApp();
    admin = await registerAdmin(t);
    yazd = await registerProducer(t, admin, { shop: { shopName: 'حوله‌بافی مهرگان', provinceCode: 'IR-21', trades: ['towels'] } });
    isfahan = await registerProducer(t, admin, { shop: { shopName: 'چرم نقش جهان', provinceCode: 'IR-10', trades: ['leather'] } });
    const make = async (key: string, session: typeof yazd, overrides: Record<string, unknown>) => {
      ids[key] = (await createListing(t, session, overrides)).id;
      await publish(session, ids[key]!);
    };
    await make('bathTowel', yazd, { title: { fa: 'حوله حمام نخی', en: 'Cotton bath towel' }, priceMinor: 4_500_000 });
    await make('beachTowel', yazd, { title: { fa: 'حوله ساحلی راه‌راه' }, priceMinor: 3_000_000, stock: undefined, madeToOrder: { processingDays: 5 } });
    await make('bags', isfahan, {
      title: { fa: 'کیف‌های چرمی دست‌دوز', en: 'Hand-stitched leather bags' },
      description: { fa: 'چرم طبیعی گاوی، دوخت دست با نخ موم‌دار.' },
      categorySlug: 'leather',
      priceMinor: 12_000_000,
    });
    await createListing(t, isfahan, { title: { fa: 'کیف پول پیش‌نویس' }, categorySlug: 'leather' });
  });
  afterAll(() => t?.close());

  it('reports undelivered index updates on /health, and none once the worker has run', async () => {
    expect((await get('/health')).json().search).toMatchObject({ adapter: 'postgres', state: 'up', outbox: { pending: expect.any(Number) } });
    expect((await get('/health')).json().search.outbox.pending).toBeGreaterThan(0);
    await drainSearchOutbox(t);
    expect((await get('/health')).json().search.outbox).toEqual({ pending: 0, oldestSeconds: 0 });
  });

  it('finds listings the way people type Persian, with facets and summaries', async () => {
    for (const q of ['کیف‌ها', 'کیفها', 'کیف ها', 'كيف']) {
      const body = (await get(`/v1/search?q=${encodeURIComponent(q)}`)).json();
      expect(body.items.map((i: { id: string }) => i.id), q).toEqual([ids.bags]);
    }
    const towels = (await get(`/v1/search?q=${encodeURIComponent('حوله')}`)).json();
    expect(towels.total).toBe(2);
    expect(towels.facets).toEqual({ category: { towels: 2, textiles: 2 }, province: { 'IR-21': 2 } });
    expect(towels.items[0]).toMatchObject({ seller: { slug: yazd.producer.slug }, category: { slug: 'towels' } });
    expect(towels.tookMs).toEqual(expect.any(Number));
    const typo = (await get(`/v1/search?q=${encodeURIComponent('حوبه حمام')}`)).json();
    expect(typo.items.map((i: { id: string }) => i.id)).toEqual([ids.bathTowel]);
    const english = (await get('/v1/search?q=leather%20bag', { 'accept-language': 'en' })).json();
    expect(english.items.map((i: { name: string }) => i.name)).toEqual(['Hand-stitched leather bags']);
  });

  it('filters, sorts and pages', async () => {
    const all = (await get('/v1/search?sort=price_asc')).json();
    expect(all.items.map((i: { id: string }) => i.id)).toEqual([ids.beachTowel, ids.bathTowel, ids.bags]);
    expect((await get('/v1/search?province=IR-10')).json().items.map((i: { id: string }) => i.id)).toEqual([ids.bags]);
    expect((await get('/v1/search?category=textiles&madeToOrder=true')).json().items.map((i: { id: string }) => i.id)).toEqual([ids.beachTowel]);
    expect((await get('/v1/search?priceMin=4000000&priceMax=12000000&sort=price_desc')).json().items.map((i: { id: string }) => i.id)).toEqual([
      ids.bags,
      ids.bathTowel,
    ]);
    const page2 = (await get('/v1/search?sort=price_asc&perPage=2&page=2')).json();
    expect(page2).toMatchObject({ total: 3, page: 2, perPage: 2 });
    expect(page2.items.map((i: { id: string }) => i.id)).toEqual([ids.bags]);
  });

  it('shows an edit once the index has it, never a kept answer from before', async () => {
    const towels = `/v1/search?q=${encodeURIComponent('حوله حمام')}`;
    expect((await get(towels)).json().items[0]).toMatchObject({ id: ids.bathTowel, priceMinor: 4_500_000 });
    const edit = await t.app.inject({ method: 'PATCH', url: `/v1/listings/${ids.bathTowel}`, headers: yazd.auth, payload: { priceMinor: 4_800_000 } });
    expect(edit.statusCode).toBe(200);
    await drainSearchOutbox(t);
    expect((await get(towels)).json().items[0]).toMatchObject({ id: ids.bathTowel, priceMinor: 4_800_000 });
    expect((await get('/v1/search?priceMin=4700000&priceMax=4900000')).json().total).toBe(1);
  });

  it('drops a paused listing, and a shop’s listings when the shop is rejected', async () => {
    expect((await get(`/v1/search?q=${encodeURIComponent('ساحلی')}`)).json().items).toHaveLength(1);
    await t.app.inject({ method: 'POST', url: `/v1/listings/${ids.beachTowel}/pause`, headers: yazd.auth });
    // Even before the index hears of it, and though the answer was kept, the API shows only what is public now.
    expect((await get(`/v1/search?q=${encodeURIComponent('ساحلی')}`)).json().items).toEqual([]);
    await drainSearchOutbox(t);
    expect((await get(`/v1/search?q=${encodeURIComponent('ساحلی')}`)).json().total).toBe(0);

    await t.app.inject({ method: 'POST', url: `/v1/admin/producers/${isfahan.producer.id}/reject`, headers: admin.auth, payload: { reason: 'مجوز نامعتبر' } });
    await drainSearchOutbox(t);
    expect((await get('/v1/search?q=leather')).json().total).toBe(0);
  });

  it('suggests titles as you type', async () => {
    const body = (await get(`/v1/search/suggest?q=${encodeURIComponent('حوله ح')}`)).json();
    expect(body.items).toEqual([{ id: ids.bathTowel, title: 'حوله حمام نخی', titleFa: 'حوله حمام نخی', titleEn: 'Cotton bath towel' }]);
  });

  it('answers hostile or oversized input with 422 or a safe result, never a 5xx', async () => {
    for (const url of [
      `/v1/search?q=${'ح'.repeat(5000)}`,
      '/v1/search?perPage=100000',
      '/v1/search?page=-1',
      '/v1/search?sort=cheapest',
      `/v1/search?category=${encodeURIComponent("towels' OR 1=1 --")}`,
      `/v1/search?province=${encodeURIComponent('IR-21" OR provinceCode EXISTS')}`,
      '/v1/search?priceMin=abc',
      '/v1/search?unknown=1',
    ]) {
      expect((await get(url)).statusCode, url).toBe(422);
    }
    for (const q of ["' OR 1=1 --", 'price > 0 AND sellerId = x', '"):* | !(', '%_\\']) {
      const response = await get(`/v1/search?q=${encodeURIComponent(q)}`);
      expect(response.statusCode, q).toBe(200);
    }
  });
});
