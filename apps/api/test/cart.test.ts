import { cartItems, listings, orders, producers } from '@bazaarche/db';
import { LIMITS } from '@bazaarche/domain';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createListing, createTestApp, publishedListing, registerAdmin, registerProducer, registerUser, shippingAddressInput, type TestApp } from './support.ts';

type Session = Awaited<ReturnType<typeof registerUser>>;
type Seller = Awaited<ReturnType<typeof registerProducer>>;

describe(`cart on ${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite'}`, () => {
  let t: TestApp;
  let admin: Awaited<ReturnType<typeof registerAdmin>>;
  let seller: Seller;
  beforeAll(async () => {
    t = await createTestApp();
    admin = await registerAdmin(t);
    seller = await registerProducer(t, admin);
  });
  afterAll(() => t?.close());

  const inject = (method: 'GET' | 'PUT' | 'DELETE' | 'POST' | 'PATCH', url: string, headers: Record<string, string> = {}, payload?: object) =>
    t.app.inject({ method, url, headers, ...(payload && { payload }) });
  const put = (buyer: Session, payload: object, locale = 'fa') => inject('PUT', '/v1/cart/items', { ...buyer.auth, 'accept-language': locale }, payload);
  const cart = async (buyer: Session, locale = 'fa') => {
    const response = await inject('GET', '/v1/cart', { ...buyer.auth, 'accept-language': locale });
    expect(response.statusCode).toBe(200);
    return response.json();
  };
  const published = (owner: Seller = seller, overrides: Record<string, unknown> = {}) => publishedListing(t, owner, overrides);
  const withVariants = (sku: string) => ({
    stock: undefined,
    variants: [
      { sku: `${sku}-BLUE`, attributes: { color: 'آبی' }, stock: 3 },
      { sku: `${sku}-RED`, attributes: { color: 'قرمز' }, stock: 4, priceMinor: 5_000_000 },
    ],
  });

  it('answers guests with 401', async () => {
    const { id } = await published();
    expect((await inject('GET', '/v1/cart')).statusCode).toBe(401);
    const putting = await inject('PUT', '/v1/cart/items', {}, { listingId: id, quantity: 1 });
    expect(putting.statusCode).toBe(401);
    expect(putting.json().error.code).toBe('unauthorized');
    expect((await inject('DELETE', `/v1/cart/items/${id}`)).statusCode).toBe(401);
  });

  it('starts empty, adds a line, and sets its quantity when the same line is put again', async () => {
    const buyer = await registerUser(t.app);
    expect(await cart(buyer)).toEqual({ items: [], sellers: [], subtotalMinor: 0, shippingMinor: 0, totalMinor: 0, currency: 'IRR', paymentMethods: ['manual'], actions: [] });

    const { id } = await published();
    const added = await put(buyer, { listingId: id, quantity: 2 });
    expect(added.statusCode).toBe(200);
    const first = added.json();
    expect(first.items).toEqual([
      {
        id: expect.any(String),
        listingId: id,
        variantId: null,
        quantity: 2,
        listing: expect.objectContaining({ id, name: 'حوله حمام نخی', priceMinor: 4_500_000, seller: { kind: 'producer', id: seller.producer.id, slug: seller.producer.slug, shopName: expect.any(String) } }),
        variant: null,
        unitPriceMinor: 4_500_000,
        lineTotalMinor: 9_000_000,
        problem: null,
      },
    ]);
    expect(first).toMatchObject({ subtotalMinor: 9_000_000, shippingMinor: 0, totalMinor: 9_000_000, currency: 'IRR', actions: ['checkout'] });
    expect(first.sellers).toEqual([
      { producer: { kind: 'producer', id: seller.producer.id, slug: seller.producer.slug, shopName: expect.any(String) }, subtotalMinor: 9_000_000, shippingMinor: 0, totalMinor: 9_000_000 },
    ]);

    const again = (await put(buyer, { listingId: id, variantId: null, quantity: 3 })).json();
    expect(again.items).toHaveLength(1);
    expect(again.items[0]).toMatchObject({ id: first.items[0].id, quantity: 3, lineTotalMinor: 13_500_000 });
    expect(await cart(buyer)).toEqual(again);
  });

  it('offers cash on delivery only while every seller in the cart accepts it', async () => {
    const buyer = await registerUser(t.app);
    const other = await registerProducer(t, admin);
    const acceptCod = async (owner: Seller, acceptsCod: boolean) =>
      expect((await inject('PATCH', `/v1/producers/${owner.producer.id}`, owner.auth, { acceptsCod })).statusCode).toBe(200);
    const mine = await published(seller);
    const theirs = await published(other);
    await acceptCod(seller, true);
    // An empty cart cannot be paid at the door: there is no one to pay.
    expect((await cart(buyer)).paymentMethods).toEqual(['manual']);
    expect((await put(buyer, { listingId: mine.id, quantity: 1 })).json().paymentMethods).toEqual(['manual', 'cod']);
    // A second shop that does not take cash takes the choice away for the whole cart.
    expect((await put(buyer, { listingId: theirs.id, quantity: 1 })).json().paymentMethods).toEqual(['manual']);
    await acceptCod(other, true);
    expect((await cart(buyer)).paymentMethods).toEqual(['manual', 'cod']);
    await acceptCod(seller, false);
    expect((await cart(buyer)).paymentMethods).toEqual(['manual']);
  });

  it('refuses a line of the buyer’s own shop with 409 own_listing, in both languages, and writes nothing', async () => {
    const { id } = await published();
    for (const [locale, text] of [['fa', 'غرفهٔ خودتان'], ['en', 'your own shop']] as const) {
      const response = await put(seller, { listingId: id, quantity: 1 }, locale);
      expect([response.statusCode, response.json().error.code]).toEqual([409, 'own_listing']);
      expect(response.json().error.message).toContain(text);
    }
    expect(await t.database.db.$count(cartItems, eq(cartItems.userId, seller.user.id))).toBe(0);
    expect((await put(await registerUser(t.app), { listingId: id, quantity: 1 })).statusCode).toBe(200);
  });

  it('refuses a quantity that is not a whole number from 1 to 10000 with 422, and writes nothing', async () => {
    const buyer = await registerUser(t.app);
    const { id } = await published();
    for (const quantity of [-1, 0, 1.5, 10_001, '2', null]) {
      const response = await put(buyer, { listingId: id, quantity });
      expect(response.statusCode, `quantity ${quantity}`).toBe(422);
      expect(response.json().error.details[0].field).toBe('quantity');
    }
    expect((await put(buyer, { listingId: 'not-a-uuid', quantity: 1 })).statusCode).toBe(422);
    expect((await cart(buyer)).items).toEqual([]);
  });

  it('hides listings nobody may buy behind 404, and says a paused one is not for sale', async () => {
    const buyer = await registerUser(t.app);
    const draft = await createListing(t, seller);
    const hidden = await put(buyer, { listingId: draft.id, quantity: 1 });
    expect(hidden.statusCode).toBe(404);
    expect(hidden.json().error.code).toBe('listing_not_found');
    expect((await put(buyer, { listingId: '00000000-0000-4000-8000-000000000000', quantity: 1 })).statusCode).toBe(404);
    const pending = await registerProducer(t, admin, { approve: false });
    const unapproved = await createListing(t, pending);
    expect((await put(buyer, { listingId: unapproved.id, quantity: 1 })).statusCode).toBe(404);

    const { id } = await published();
    expect((await inject('POST', `/v1/listings/${id}/pause`, seller.auth)).statusCode).toBe(200);
    const paused = await put(buyer, { listingId: id, quantity: 1 }, 'en');
    expect(paused.statusCode).toBe(409);
    expect(paused.json().error).toEqual({ code: 'listing_not_available', message: 'This listing is not for sale right now.' });
    expect((await cart(buyer)).items).toEqual([]);
  });

  it('shows a line whose listing was paused after it was added, and leaves it out of the totals', async () => {
    const buyer = await registerUser(t.app);
    const { id } = await published();
    expect((await put(buyer, { listingId: id, quantity: 1 })).statusCode).toBe(200);
    await inject('POST', `/v1/listings/${id}/pause`, seller.auth);

    const fa = await cart(buyer);
    expect(fa.items[0].problem).toEqual({ code: 'not_available', message: 'این محصول اکنون فروخته نمی‌شود.' });
    // Checkout would refuse it, so the cart does not offer it.
    expect(fa.actions).toEqual([]);
    expect(fa).toMatchObject({ subtotalMinor: 0, shippingMinor: 0, totalMinor: 0 });
    expect(fa.sellers).toEqual([expect.objectContaining({ subtotalMinor: 0, shippingMinor: 0, totalMinor: 0 })]);
    expect((await cart(buyer, 'en')).items[0].problem).toEqual({ code: 'not_available', message: 'This listing is not for sale right now.' });

    await inject('POST', `/v1/listings/${id}/publish`, seller.auth);
    expect((await cart(buyer)).items[0].problem).toBeNull();
  });

  it('shows a price changed since the line was added, with both prices, and counts the new one', async () => {
    const buyer = await registerUser(t.app);
    const { id } = await published();
    await put(buyer, { listingId: id, quantity: 2 });
    expect((await inject('PATCH', `/v1/listings/${id}`, seller.auth, { priceMinor: 5_000_000 })).statusCode).toBe(200);

    const changed = await cart(buyer, 'en');
    expect(changed.items[0]).toMatchObject({
      unitPriceMinor: 5_000_000,
      lineTotalMinor: 10_000_000,
      problem: {
        code: 'price_changed',
        previousPriceMinor: 4_500_000,
        currentPriceMinor: 5_000_000,
        message: 'The price of this listing changed from 450,000 toman to 500,000 toman.',
      },
    });
    // A new price is only to be seen: the line still counts, but checkout waits until it has been seen.
    expect(changed).toMatchObject({ subtotalMinor: 10_000_000, totalMinor: 10_000_000, actions: [] });
    expect((await cart(buyer)).items[0].problem.message).toBe('قیمت این محصول از ۴۵۰٬۰۰۰ تومان به ۵۰۰٬۰۰۰ تومان تغییر کرده است.');

    // Putting the line again is the buyer accepting the price they now see.
    expect((await put(buyer, { listingId: id, quantity: 2 })).json().items[0].problem).toBeNull();
  });

  it('refuses more than the stock with 409 and the units available, and flags a line whose stock fell below it', async () => {
    const buyer = await registerUser(t.app);
    const { id } = await published(seller, { stock: 5 });
    const tooMany = await put(buyer, { listingId: id, quantity: 6 });
    expect(tooMany.statusCode).toBe(409);
    expect(tooMany.json().error).toMatchObject({ code: 'insufficient_stock', details: { available: 5 } });

    expect((await put(buyer, { listingId: id, quantity: 4 })).statusCode).toBe(200);
    await inject('PATCH', `/v1/listings/${id}`, seller.auth, { stock: 2 });
    const short = await cart(buyer, 'en');
    expect(short.items[0].problem).toEqual({ code: 'insufficient_stock', available: 2, message: 'Only 2 of this listing are in stock.' });
    expect(short.totalMinor).toBe(0);

    await inject('PATCH', `/v1/listings/${id}`, seller.auth, { stock: 0 });
    expect((await cart(buyer)).items[0].problem).toEqual({ code: 'insufficient_stock', available: 0, message: 'موجودی این محصول تمام شده است.' });
  });

  it('asks for a variant of the listing itself, prices it by the variant, and keeps one line per variant', async () => {
    const buyer = await registerUser(t.app);
    const towel = await published(seller, withVariants('CART-A'));
    const other = await published(seller, withVariants('CART-B'));
    const plain = await published();
    const [blue, red] = towel.variants;

    const missing = await put(buyer, { listingId: towel.id, quantity: 1 });
    expect(missing.statusCode).toBe(422);
    expect(missing.json().error.details).toEqual([{ field: 'variantId', code: 'variant_required', message: expect.any(String) }]);
    const foreign = await put(buyer, { listingId: towel.id, variantId: other.variants[0]!.id, quantity: 1 });
    expect(foreign.statusCode).toBe(422);
    expect(foreign.json().error.details).toEqual([{ field: 'variantId', code: 'unknown_variant', message: expect.any(String) }]);
    const needless = await put(buyer, { listingId: plain.id, variantId: blue!.id, quantity: 1 });
    expect(needless.statusCode).toBe(422);
    expect(needless.json().error.details[0].code).toBe('unknown_variant');
    const overStock = await put(buyer, { listingId: towel.id, variantId: blue!.id, quantity: 4 });
    expect(overStock.json().error).toMatchObject({ code: 'insufficient_stock', details: { available: 3 } });

    await put(buyer, { listingId: towel.id, variantId: red!.id, quantity: 2 });
    const both = (await put(buyer, { listingId: towel.id, variantId: blue!.id, quantity: 1 })).json();
    expect(both.items).toEqual([
      expect.objectContaining({ variantId: red!.id, variant: { id: red!.id, attributes: { color: 'قرمز' } }, unitPriceMinor: 5_000_000, lineTotalMinor: 10_000_000 }),
      expect.objectContaining({ variantId: blue!.id, variant: { id: blue!.id, attributes: { color: 'آبی' } }, unitPriceMinor: 4_500_000, lineTotalMinor: 4_500_000 }),
    ]);
    expect(both.subtotalMinor).toBe(14_500_000);
  });

  it('holds each line to the minimum order quantity', async () => {
    const buyer = await registerUser(t.app);
    const { id } = await published(seller, { minOrderQty: 3 });
    const below = await put(buyer, { listingId: id, quantity: 2 }, 'en');
    expect(below.statusCode).toBe(422);
    expect(below.json().error.details).toEqual([{ field: 'quantity', code: 'below_minimum', message: 'The minimum order for this listing is 3.' }]);
    expect((await put(buyer, { listingId: id, quantity: 3 })).statusCode).toBe(200);

    await inject('PATCH', `/v1/listings/${id}`, seller.auth, { minOrderQty: 4 });
    expect((await cart(buyer)).items[0].problem).toEqual({ code: 'below_minimum', minimum: 4, message: 'حداقل سفارش این محصول ۴ عدد است.' });
  });

  it('removes only the caller’s own lines: anyone else’s is 404 and stays', async () => {
    const buyer = await registerUser(t.app);
    const stranger = await registerUser(t.app);
    const { id } = await published();
    const line = (await put(buyer, { listingId: id, quantity: 1 })).json().items[0];
    expect((await cart(stranger)).items).toEqual([]);

    const theirs = await inject('DELETE', `/v1/cart/items/${line.id}`, stranger.auth);
    expect(theirs.statusCode).toBe(404);
    expect(theirs.json().error.code).toBe('cart_item_not_found');
    expect(await t.database.db.$count(cartItems, eq(cartItems.id, line.id))).toBe(1);
    expect((await inject('DELETE', '/v1/cart/items/00000000-0000-4000-8000-000000000000', buyer.auth)).statusCode).toBe(404);

    const removed = await inject('DELETE', `/v1/cart/items/${line.id}`, buyer.auth);
    expect(removed.statusCode).toBe(204);
    expect(removed.body).toBe('');
    expect((await cart(buyer)).items).toEqual([]);
    expect((await inject('DELETE', `/v1/cart/items/${line.id}`, buyer.auth)).statusCode).toBe(404);
  });

  it('groups lines by seller in order of first appearance, each with its shipping fee, free above its threshold', async () => {
    const buyer = await registerUser(t.app);
    const first = await registerProducer(t, admin, { shop: { shopName: 'گلیم‌بافی نیلوفر' } });
    const second = await registerProducer(t, admin, { shop: { shopName: 'سفال میبد' } });
    const shipping = async (owner: Seller, payload: object) =>
      expect((await inject('PATCH', `/v1/producers/${owner.producer.id}`, owner.auth, payload)).statusCode).toBe(200);
    await shipping(first, { shippingFeeMinor: 300_000, freeShippingAboveMinor: 10_000_000 });
    await shipping(second, { shippingFeeMinor: 200_000 });
    const rug = await published(first, { stock: 10 });
    const bowl = await published(second, { stock: 10, priceMinor: 1_000_000 });
    const mat = await published(first, { stock: 10, priceMinor: 2_000_000 });

    await put(buyer, { listingId: rug.id, quantity: 1 });
    await put(buyer, { listingId: bowl.id, quantity: 2 });
    const grouped = (await put(buyer, { listingId: mat.id, quantity: 1 })).json();
    expect(grouped.items.map((i: { listingId: string }) => i.listingId)).toEqual([rug.id, bowl.id, mat.id]);
    expect(grouped.sellers).toEqual([
      { producer: { kind: 'producer', id: first.producer.id, slug: first.producer.slug, shopName: 'گلیم‌بافی نیلوفر' }, subtotalMinor: 6_500_000, shippingMinor: 300_000, totalMinor: 6_800_000 },
      { producer: { kind: 'producer', id: second.producer.id, slug: second.producer.slug, shopName: 'سفال میبد' }, subtotalMinor: 2_000_000, shippingMinor: 200_000, totalMinor: 2_200_000 },
    ]);
    expect(grouped).toMatchObject({ subtotalMinor: 8_500_000, shippingMinor: 500_000, totalMinor: 9_000_000, currency: 'IRR' });

    // 4.5m + 3 × 2m reaches the first shop's 10m threshold: its parcel ships free.
    const free = (await put(buyer, { listingId: mat.id, quantity: 3 })).json();
    expect(free.sellers[0]).toMatchObject({ subtotalMinor: 10_500_000, shippingMinor: 0, totalMinor: 10_500_000 });
    expect(free).toMatchObject({ subtotalMinor: 12_500_000, shippingMinor: 200_000, totalMinor: 12_700_000 });
  });
  // Rows written before input was bounded (or by hand) can be past the bounds: the cart stays readable.
  it('shows a line whose price was raised past the limit with its problem, never a 500, and refuses to buy it', async () => {
    const buyer = await registerUser(t.app);
    const dear = await published();
    const other = await published(await registerProducer(t, admin));
    expect((await put(buyer, { listingId: dear.id, quantity: 2 })).statusCode).toBe(200);
    expect((await put(buyer, { listingId: other.id, quantity: 1 })).statusCode).toBe(200);
    await t.database.db.update(listings).set({ priceMinor: Number.MAX_SAFE_INTEGER }).where(eq(listings.id, dear.id));

    const shown = await cart(buyer, 'en');
    expect(shown.items[0]).toMatchObject({ listingId: dear.id, unitPriceMinor: Number.MAX_SAFE_INTEGER, lineTotalMinor: 0, problem: { code: 'over_limit', message: expect.stringContaining('largest allowed') } });
    expect(shown.items[1]).toMatchObject({ listingId: other.id, problem: null, lineTotalMinor: 4_500_000 });
    // The line that cannot be bought counts for nothing; the other is still for sale.
    expect(shown.subtotalMinor).toBe(4_500_000);

    const again = await put(buyer, { listingId: dear.id, quantity: 2 });
    expect([again.statusCode, again.json().error.details]).toEqual([422, [expect.objectContaining({ field: 'quantity', code: 'over_limit' })]]);
    const before = await t.database.db.$count(orders);
    const order = await inject('POST', '/v1/orders', buyer.auth, { shippingAddress: shippingAddressInput, paymentMethod: 'manual' });
    expect([order.statusCode, order.json().error.details]).toEqual([422, [expect.objectContaining({ field: 'quantity', code: 'over_limit' })]]);
    expect(await t.database.db.$count(orders)).toBe(before);

    // Archived, it is shown as not for sale, still without a 500.
    expect((await inject('POST', `/v1/listings/${dear.id}/archive`, seller.auth)).statusCode).toBe(200);
    expect((await cart(buyer)).items[0]).toMatchObject({ listingId: dear.id, lineTotalMinor: 0, problem: { code: 'not_available' } });
  });

  it('shows the lines of a shop whose shipping fee is past the limit with their problem, never a 500', async () => {
    const buyer = await registerUser(t.app);
    const shop = await registerProducer(t, admin);
    const { id } = await published(shop);
    expect((await put(buyer, { listingId: id, quantity: 1 })).statusCode).toBe(200);
    await t.database.db.update(producers).set({ shippingFeeMinor: Number.MAX_SAFE_INTEGER }).where(eq(producers.id, shop.producer.id));
    const shown = await cart(buyer);
    expect(shown.items[0].problem).toMatchObject({ code: 'over_limit' });
    expect(shown).toMatchObject({ subtotalMinor: 0, shippingMinor: 0, totalMinor: 0 });
  });
  it('holds at most as many lines as an order may have', async () => {
    const buyer = await registerUser(t.app);
    const variants = Array.from({ length: LIMITS.orderLines }, (_, i) => ({ sku: `FULL-${i}`, attributes: { size: String(i) }, stock: 1 }));
    const many = await published(seller, { stock: undefined, variants });
    for (const variant of many.variants) expect((await put(buyer, { listingId: many.id, variantId: variant.id, quantity: 1 })).statusCode).toBe(200);
    const { id } = await published();
    const over = await put(buyer, { listingId: id, quantity: 1 });
    expect([over.statusCode, over.json().error.code]).toEqual([409, 'cart_full']);
    // A line already there can still be changed.
    expect((await put(buyer, { listingId: many.id, variantId: many.variants[0]!.id, quantity: 1 })).statusCode).toBe(200);
    expect((await cart(buyer)).items).toHaveLength(LIMITS.orderLines);
  });

  describe('POST /v1/cart/quote', () => {
    const quote = (items: object[], headers: Record<string, string> = {}, locale = 'fa') => inject('POST', '/v1/cart/quote', { 'accept-language': locale, ...headers }, { items });
    const quoted = async (items: object[], headers: Record<string, string> = {}, locale = 'fa') => {
      const response = await quote(items, headers, locale);
      expect(response.statusCode).toBe(200);
      return response.json();
    };

    it('prices lines for anyone exactly as the account’s cart prices the same lines, per seller with shipping', async () => {
      const buyer = await registerUser(t.app);
      const shop = await registerProducer(t, admin);
      expect((await inject('PATCH', `/v1/producers/${shop.producer.id}`, shop.auth, { shippingFeeMinor: 350_000, freeShippingAboveMinor: 20_000_000 })).statusCode).toBe(200);
      const towel = await published(seller, withVariants('QUOTE-A'));
      const jar = await published(shop, { minOrderQty: 2, stock: 10 });
      const few = await published(shop, { stock: 1 });
      const lines = [
        { listingId: towel.id, variantId: towel.variants[1]!.id, quantity: 2 },
        { listingId: jar.id, quantity: 2 },
        { listingId: few.id, quantity: 1 },
      ];
      for (const line of lines) expect((await put(buyer, line)).statusCode).toBe(200);
      const account = await cart(buyer, 'en');
      const guest = await quoted(lines, {}, 'en');
      const withoutIds = (body: { items: Array<{ id: string }> }) => ({ ...body, items: body.items.map(({ id: _id, ...item }) => item) });
      expect(withoutIds(guest)).toEqual(withoutIds(account));
      expect(guest).toMatchObject({ subtotalMinor: 10_000_000 + 2 * 4_500_000 + 4_500_000, actions: ['checkout'] });
      expect(guest.sellers).toEqual([
        expect.objectContaining({ producer: expect.objectContaining({ id: seller.producer.id }), shippingMinor: 0 }),
        expect.objectContaining({ producer: expect.objectContaining({ id: shop.producer.id }), subtotalMinor: 13_500_000, shippingMinor: 350_000, totalMinor: 13_850_000 }),
      ]);
      expect(guest.items.map((item: { id: string }) => item.id)).toEqual([`${towel.id}:${towel.variants[1]!.id}`, jar.id, few.id]);

      // Its problems are the cart's, worded by the API, and a line with one keeps checkout away.
      const short = await quoted([{ listingId: jar.id, quantity: 1 }, { listingId: few.id, quantity: 3 }], {}, 'en');
      expect(short.items.map((item: { problem: unknown }) => item.problem)).toEqual([
        { code: 'below_minimum', minimum: 2, message: 'The minimum order for this listing is 2.' },
        { code: 'insufficient_stock', available: 1, message: 'Only 1 of this listing are in stock.' },
      ]);
      expect(short).toMatchObject({ subtotalMinor: 0, shippingMinor: 0, totalMinor: 0, actions: [] });
    });

    it('answers a listing that is not public with a line problem and nothing of the listing, never a 404 or a 500', async () => {
      const { id } = await published();
      const draft = await createListing(t, seller);
      const unapproved = await createListing(t, await registerProducer(t, admin, { approve: false }));
      const missing = '00000000-0000-4000-8000-000000000000';
      const body = await quoted([{ listingId: missing, quantity: 1 }, { listingId: id, quantity: 1 }, { listingId: draft.id, quantity: 1 }, { listingId: unapproved.id, variantId: missing, quantity: 2 }], {}, 'en');
      const notFound = { code: 'listing_not_found', message: 'This listing was not found.' };
      expect(body.items).toEqual([
        { id: missing, listingId: missing, variantId: null, quantity: 1, listing: null, variant: null, unitPriceMinor: 0, lineTotalMinor: 0, problem: notFound },
        expect.objectContaining({ listingId: id, problem: null }),
        expect.objectContaining({ listingId: draft.id, listing: null, problem: notFound }),
        expect.objectContaining({ id: `${unapproved.id}:${missing}`, listing: null, problem: notFound }),
      ]);
      expect(body).toMatchObject({ subtotalMinor: 4_500_000, totalMinor: 4_500_000, actions: [] });
      expect((await quoted([{ listingId: missing, quantity: 1 }])).items[0].problem.message).toBe('این محصول پیدا نشد.');
    });

    it('tells a signed-in seller their own listing is not theirs to buy, as the cart does, and a guest nothing of it', async () => {
      const { id } = await published();
      const own = await quoted([{ listingId: id, quantity: 1 }], seller.auth, 'en');
      expect(own.items[0].problem).toEqual({ code: 'own_listing', message: 'You cannot buy from your own shop (or a network you lead).' });
      expect(own).toMatchObject({ subtotalMinor: 0, actions: [] });
      expect((await put(seller, { listingId: id, quantity: 1 }, 'en')).json().error).toMatchObject({ code: 'own_listing', message: own.items[0].problem.message });
      expect((await quoted([{ listingId: id, quantity: 1 }])).items[0].problem).toBeNull();
      // A token that is no longer good is refused, not read as a guest's.
      expect((await quote([{ listingId: id, quantity: 1 }], { authorization: 'Bearer nonsense' })).statusCode).toBe(401);
    });

    it('adds lines of one listing and variant together, as checkout does, and holds the sum to the limits', async () => {
      const { id } = await published(seller, { stock: 20 });
      const body = await quoted([{ listingId: id, quantity: 2 }, { listingId: id, variantId: null, quantity: 3 }]);
      expect(body.items).toEqual([expect.objectContaining({ id, quantity: 5, lineTotalMinor: 22_500_000, problem: null })]);
      const huge = await quoted([{ listingId: id, quantity: LIMITS.lineQuantity }, { listingId: id, quantity: LIMITS.lineQuantity }]);
      expect(huge.items[0]).toMatchObject({ quantity: 2 * LIMITS.lineQuantity, problem: { code: 'over_limit' } });
      expect(huge.totalMinor).toBe(0);
    });

    it('answers an empty quote in the marketplace currency, and refuses what is out of bounds with 422', async () => {
      expect(await quoted([])).toEqual({ items: [], sellers: [], subtotalMinor: 0, shippingMinor: 0, totalMinor: 0, currency: 'IRR', paymentMethods: ['manual'], actions: [] });
      const { id } = await published();
      const tooMany = Array.from({ length: LIMITS.orderLines + 1 }, () => ({ listingId: id, quantity: 1 }));
      for (const items of [tooMany, [{ listingId: id, quantity: 0 }], [{ listingId: id, quantity: LIMITS.lineQuantity + 1 }], [{ listingId: 'x', quantity: 1 }], [{ listingId: id, quantity: 1, price: 1 }]]) {
        const refused = await quote(items);
        expect([refused.statusCode, refused.json().error.code]).toEqual([422, 'validation_failed']);
      }
      expect((await inject('POST', '/v1/cart/quote', {}, {})).statusCode).toBe(422);
    });
  });
});
