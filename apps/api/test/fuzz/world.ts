// The objects the fuzz suite aims at: one of each kind a path can name, made through the API as a
// person would make them, and the sessions of the people who may act on them.
import { Writable } from 'node:stream';
import { startStripeTestServer, type StripeTestServer } from '@bazaarche/payments/testing';
import { listings } from '@bazaarche/db';
import { calendarDateAt } from '@bazaarche/domain';
import { eq } from 'drizzle-orm';
import sharp from 'sharp';
import { createTestApp, publishedListing, registerAdmin, registerProducer, registerUser, shippingAddressInput, type TestApp } from '../support.ts';
import { type Hints, type Json, OMIT, type Rng, uuid } from './generate.ts';

export const STRIPE_WEBHOOK_SECRET = 'whsec_fuzz';

/** What the server logged as an unhandled error (its stack) while one request ran. */
class ErrorLog extends Writable {
  lines: string[] = [];
  override _write(chunk: Buffer, _encoding: string, done: () => void) {
    for (const line of chunk.toString().split('\n')) {
      if (!line) continue;
      try {
        const entry = JSON.parse(line) as { level: number; msg?: string; err?: { type?: string; message?: string; stack?: string } };
        if (entry.level >= 50) this.lines.push(entry.err?.stack ?? `${entry.err?.type ?? ''} ${entry.err?.message ?? entry.msg ?? line}`);
      } catch {
        this.lines.push(line);
      }
    }
    done();
  }
  take(): string[] {
    const seen = this.lines;
    this.lines = [];
    return seen;
  }
}

type Session = Awaited<ReturnType<typeof registerUser>>;

