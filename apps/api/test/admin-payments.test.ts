import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestApp,
  publishedListing,
  registerAdmin,
  registerFinance,
  registerProducer,
  registerUser,
  shippingAddressInput,
  type TestApp,
  transferConfirmation,
} from './support.ts';

type Session = Awaited<ReturnType<typeof registerUser>>;

interface Transfer {
  id: string;
  orderId: string;
  status: string;
  buyer: { id: string; name: string; email: string };
  amountMinor: number;
  currency: string;
  reference: string;
  createdAt: string;
  expiresAt: string;
  confirmedAt: string | null;
  bankReference: string | null;
  sellers: Array<{ kind: string; id: string; shopName: string }>;
}
interface TransfersPage {
  items: Transfer[];
  total: number;
  page: number;
  perPage: number;
}

const persianDigits = (ascii: string) => ascii.replace(/\d/g, (d) => '۰۱۲۳۴۵۶۷۸۹'[Number(d)]!);

describe(`bank transfers for platform finance on ${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite'}`, () => {
  let t: TestApp;
  let finance: Session;
  let admin: Session;
  let seller: Awaited<ReturnType<typeof registerProducer>>;
  let buyer: Session;
  /** Three bank-transfer orders of `buyer`, oldest first. */
  const placed: Array<{ orderId: string; paymentId: string; reference: string }> = [];

  const list = async (session: Session | undefined, query = '') =>
    t.app.inject({ method: 'GET', url: `/v1/admin/payments${query}`, headers: { ...session?.auth, 'accept-language': 'en' } });

  beforeAll(async () => {
    t = await createTestApp();
    admin = await registerAdmin(t);
    finance = await registerFinance(t);
    seller = await registerProducer(t, admin);
    const listing = await publishedListing(t, seller, { stock: 10, priceMinor: 1_500_000 });
    buyer = await registerUser(t.app, { name: 'زهرا کریمی' });
    for (const quantity of [1, 2, 3]) {
      const response = await t.app.inject({
        method: 'POST',
        url: '/v1/orders',
        headers: buyer.auth,
        payload: { shippingAddress: shippingAddressInput, paymentMethod: 'manual', items: [{ listingId: listing.id, quantity }] },
      });
      expect(response.statusCode).toBe(201);
      const order = response.json() as { id: string; payment: { id: string } };
      placed.push({ orderId: order.id, paymentId: order.payment.id, reference: (await transferConfirmation(t, order.payment.id)).paymentReference });
    }
  });
  afterAll(() => t?.close());

  it('lists the transfers still to arrive, newest first, with what finance matches them by', async () => {
    const response = await list(finance);
    expect(response.statusCode).toBe(200);
    const page = response.json() as TransfersPage;
    expect(page).toMatchObject({ total: 3, page: 1, perPage: 20 });
    expect(page.items.map((item) => item.id)).toEqual([...placed].reverse().map((p) => p.paymentId));
    const oldest = page.items[2]!;
    expect(oldest).toMatchObject({
      orderId: placed[0]!.orderId,
      status: 'pending',
      buyer: { id: buyer.user.id, name: 'زهرا کریمی', email: buyer.user.email },
      amountMinor: 1_500_000 + (await orderShipping(placed[0]!.orderId)),
      currency: 'IRR',
      reference: placed[0]!.reference,
      confirmedAt: null,
      bankReference: null,
      sellers: [{ kind: 'producer', id: seller.producer.id }],
    });
    expect(new Date(oldest.expiresAt).getTime()).toBeGreaterThan(new Date(oldest.createdAt).getTime());
  });

  it('is for finance and admins: a seller in the orders and their buyer are refused, and nobody signed out gets in', async () => {
    expect((await list(admin)).statusCode).toBe(200);
    for (const session of [seller, buyer]) {
      const refused = await list(session, `?reference=${placed[0]!.reference}`);
      expect(refused.statusCode).toBe(403);
      expect(refused.json()).toMatchObject({ error: { code: 'forbidden' } });
    }
    expect((await list(undefined)).statusCode).toBe(401);
  });

  it('finds one by the reference a statement shows, in Persian digits and groups of four', async () => {
    const { reference, paymentId } = placed[1]!;
    const asOnStatement = persianDigits(reference).replace(/(.{4})(?=.)/g, '$1 ');
    expect(asOnStatement).not.toBe(reference);
    const found = (await list(finance, `?reference=${encodeURIComponent(asOnStatement)}`)).json() as TransfersPage;
    expect(found.total).toBe(1);
    expect(found.items.map((item) => item.id)).toEqual([paymentId]);

    const unknown = (await list(finance, `?reference=${encodeURIComponent('۱۲۳')}`)).json() as TransfersPage;
    expect(unknown).toMatchObject({ items: [], total: 0 });
  });

  it('moves a confirmed transfer from the pending list to the succeeded one, and still finds it by reference', async () => {
    const { reference, paymentId } = placed[2]!;
    const confirmed = await t.app.inject({ method: 'POST', url: `/v1/payments/${paymentId}/confirm`, headers: finance.auth, payload: { paymentReference: reference, bankReference: 'SATNA-1405-77' } });
    expect(confirmed.statusCode).toBe(200);

    const pending = (await list(finance)).json() as TransfersPage;
    expect(pending.items.map((item) => item.id)).not.toContain(paymentId);
    expect(pending.total).toBe(2);
    const succeeded = (await list(finance, '?status=succeeded')).json() as TransfersPage;
    expect(succeeded.items).toHaveLength(1);
    expect(succeeded.items[0]).toMatchObject({ id: paymentId, status: 'succeeded', bankReference: 'SATNA-1405-77' });
    expect(succeeded.items[0]!.confirmedAt).not.toBeNull();
    // A statement line is looked up whatever became of its payment.
    const byReference = (await list(finance, `?reference=${reference}`)).json() as TransfersPage;
    expect(byReference.items.map((item) => item.status)).toEqual(['succeeded']);
    expect((await list(finance, `?reference=${reference}&status=pending`)).json()).toMatchObject({ items: [], total: 0 });
  });

  it('pages as every list does, and refuses a page or page size out of bounds naming the field', async () => {
    const second = (await list(finance, '?perPage=1&page=2')).json() as TransfersPage;
    expect(second).toMatchObject({ total: 2, page: 2, perPage: 1 });
    expect(second.items.map((item) => item.id)).toEqual([placed[0]!.paymentId]);
    expect(((await list(finance, '?perPage=1&page=3')).json() as TransfersPage).items).toEqual([]);

    for (const [query, field] of [
      ['?perPage=101', 'perPage'],
      ['?perPage=0', 'perPage'],
      ['?page=0', 'page'],
      ['?status=expired', 'status'],
      [`?reference=${'1'.repeat(41)}`, 'reference'],
    ] as const) {
      const refused = await list(finance, query);
      expect(refused.statusCode, query).toBe(422);
      expect(JSON.stringify(refused.json()), query).toContain(field);
    }
  });

  it('tells finance its role in /v1/me, so the web can show it the page', async () => {
    const me = await t.app.inject({ method: 'GET', url: '/v1/me', headers: finance.auth });
    expect(me.statusCode).toBe(200);
    expect(me.json().roles).toEqual(['buyer', 'finance']);
  });

  async function orderShipping(orderId: string): Promise<number> {
    const order = (await t.app.inject({ method: 'GET', url: `/v1/orders/${orderId}`, headers: buyer.auth })).json() as { shippingMinor: number };
    return order.shippingMinor;
  }
});
