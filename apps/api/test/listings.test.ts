import { listings } from '@bazaarche/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createListing, createTestApp, listingInput, registerAdmin, registerProducer, registerUser, type TestApp } from './support.ts';

describe(`listings on ${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite'}`, () => {
  let t: TestApp;
  let admin: Awaited<ReturnType<typeof registerAdmin>>;
  let seller: Awaited<ReturnType<typeof registerProducer>>;
  beforeAll(async () => {
    t = await createTestApp();
    admin = await registerAdmin(t);
    seller = await registerProducer(t, admin);
  });
  afterAll(() => t?.close());

  const request = (method: 'GET' | 'POST' | 'PATCH', url: string, auth?: Record<string, string>, payload?: object) =>
    t.app.inject({ method, url, ...(auth && { headers: auth }), ...(payload && { payload }) });

  it('creates a draft with variants, and publishes it for everyone to see', async () => {
    const created = await request('POST', '/v1/listings', seller.auth, {
      ...listingInput,
      stock: undefined,
      variants: [
        { sku: 'TWL-BLUE', attributes: { color: 'آبی' }, stock: 3 },
        { sku: 'TWL-RED', attributes: { color: 'قرمز' }, stock: 0, priceMinor: 5_000_000 },
      ],
    });
    expect(created.statusCode).toBe(201);
    const draft = created.json();
    expect(draft).toMatchObject({
      status: 'draft',
      title: { fa: 'حوله حمام نخی', en: 'Cotton bath towel' },
      description: { en: null },
      category: { slug: 'towels', name: 'حوله‌بافی' },
      priceMinor: 4_500_000,
      currency: 'IRR',
      stock: null,
      madeToOrder: null,
      minOrderQty: 1,
      images: [],
      seller: { id: seller.producer.id, province: { code: 'IR-21' } },
    });
    expect(draft.variants.map((v: { sku: string }) => v.sku)).toEqual(['TWL-BLUE', 'TWL-RED']);
    expect(draft.variants[1].priceMinor).toBe(5_000_000);
    // What a buyer can order now, said by the API so that no storefront works it out: per variant when it has them.
    expect(draft).toMatchObject({ inStock: true, unitsAvailable: null });
    expect(draft.variants.map((v: { unitsAvailable: number | null }) => v.unitsAvailable)).toEqual([3, 0]);

    expect((await request('GET', `/v1/listings/${draft.id}`)).statusCode).toBe(404);
    const published = await request('POST', `/v1/listings/${draft.id}/publish`, seller.auth);
    expect(published.json()).toMatchObject({ status: 'active', publishedAt: expect.any(String) });
    const seen = await request('GET', `/v1/listings/${draft.id}`);
    expect(seen.statusCode).toBe(200);

    const shop = (await request('GET', `/v1/producers/${encodeURIComponent(seller.producer.slug)}`)).json();
    expect(shop.listings).toContainEqual(expect.objectContaining({ id: draft.id, name: 'حوله حمام نخی', inStock: true, cover: null }));
    const inEnglish = await t.app.inject({ method: 'GET', url: `/v1/producers/${encodeURIComponent(seller.producer.slug)}`, headers: { 'accept-language': 'en' } });
    expect(inEnglish.json().listings.find((l: { id: string }) => l.id === draft.id).name).toBe('Cotton bath towel');
  });

  it('walks the state machine and refuses moves it does not have with 409', async () => {
    const { id } = await createListing(t, seller);
    expect((await request('POST', `/v1/listings/${id}/pause`, seller.auth)).statusCode).toBe(409);
    expect((await request('POST', `/v1/listings/${id}/publish`, seller.auth)).json().status).toBe('active');
    expect((await request('POST', `/v1/listings/${id}/pause`, seller.auth)).json().status).toBe('paused');
    expect((await request('GET', `/v1/listings/${id}`)).statusCode).toBe(404);
    expect((await request('POST', `/v1/listings/${id}/publish`, seller.auth)).json().status).toBe('active');
    expect((await request('POST', `/v1/listings/${id}/archive`, seller.auth)).json().status).toBe('archived');
    const revived = await request('POST', `/v1/listings/${id}/publish`, seller.auth);
    expect(revived.statusCode).toBe(409);
    expect(revived.json().error.code).toBe('listing_state_conflict');
    expect((await request('PATCH', `/v1/listings/${id}`, seller.auth, { priceMinor: 1 })).statusCode).toBe(409);
  });

  it('lets a shop under review prepare drafts but not publish them', async () => {
    const pending = await registerProducer(t, admin, { approve: false });
    const { id } = await createListing(t, pending);
    const response = await request('POST', `/v1/listings/${id}/publish`, pending.auth);
    expect(response.statusCode).toBe(409);
    expect(response.json().error.code).toBe('producer_not_approved');
  });

  it('switches between stock and made-to-order on edit, and an admin rejection sends it back to draft', async () => {
    const { id } = await createListing(t, seller);
    const madeToOrder = await request('PATCH', `/v1/listings/${id}`, seller.auth, { madeToOrder: { processingDays: 7 } });
    expect(madeToOrder.json()).toMatchObject({ stock: null, madeToOrder: { processingDays: 7 }, inStock: true, unitsAvailable: null });
    const backToStock = await request('PATCH', `/v1/listings/${id}`, seller.auth, { stock: 2, minOrderQty: 10 });
    expect(backToStock.json()).toMatchObject({ stock: 2, madeToOrder: null, minOrderQty: 10, inStock: true, unitsAvailable: 2 });
    expect((await request('PATCH', `/v1/listings/${id}`, seller.auth, { stock: 0 })).json()).toMatchObject({ inStock: false, unitsAvailable: 0 });

    await request('POST', `/v1/listings/${id}/publish`, seller.auth);
    const rejected = await request('POST', `/v1/admin/listings/${id}/reject`, admin.auth, { reason: 'عکس محصول با عنوان نمی‌خواند' });
    expect(rejected.json()).toMatchObject({ status: 'rejected', rejectionReason: 'عکس محصول با عنوان نمی‌خواند' });
    expect((await request('GET', `/v1/listings/${id}`)).statusCode).toBe(404);
    expect((await request('POST', `/v1/listings/${id}/publish`, seller.auth)).statusCode).toBe(409);
    const edited = await request('PATCH', `/v1/listings/${id}`, seller.auth, { title: { fa: 'حوله حمام نخی دست‌باف' } });
    expect(edited.json().status).toBe('draft');
    expect((await request('POST', `/v1/listings/${id}/reject`, seller.auth, { reason: 'nope' })).statusCode).toBe(404);
    expect((await request('POST', `/v1/admin/listings/${id}/reject`, seller.auth, { reason: 'nope nope' })).statusCode).toBe(403);
  });

  it('refuses bad input with 422 naming the field, and writes nothing', async () => {
    const before = await t.database.db.$count(listings);
    const cases: Array<[object, string]> = [
      [{ priceMinor: -100 }, 'priceMinor'],
      [{ priceMinor: 12.5 }, 'priceMinor'],
      [{ stock: -1 }, 'stock'],
      [{ categorySlug: 'space-travel' }, 'categorySlug'],
      [{ categorySlug: 'textiles' }, 'categorySlug'],
      [{ title: { fa: 'ح'.repeat(10_000) } }, 'title.fa'],
      [{ title: { en: 'No Persian' } }, 'title.fa'],
      [{ currency: 'XYZ' }, 'currency'],
      [{ stock: 3, madeToOrder: { processingDays: 5 } }, 'stock'],
      [{ stock: undefined }, 'stock'],
      [{ madeToOrder: { processingDays: 0 }, stock: undefined }, 'madeToOrder.processingDays'],
      [{ stock: undefined, variants: [{ sku: 'A', attributes: { size: 'L' }, stock: 1 }, { sku: 'A', attributes: { size: 'M' }, stock: 1 }] }, 'variants.1.sku'],
      [{ stock: undefined, variants: [{ sku: 'A', attributes: { size: 'L' } }] }, 'variants'],
      [{ sellerId: 'someone-else' }, 'sellerId'],
    ];
    for (const [overrides, field] of cases) {
      const response = await request('POST', '/v1/listings', seller.auth, { ...listingInput, ...overrides });
      expect(response.statusCode, JSON.stringify(overrides).slice(0, 80)).toBe(422);
      expect(response.json().error.details.map((d: { field: string }) => d.field), JSON.stringify(overrides).slice(0, 80)).toContain(field);
    }
    expect(await t.database.db.$count(listings)).toBe(before);
  });

  it('refuses a price in another currency than the configured one (IRR by default), in the caller\'s language', async () => {
    const before = await t.database.db.$count(listings);
    const create = (locale: string) =>
      t.app.inject({ method: 'POST', url: '/v1/listings', headers: { ...seller.auth, 'accept-language': locale }, payload: { ...listingInput, priceMinor: 4250, currency: 'USD' } });
    const en = await create('en');
    expect(en.statusCode).toBe(422);
    expect(en.json().error.details).toEqual([{ field: 'currency', code: 'wrong_currency', message: 'This marketplace trades in IRR: give the amount in IRR.' }]);
    const fa = await create('fa');
    expect(fa.statusCode).toBe(422);
    expect(fa.json().error.details).toEqual([{ field: 'currency', code: 'wrong_currency', message: expect.stringContaining('IRR') }]);
    expect(await t.database.db.$count(listings)).toBe(before);

    const { id } = await createListing(t, seller);
    const patched = await request('PATCH', `/v1/listings/${id}`, seller.auth, { currency: 'USD' });
    expect(patched.statusCode).toBe(422);
    expect(patched.json().error.details).toEqual([expect.objectContaining({ field: 'currency', code: 'wrong_currency' })]);
  });

  it('keeps other people out: 404 for what they cannot see, 403 for writing what they can', async () => {
    const { id: draftId } = await createListing(t, seller);
    const { id: activeId } = await createListing(t, seller);
    await request('POST', `/v1/listings/${activeId}/publish`, seller.auth);
    const other = await registerProducer(t, admin);
    const buyer = await registerUser(t.app);

    for (const who of [other, buyer]) {
      expect((await request('GET', `/v1/listings/${draftId}`, who.auth)).statusCode).toBe(404);
      expect((await request('PATCH', `/v1/listings/${draftId}`, who.auth, { priceMinor: 1 })).statusCode).toBe(404);
      expect((await request('POST', `/v1/listings/${draftId}/publish`, who.auth)).statusCode).toBe(404);
      expect((await request('PATCH', `/v1/listings/${activeId}`, who.auth, { priceMinor: 1 })).statusCode).toBe(403);
      expect((await request('POST', `/v1/listings/${activeId}/archive`, who.auth)).statusCode).toBe(403);
    }
    const untouched = (await request('GET', `/v1/listings/${activeId}`)).json();
    expect(untouched).toMatchObject({ status: 'active', priceMinor: listingInput.priceMinor });
    expect((await request('GET', `/v1/listings/${draftId}`, admin.auth)).statusCode).toBe(200);
    expect((await request('POST', '/v1/listings', buyer.auth, listingInput)).statusCode).toBe(403);
    expect((await request('GET', '/v1/listings/not-a-uuid')).statusCode).toBe(422);
  });

  it('lists the seller their own listings in every state, and no one else’s', async () => {
    const mine = await registerProducer(t, admin);
    const a = await createListing(t, mine);
    const b = await createListing(t, mine);
    await request('POST', `/v1/listings/${b.id}/publish`, mine.auth);
    const all = (await request('GET', '/v1/seller/listings', mine.auth)).json();
    expect(all.total).toBe(2);
    expect(all.items.map((l: { id: string }) => l.id).sort()).toEqual([a.id, b.id].sort());
    const active = (await request('GET', '/v1/seller/listings?status=active&perPage=1', mine.auth)).json();
    expect(active).toMatchObject({ total: 1, page: 1, perPage: 1, items: [{ id: b.id, status: 'active' }] });
    expect((await request('GET', '/v1/seller/listings', (await registerUser(t.app)).auth)).statusCode).toBe(403);
    expect((await request('GET', '/v1/seller/listings?perPage=500', mine.auth)).statusCode).toBe(422);
  });
});