export async function buildWorld() {
  const stripe: StripeTestServer = await startStripeTestServer('sk_test_fuzz');
  const errors = new ErrorLog();
  // Stripe on (against the local stand-in) so that both payment methods and the webhook's verified path are reachable.
  const t: TestApp = await createTestApp(
    { STRIPE_SECRET_KEY: 'sk_test_fuzz', STRIPE_WEBHOOK_SECRET, STRIPE_API_BASE: `http://127.0.0.1:${stripe.port}`, CURRENCY: 'USD', PUBLIC_URL: 'https://bazaarche.example' },
    { logger: { level: 'error', stream: errors } },
  );
  const ok = async (what: string, response: { statusCode: number; body: string }, status = [200, 201]) => {
    if (!status.includes(response.statusCode)) throw new Error(`fuzz fixture "${what}" failed: ${response.statusCode} ${response.body}`);
    return JSON.parse(response.body || 'null');
  };
  const post = (url: string, session: Session, payload?: object) => t.app.inject({ method: 'POST', url, headers: session.auth, ...(payload && { payload }) });

  const admin = await registerAdmin(t);
  const seller = await registerProducer(t, admin);
  const member = await registerProducer(t, admin);
  const pending = await registerProducer(t, admin, { approve: false });
  const buyer = await registerUser(t.app);
  const spare = await registerUser(t.app);
  const listing = await publishedListing(t, seller, { currency: 'USD', stock: 100_000 });
  const rejectable = await publishedListing(t, seller, { currency: 'USD', stock: 10 });
  // A price past today's bounds, as a row written before them can hold: two of it in a cart or order must be refused, not overflow.
  const dearest = await publishedListing(t, seller, { currency: 'USD', stock: 10 });
  await t.database.db.update(listings).set({ priceMinor: Number.MAX_SAFE_INTEGER }).where(eq(listings.id, dearest.id));

  const png = await sharp({ create: { width: 64, height: 48, channels: 3, background: '#c05' } }).png().toBuffer();
  const boundary = 'fixture';
  const upload = Buffer.concat([Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="a.png"\r\nContent-Type: image/png\r\n\r\n`), png, Buffer.from(`\r\n--${boundary}--\r\n`)]);
  const image = await ok(
    'upload image',
    await t.app.inject({ method: 'POST', url: `/v1/listings/${listing.id}/images`, headers: { ...seller.auth, 'content-type': `multipart/form-data; boundary=${boundary}` }, payload: upload }),
  );

  const network = await ok('network', await post('/v1/networks', seller, { name: 'شبکهٔ آزمون', provinceCode: 'IR-21', trades: ['towels'] }));
  await ok('invite', await post(`/v1/networks/${network.id}/members`, seller, { producerId: member.producer.id, capacityPerWeek: 50 }));
  await ok('accept', await post(`/v1/networks/${network.id}/members/accept`, member));
  const bulk = await ok(
    'bulk order',
    await post(`/v1/networks/${network.id}/bulk-orders`, seller, { title: 'حولهٔ هتل', categorySlug: 'towels', quantity: 40, dueDate: calendarDateAt(new Date(Date.now() + 70 * 86_400_000)), unitPriceMinor: 1000, currency: 'USD' }),
  );
  const split = await ok('split', await post(`/v1/bulk-orders/${bulk.id}/split`, seller, { strategy: 'capacity' }));
  const allocationId = (split.allocations ?? split.bulkOrder?.allocations ?? [])[0]?.id as string | undefined;

  const organization = await ok('organization', await post('/v1/organizations', buyer, { name: 'بیمارستان آزمون', kind: 'hospital', provinceCode: 'IR-29' }));
  await ok('invite colleague', await post(`/v1/organizations/${organization.id}/members`, buyer, { email: spare.user.email, role: 'buyer' }));

  const order = await ok('order', await post('/v1/orders', buyer, { shippingAddress: shippingAddressInput, paymentMethod: 'manual', items: [{ listingId: listing.id, quantity: 1 }] }));
  await ok('cart', await t.app.inject({ method: 'PUT', url: '/v1/cart/items', headers: buyer.auth, payload: { listingId: listing.id, quantity: 1 } }));
  const cart = await ok('read cart', await t.app.inject({ method: 'GET', url: '/v1/cart', headers: buyer.auth }));
  const media = (image.variants?.[0]?.url as string | undefined) ?? '';

  const ids = {
    order: order.id as string,
    payment: order.payment.id as string,
    fulfilment: order.fulfilments[0].id as string,
    orderLine: order.fulfilments[0].lines?.[0]?.id as string | undefined,
    listing: listing.id,
    variant: listing.variants[0]?.id,
    rejectableListing: rejectable.id,
    dearestListing: dearest.id,
    image: image.id as string,
    network: network.id as string,
    bulkOrder: bulk.id as string,
    allocation: allocationId,
    cartLine: cart.items[0]?.id as string,
    producer: seller.producer.id,
    producerSlug: seller.producer.slug,
    member: member.producer.id,
    pending: pending.producer.id,
    organization: organization.id as string,
    colleague: spare.user.id,
    mediaPath: media ? new URL(media).pathname.replace(/^\/media\//, '') : 'x.webp',
  };

  /** The real object a path parameter of this route names. */
  const realParam = (path: string, name: string): string | undefined => {
    if (name === 'imageId') return ids.image;
    if (name === 'producerId') return ids.member;
    if (name === 'userId') return ids.colleague;
    if (name === 'slug') return ids.producerSlug;
    if (name === '*') return ids.mediaPath;
    const table: Array<[RegExp, string | undefined]> = [
      [/^\/v1\/orders\//, ids.order],
      [/^\/v1\/payments\//, ids.payment],
      [/^\/v1\/fulfilments\//, ids.fulfilment],
      [/^\/v1\/admin\/producers\//, ids.pending],
      [/^\/v1\/(admin\/)?organizations\//, ids.organization],
      [/^\/v1\/admin\/listings\//, ids.rejectableListing],
      [/^\/v1\/producers\//, ids.producer],
      [/^\/v1\/listings\//, ids.listing],
      [/^\/v1\/networks\//, ids.network],
      [/^\/v1\/bulk-orders\//, ids.bulkOrder],
      [/^\/v1\/allocations\//, ids.allocation],
      [/^\/v1\/cart\/items\//, ids.cartLine],
    ];
    return table.find(([re]) => re.test(path))?.[1];
  };

  let emails = 0;
  /** Field values a valid request carries, by field name: real ids, real slugs and codes, a fresh email. */
  const hints = (path: string): Hints => {
    const known: Record<string, (rng: Rng) => Json | typeof OMIT | undefined> = {
      listingId: () => ids.listing,
      variantId: () => undefined,
      producerId: () => (path.startsWith('/v1/admin/payouts') ? ids.producer : ids.member),
      networkId: () => (/^\/v1\/(listings|ledger|admin\/payouts)/.test(path) ? OMIT : ids.network),
      fulfilmentId: () => ids.fulfilment,
      madeToOrder: () => (path.startsWith('/v1/listings') ? OMIT : undefined),
      variants: () => (path.startsWith('/v1/listings') ? OMIT : undefined),
      payoutSheba: () => OMIT,
      allocationId: () => ids.allocation ?? null,
      orderLineId: () => ids.orderLine ?? null,
      imageIds: () => [ids.image],
      ids: () => [],
      email: () => (path === '/v1/auth/login' ? buyer.user.email : `fuzz-${emails++}-${Date.now()}@example.com`),
      password: () => 'correct horse battery',
      refreshToken: () => spare.refreshToken,
      provinceCode: () => 'IR-21',
      province: () => 'IR-21',
      city: () => 'یزد',
      categorySlug: () => 'towels',
      category: () => 'towels',
      trades: () => (path.includes('/members/') ? [{ trade: 'towels', capacityPerWeek: 5 }] : ['towels']),
      trade: () => 'towels',
      kind: () => (path.startsWith('/v1/organizations') ? 'hospital' : undefined),
      role: () => (path.startsWith('/v1/organizations') ? 'buyer' : undefined),
      currency: () => 'USD',
      phone: () => '09123456789',
      postalCode: () => '1415566778',
      recipientName: () => 'مریم رضایی',
      addressLine: () => 'خیابان انقلاب، پلاک ۱۲',
      shippingAddress: () => shippingAddressInput as unknown as Json,
      paymentMethod: () => 'manual',
      strategy: () => 'capacity',
      quantity: (rng) => 1 + rng.int(2),
      capacityPerWeek: () => 5,
      doneQuantity: () => 1,
      acceptedQuantity: () => 0,
      rejectedQuantity: () => 0,
      amountMinor: () => 1,
      sku: () => 'SKU-1',
      dueDate: () => calendarDateAt(new Date(Date.now() + 70 * 86_400_000)),
      seller: () => ids.producer,
      network: () => ids.network,
      items: (rng) => [{ listingId: ids.listing, quantity: 1 + rng.int(2) }],
      locale: () => 'fa',
      format: () => undefined,
      page: () => 1,
      perPage: () => 20,
    };
    return (name, schema, rng) => {
      const hint = known[name]?.(rng);
      if (hint !== undefined) return hint;
      if (schema.format === 'uuid' && name === 'id') return uuid(rng);
      return undefined;
    };
  };

  // Tokens the server signed itself but with claims no session has: they must earn 401, never 500.
  const familyOf = (token: string) => (JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString()) as { fid: string }).fid;
  const badTokens: Record<string, Record<string, string>> = {
    'a garbage bearer token': { authorization: 'Bearer not.a.token' },
    'a signed token whose sub is not a UUID': { authorization: `Bearer ${t.app.signAccessToken('not-a-uuid', familyOf(buyer.accessToken))}` },
    'a signed token whose fid is not a UUID': { authorization: `Bearer ${t.app.signAccessToken(buyer.user.id, 'not-a-uuid')}` },
    'a signed token of nobody': { authorization: `Bearer ${t.app.signAccessToken(crypto.randomUUID(), crypto.randomUUID())}` },
  };
  const sessions: Record<string, Record<string, string>> = { anonymous: {}, buyer: buyer.auth, admin: admin.auth, seller: seller.auth, member: member.auth };

  return {
    t,
    errors,
    /** A session of someone who has just registered: for a route that one person may use once (opening a shop). */
    newcomer: async () => (await registerUser(t.app)).auth,
    /** The start of the last response, for FUZZ_VERBOSE's account of valid requests that were refused. */
    lastBody: '',
    png,
    ids,
    realParam,
    hints,
    sessions,
    badTokens,
    close: async () => {
      await t.close();
      await stripe.close();
    },
  };
}
export type World = Awaited<ReturnType<typeof buildWorld>>;
