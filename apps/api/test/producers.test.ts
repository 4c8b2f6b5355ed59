import { outbox, producers } from '@bazaarche/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createListing, createTestApp, registerAdmin, registerProducer, registerUser, shopInput, type TestApp } from './support.ts';

describe(`producers on ${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite'}`, () => {
  let t: TestApp;
  let admin: Awaited<ReturnType<typeof registerAdmin>>;
  beforeAll(async () => {
    t = await createTestApp();
    admin = await registerAdmin(t);
  });
  afterAll(() => t?.close());

  const open = (auth: Record<string, string>, payload: object) => t.app.inject({ method: 'POST', url: '/v1/producers', headers: auth, payload });

  it('opens a pending shop with a stable Persian slug and shows it in /v1/me', async () => {
    const owner = await registerUser(t.app);
    const response = await open(owner.auth, { ...shopInput, shopName: 'عسل كوهستان سبلان', trades: ['honey', 'food'], licenseNo: '1402-12345', bio: 'زنبورداری خانوادگی' });
    expect(response.statusCode).toBe(201);
    const shop = response.json();
    expect(shop).toMatchObject({
      slug: 'عسل-کوهستان-سبلان',
      shopName: 'عسل كوهستان سبلان',
      status: 'pending',
      province: { code: 'IR-21', name: 'یزد' },
      trades: expect.arrayContaining([{ slug: 'honey', name: 'عسل' }]),
    });
    const me = (await t.app.inject({ method: 'GET', url: '/v1/me', headers: owner.auth })).json();
    expect(me.roles).toEqual(['buyer', 'producer']);
    expect(me.producer).toEqual({ id: shop.id, slug: shop.slug, shopName: shop.shopName, status: 'pending' });

    const renamed = await t.app.inject({ method: 'PATCH', url: `/v1/producers/${shop.id}`, headers: owner.auth, payload: { shopName: 'عسل سبلان' } });
    expect(renamed.json()).toMatchObject({ shopName: 'عسل سبلان', slug: 'عسل-کوهستان-سبلان' });
  });

  it('gives a second shop of the same name its own slug, and refuses a second shop for one user', async () => {
    const first = await registerProducer(t, admin, { shop: { shopName: 'چرم آرتا' } });
    const second = await registerProducer(t, admin, { shop: { shopName: 'چرم آرتا' } });
    expect(first.producer.slug).toBe('چرم-آرتا');
    expect(second.producer.slug).toBe('چرم-آرتا-2');
    const again = await open(first.auth, shopInput);
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('producer_exists');
  });

  it('gives shops of one name opened at the same moment each their own slug', async () => {
    const owners = await Promise.all(Array.from({ length: 5 }, () => registerUser(t.app)));
    const opened = await Promise.all(owners.map((owner) => open(owner.auth, { ...shopInput, shopName: 'گلیم همزمان' })));
    expect(opened.map((r) => r.statusCode)).toEqual([201, 201, 201, 201, 201]);
    expect(new Set(opened.map((r) => r.json().slug))).toEqual(new Set(['گلیم-همزمان', 'گلیم-همزمان-2', 'گلیم-همزمان-3', 'گلیم-همزمان-4', 'گلیم-همزمان-5']));
  });

  it('refuses unknown trades and provinces with 422 naming the field, and writes nothing', async () => {
    const owner = await registerUser(t.app);
    const before = await t.database.db.$count(producers);
    const trade = await open(owner.auth, { ...shopInput, trades: ['towels', 'space-travel'] });
    expect(trade.statusCode).toBe(422);
    expect(trade.json().error.details).toEqual([{ field: 'trades', code: 'unknown_category', message: 'این رشته وجود ندارد: space-travel' }]);
    const province = await open(owner.auth, { ...shopInput, provinceCode: 'IR-99' });
    expect(province.statusCode).toBe(422);
    expect(province.json().error.details[0].field).toBe('provinceCode');
    const missing = await open(owner.auth, { provinceCode: 'IR-10' });
    expect(missing.json().error.details.map((d: { field: string }) => d.field)).toEqual(expect.arrayContaining(['shopName', 'city', 'trades']));
    expect(await t.database.db.$count(producers)).toBe(before);
  });

  it('lets only admins review shops, and shows a shop publicly only once approved', async () => {
    const owner = await registerProducer(t, admin, { approve: false, shop: { shopName: 'سفال لالجین' } });
    const stranger = await registerUser(t.app);
    const path = `/v1/producers/${encodeURIComponent(owner.producer.slug)}`;

    expect((await t.app.inject({ method: 'GET', url: path })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: path, headers: stranger.auth })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: path, headers: owner.auth })).json().status).toBe('pending');

    const byStranger = await t.app.inject({ method: 'POST', url: `/v1/admin/producers/${owner.producer.id}/approve`, headers: stranger.auth });
    expect(byStranger.statusCode).toBe(403);
    const list = await t.app.inject({ method: 'GET', url: '/v1/admin/producers?status=pending', headers: admin.auth });
    expect(list.json().items.map((p: { id: string }) => p.id)).toContain(owner.producer.id);
    expect(list.json().items.find((p: { id: string }) => p.id === owner.producer.id).owner.email).toBe(owner.user.email);

    const approved = await t.app.inject({ method: 'POST', url: `/v1/admin/producers/${owner.producer.id}/approve`, headers: admin.auth });
    expect(approved.json()).toMatchObject({ status: 'approved', rejectionReason: null });
    expect(approved.json().approvedAt).toEqual(expect.any(String));
    const page = await t.app.inject({ method: 'GET', url: path });
    expect(page.statusCode).toBe(200);
    expect(page.json()).toMatchObject({ shopName: 'سفال لالجین', status: 'approved', licensed: false, listings: [] });
    expect(page.json()).not.toHaveProperty('licenseNo');
    expect((await t.app.inject({ method: 'GET', url: path, headers: owner.auth })).json()).toMatchObject({ licenseNo: null, rejectionReason: null });
  });

  it('tells a rejected producer why, and sends an edited shop back for review', async () => {
    const owner = await registerProducer(t, admin, { approve: false });
    const rejected = await t.app.inject({
      method: 'POST',
      url: `/v1/admin/producers/${owner.producer.id}/reject`,
      headers: admin.auth,
      payload: { reason: 'شماره مجوز معتبر نیست' },
    });
    expect(rejected.json()).toMatchObject({ status: 'rejected', rejectionReason: 'شماره مجوز معتبر نیست' });
    const ownView = await t.app.inject({ method: 'GET', url: `/v1/producers/${encodeURIComponent(owner.producer.slug)}`, headers: owner.auth });
    expect(ownView.json()).toMatchObject({ status: 'rejected', rejectionReason: 'شماره مجوز معتبر نیست' });
    const again = await t.app.inject({ method: 'POST', url: `/v1/admin/producers/${owner.producer.id}/reject`, headers: admin.auth, payload: { reason: 'دوباره' } });
    expect(again.statusCode).toBe(409);
    const edited = await t.app.inject({ method: 'PATCH', url: `/v1/producers/${owner.producer.id}`, headers: owner.auth, payload: { licenseNo: '1403-55555' } });
    expect(edited.json()).toMatchObject({ status: 'pending', rejectionReason: null, licenseNo: '1403-55555' });
    const byOther = await t.app.inject({ method: 'PATCH', url: `/v1/producers/${owner.producer.id}`, headers: admin.auth, payload: { city: 'x' } });
    expect(byOther.statusCode).toBe(404);
  });

  it('takes shipping terms when a shop opens and shows them with the shop, charging nothing by default', async () => {
    const plain = await open((await registerUser(t.app)).auth, shopInput);
    expect(plain.json().shipping).toEqual({ feeMinor: 0, freeAboveMinor: null, currency: 'IRR' });
    const owner = await registerUser(t.app);
    const opened = await open(owner.auth, { ...shopInput, shippingFeeMinor: 250_000, freeShippingAboveMinor: 5_000_000 });
    expect(opened.statusCode).toBe(201);
    expect(opened.json().shipping).toEqual({ feeMinor: 250_000, freeAboveMinor: 5_000_000, currency: 'IRR' });
  });

  it('lets the owner change shipping terms without another review or a search update', async () => {
    const owner = await registerProducer(t, admin);
    const patch = (payload: object) => t.app.inject({ method: 'PATCH', url: `/v1/producers/${owner.producer.id}`, headers: owner.auth, payload });
    await createListing(t, owner);
    const queued = await t.database.db.$count(outbox);

    const changed = await patch({ shippingFeeMinor: 300_000, freeShippingAboveMinor: 10_000_000 });
    expect(changed.statusCode).toBe(200);
    expect(changed.json()).toMatchObject({ status: 'approved', shipping: { feeMinor: 300_000, freeAboveMinor: 10_000_000 } });
    expect((await patch({ freeShippingAboveMinor: null })).json().shipping).toEqual({ feeMinor: 300_000, freeAboveMinor: null, currency: 'IRR' });
    expect((await patch({ shippingFeeMinor: 0 })).json().shipping.feeMinor).toBe(0);
    expect(await t.database.db.$count(outbox)).toBe(queued);
    const page = await t.app.inject({ method: 'GET', url: `/v1/producers/${encodeURIComponent(owner.producer.slug)}` });
    expect(page.json().shipping).toEqual({ feeMinor: 0, freeAboveMinor: null, currency: 'IRR' });

    for (const payload of [{ shippingFeeMinor: -1 }, { shippingFeeMinor: 1.5 }, { shippingFeeMinor: null }, { freeShippingAboveMinor: -5 }, { freeShippingAboveMinor: '100' }]) {
      const refused = await patch(payload);
      expect(refused.statusCode, JSON.stringify(payload)).toBe(422);
      expect(refused.json().error.details[0].field).toBe(Object.keys(payload)[0]);
    }

    const rejected = await registerProducer(t, admin, { approve: false });
    await t.app.inject({ method: 'POST', url: `/v1/admin/producers/${rejected.producer.id}/reject`, headers: admin.auth, payload: { reason: 'مجوز ندارد' } });
    const stillRejected = await t.app.inject({ method: 'PATCH', url: `/v1/producers/${rejected.producer.id}`, headers: rejected.auth, payload: { shippingFeeMinor: 100_000 } });
    expect(stillRejected.json()).toMatchObject({ status: 'rejected', rejectionReason: 'مجوز ندارد', shipping: { feeMinor: 100_000 } });
  });
});
