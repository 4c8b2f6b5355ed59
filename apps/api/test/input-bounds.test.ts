import { randomUUID } from 'node:crypto';
import { bulkOrders, listingImages, listings, networks, orders, payouts, producers, refunds, users } from '@bazaarche/db';
import { calendarDateAt, LIMITS } from '@bazaarche/domain';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createListing,
  createTestApp,
  listingInput,
  publishedListing,
  registerAdmin,
  registerProducer,
  registerUser,
  shippingAddressInput,
  shopInput,
  type TestApp,
} from './support.ts';

type Session = Awaited<ReturnType<typeof registerUser>>;

/** The two kinds of text PostgreSQL cannot store: a NUL, and half of a surrogate pair. */
const unstorable = { nul: 'گلیم\u0000دستباف', surrogate: 'گلیم\ud800دستباف' };

describe(`input bounds on ${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite'}`, () => {
  let t: TestApp;
  let admin: Session;
  let seller: Awaited<ReturnType<typeof registerProducer>>;
  let buyer: Session;
  let listingId: string;
  let imageId: string;
  let networkId: string;

  beforeAll(async () => {
    t = await createTestApp();
    admin = await registerAdmin(t);
    seller = await registerProducer(t, admin);
    buyer = await registerUser(t.app);
    listingId = (await publishedListing(t, seller)).id;
    const network = await t.app.inject({ method: 'POST', url: '/v1/networks', headers: seller.auth, payload: { name: 'شبکهٔ حوله', provinceCode: 'IR-21', trades: ['towels'] } });
    if (network.statusCode !== 201) throw new Error(`network failed: ${network.body}`);
    networkId = network.json().id;
    // An image row to address: the photo pipeline is not what is under test here.
    [{ id: imageId }] = (await t.database.db
      .insert(listingImages)
      .values({ listingId, position: 0, width: 10, height: 10, placeholder: 'x', variants: [] })
      .returning({ id: listingImages.id })) as [{ id: string }];
  });
  afterAll(() => t?.close());

  const count = (table: Parameters<TestApp['database']['db']['$count']>[0]) => () => t.database.db.$count(table);

  /**
   * Every text field family named in the issue, each with the request that carries it, where the bad
   * text goes, and what would have been written had it been accepted.
   */
  const cases: Array<{
    name: string;
    method: 'POST' | 'PATCH' | 'PUT';
    url: () => string;
    auth: () => Session | undefined;
    payload: (bad: string) => unknown;
    field: string;
    /** A field with a stricter format of its own (a slug, a carrier's name) reports that instead. */
    code?: string;
    written: () => Promise<unknown>;
  }> = [
    { name: 'register name', method: 'POST', url: () => '/v1/auth/register', auth: () => undefined, payload: (bad) => ({ email: `n${randomUUID()}@example.com`, password: 'correct horse battery', name: bad }), field: 'name', written: count(users) },
    { name: 'login email', method: 'POST', url: () => '/v1/auth/login', auth: () => undefined, payload: (bad) => ({ email: bad, password: 'correct horse battery' }), field: 'email', written: count(users) },
    { name: 'login password', method: 'POST', url: () => '/v1/auth/login', auth: () => undefined, payload: (bad) => ({ email: buyer.user.email, password: bad }), field: 'password', written: count(users) },
    ...(['recipientName', 'city', 'addressLine', 'postalCode', 'phone'] as const).map((key) => ({
      name: `shipping address ${key}`,
      method: 'POST' as const,
      url: () => '/v1/orders',
      auth: () => buyer,
      payload: (bad: string) => ({ shippingAddress: { ...shippingAddressInput, [key]: bad }, paymentMethod: 'manual', items: [{ listingId, quantity: 1 }] }),
      field: `shippingAddress.${key}`,
      written: count(orders),
    })),
    { name: 'refund reference', method: 'POST', url: () => `/v1/payments/${randomUUID()}/refunds`, auth: () => admin, payload: (bad) => ({ fulfilmentId: randomUUID(), amountMinor: 1, reference: bad, reason: 'duplicate' }), field: 'reference', written: count(refunds) },
    { name: 'payout reference', method: 'POST', url: () => '/v1/admin/payouts', auth: () => admin, payload: (bad) => ({ producerId: seller.producer.id, amountMinor: 1, currency: 'IRR', reference: bad }), field: 'reference', written: count(payouts) },
    ...(['shopName', 'city', 'bio', 'licenseNo'] as const).map((key) => ({
      name: `shop ${key}`,
      method: 'POST' as const,
      url: () => '/v1/producers',
      auth: () => buyer,
      payload: (bad: string) => ({ ...shopInput, [key]: bad }),
      field: key,
      written: count(producers),
    })),
    { name: 'shop trades', method: 'POST', url: () => '/v1/producers', auth: () => buyer, payload: (bad) => ({ ...shopInput, trades: [bad] }), field: 'trades.0', code: 'invalid_format', written: count(producers) },
    { name: 'shop bio, changed', method: 'PATCH', url: () => `/v1/producers/${seller.producer.id}`, auth: () => seller, payload: (bad) => ({ bio: bad }), field: 'bio', written: () => shopRow() },
    { name: 'listing title', method: 'POST', url: () => '/v1/listings', auth: () => seller, payload: (bad) => ({ ...listingInput, title: { fa: bad } }), field: 'title.fa', written: count(listings) },
    { name: 'listing English title', method: 'POST', url: () => '/v1/listings', auth: () => seller, payload: (bad) => ({ ...listingInput, title: { fa: 'حوله', en: bad } }), field: 'title.en', written: count(listings) },
    { name: 'listing description', method: 'POST', url: () => '/v1/listings', auth: () => seller, payload: (bad) => ({ ...listingInput, description: { fa: bad } }), field: 'description.fa', written: count(listings) },
    { name: 'listing description, changed', method: 'PATCH', url: () => `/v1/listings/${listingId}`, auth: () => seller, payload: (bad) => ({ description: { fa: bad } }), field: 'description.fa', written: () => listingRow() },
    {
      name: 'variant attribute',
      method: 'POST',
      url: () => '/v1/listings',
      auth: () => seller,
      payload: (bad) => ({ ...listingInput, stock: undefined, variants: [{ sku: 'A-1', attributes: { colour: bad }, stock: 1 }] }),
      field: 'variants.0.attributes.colour',
      written: count(listings),
    },
    { name: 'image alt text', method: 'PATCH', url: () => `/v1/listings/${listingId}/images/${imageId}`, auth: () => seller, payload: (bad) => ({ alt: { fa: bad } }), field: 'alt.fa', written: () => imageRow() },
    { name: 'network name', method: 'POST', url: () => '/v1/networks', auth: () => seller, payload: (bad) => ({ name: bad, provinceCode: 'IR-21', trades: ['towels'] }), field: 'name', written: count(networks) },
    { name: 'network name, changed', method: 'PATCH', url: () => `/v1/networks/${networkId}`, auth: () => seller, payload: (bad) => ({ name: bad }), field: 'name', written: () => networkRow() },
    ...(['title', 'spec'] as const).map((key) => ({
      name: `bulk-order ${key}`,
      method: 'POST' as const,
      url: () => `/v1/networks/${networkId}/bulk-orders`,
      auth: () => seller,
      payload: (bad: string) => ({ ...bulkOrderInput(), [key]: bad }),
      field: key,
      written: count(bulkOrders),
    })),
    { name: 'shop reject reason', method: 'POST', url: () => `/v1/admin/producers/${seller.producer.id}/reject`, auth: () => admin, payload: (bad) => ({ reason: bad }), field: 'reason', written: () => shopRow() },
    { name: 'listing reject reason', method: 'POST', url: () => `/v1/admin/listings/${listingId}/reject`, auth: () => admin, payload: (bad) => ({ reason: bad }), field: 'reason', written: () => listingRow() },
    { name: 'carrier', method: 'POST', url: () => `/v1/fulfilments/${randomUUID()}/ship`, auth: () => seller, payload: (bad) => ({ carrier: bad, trackingCode: 'RR123' }), field: 'carrier', code: 'control_characters', written: count(orders) },
    { name: 'refresh token', method: 'POST', url: () => '/v1/auth/refresh', auth: () => undefined, payload: (bad) => ({ refreshToken: bad }), field: 'refreshToken', written: count(users) },
  ];

  const shopRow = async () => (await t.database.db.select().from(producers).where(eq(producers.id, seller.producer.id)))[0];
  const listingRow = async () => (await t.database.db.select().from(listings).where(eq(listings.id, listingId)))[0];
  const imageRow = async () => (await t.database.db.select().from(listingImages).where(eq(listingImages.id, imageId)))[0];
  const networkRow = async () => (await t.database.db.select().from(networks).where(eq(networks.id, networkId)))[0];
  const bulkOrderInput = () => ({ title: 'حوله برای بیمارستان', categorySlug: 'towels', quantity: 100, dueDate: calendarDateAt(new Date(Date.now() + 90 * 86_400_000)), unitPriceMinor: 100_000, currency: 'IRR' });

  describe.each(Object.entries(unstorable))('text with a %s', (_kind, bad) => {
    it.each(cases.map((c) => [c.name, c] as const))('%s is 422 naming the field, and nothing is written', async (_name, c) => {
      const before = await c.written();
      const session = c.auth();
      const response = await t.app.inject({ method: c.method, url: c.url(), ...(session && { headers: session.auth }), payload: c.payload(bad) as object });
      expect(response.statusCode, response.body).toBe(422);
      expect(response.json().error.details).toContainEqual(expect.objectContaining({ field: c.field, code: c.code ?? 'invalid_characters' }));
      expect(await c.written()).toEqual(before);
    });
  });

  it('says in Persian and English that the text has characters that cannot be stored', async () => {
    for (const [language, words] of [['fa', 'ذخیره'], ['en', 'cannot be stored']] as const) {
      const response = await t.app.inject({ method: 'POST', url: '/v1/networks', headers: { ...seller.auth, 'accept-language': language }, payload: { name: unstorable.nul, provinceCode: 'IR-21', trades: ['towels'] } });
      expect(response.json().error.details[0]).toMatchObject({ field: 'name', code: 'invalid_characters', message: expect.stringContaining(words) });
    }
  });

  it('refuses a NUL in a multipart alt text with 422 naming the field, and stores no photo', async () => {
    const boundary = '----bazaarche-bounds';
    const body = Buffer.concat([
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="altFa"\r\n\r\n${unstorable.nul}\r\n`),
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="p.jpg"\r\nContent-Type: image/jpeg\r\n\r\nnot really a photo\r\n--${boundary}--\r\n`),
    ]);
    const before = await t.database.db.$count(listingImages);
    const response = await t.app.inject({ method: 'POST', url: `/v1/listings/${listingId}/images`, headers: { ...seller.auth, 'content-type': `multipart/form-data; boundary=${boundary}` }, payload: body });
    expect(response.statusCode, response.body).toBe(422);
    expect(response.json().error.details).toEqual([expect.objectContaining({ field: 'altFa', code: 'invalid_characters' })]);
    expect(await t.database.db.$count(listingImages)).toBe(before);
  });

  it('refuses an empty alt change with 422 naming alt, and leaves the photo as it was', async () => {
    const before = await imageRow();
    const response = await t.app.inject({ method: 'PATCH', url: `/v1/listings/${listingId}/images/${imageId}`, headers: seller.auth, payload: { alt: {} } });
    expect(response.statusCode, response.body).toBe(422);
    expect(response.json().error.details).toEqual([expect.objectContaining({ field: 'alt', code: 'empty_change' })]);
    expect(await imageRow()).toEqual(before);
  });

  describe('amounts and quantities', () => {
    it('refuses a price past the limit, the listing’s or a variant’s, with 422 naming it, and accepts one at the limit', async () => {
      const before = await t.database.db.$count(listings);
      const tooDear = await t.app.inject({ method: 'POST', url: '/v1/listings', headers: seller.auth, payload: { ...listingInput, priceMinor: Number.MAX_SAFE_INTEGER } });
      expect(tooDear.statusCode).toBe(422);
      expect(tooDear.json().error.details).toEqual([expect.objectContaining({ field: 'priceMinor', code: 'too_big' })]);
      const variantTooDear = await t.app.inject({
        method: 'POST',
        url: '/v1/listings',
        headers: seller.auth,
        payload: { ...listingInput, stock: undefined, variants: [{ sku: 'B-1', attributes: { size: 'L' }, stock: 1, priceMinor: LIMITS.unitPriceMinor + 1 }] },
      });
      expect(variantTooDear.statusCode).toBe(422);
      expect(variantTooDear.json().error.details).toEqual([expect.objectContaining({ field: 'variants.0.priceMinor', code: 'too_big' })]);
      const raised = await t.app.inject({ method: 'PATCH', url: `/v1/listings/${listingId}`, headers: seller.auth, payload: { priceMinor: LIMITS.unitPriceMinor + 1 } });
      expect(raised.statusCode).toBe(422);
      expect(await t.database.db.$count(listings)).toBe(before);

      const atLimit = await createListing(t, seller, { priceMinor: LIMITS.unitPriceMinor });
      expect(atLimit.status).toBe('draft');
    });

    it('refuses a bulk order of 10,000,000 units, or priced past the limit, with 422 naming the field', async () => {
      const before = await t.database.db.$count(bulkOrders);
      for (const [field, value] of [['quantity', 10_000_000], ['unitPriceMinor', Number.MAX_SAFE_INTEGER]] as const) {
        const response = await t.app.inject({ method: 'POST', url: `/v1/networks/${networkId}/bulk-orders`, headers: seller.auth, payload: { ...bulkOrderInput(), [field]: value } });
        expect(response.statusCode, response.body).toBe(422);
        expect(response.json().error.details).toEqual([expect.objectContaining({ field, code: 'too_big' })]);
      }
      expect(await t.database.db.$count(bulkOrders)).toBe(before);
    });

    it('refuses a shipping fee past the limit, a shop’s or a network’s', async () => {
      const shop = await t.app.inject({ method: 'PATCH', url: `/v1/producers/${seller.producer.id}`, headers: seller.auth, payload: { shippingFeeMinor: LIMITS.shippingFeeMinor + 1 } });
      expect([shop.statusCode, shop.json().error.details[0].field]).toEqual([422, 'shippingFeeMinor']);
      const network = await t.app.inject({ method: 'PATCH', url: `/v1/networks/${networkId}`, headers: seller.auth, payload: { shipping: { flatFeeMinor: LIMITS.shippingFeeMinor + 1, freeAboveMinor: null } } });
      expect([network.statusCode, network.json().error.details[0].field]).toEqual([422, 'shipping.flatFeeMinor']);
    });

    it('refuses a cart line or order past the line and order limits', async () => {
      const line = await t.app.inject({ method: 'PUT', url: '/v1/cart/items', headers: buyer.auth, payload: { listingId, quantity: LIMITS.lineQuantity + 1 } });
      expect([line.statusCode, line.json().error.details[0].field]).toEqual([422, 'quantity']);
      const items = Array.from({ length: LIMITS.orderLines + 1 }, () => ({ listingId: randomUUID(), quantity: 1 }));
      const order = await t.app.inject({ method: 'POST', url: '/v1/orders', headers: buyer.auth, payload: { shippingAddress: shippingAddressInput, paymentMethod: 'manual', items } });
      expect([order.statusCode, order.json().error.details[0].field]).toEqual([422, 'items']);
    });
  });
});
