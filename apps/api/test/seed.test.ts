import { bulkOrders, fulfilments, listings, networkMembers, networks, organizations, orders, payments, producers, users } from '@bazaarche/db';
import { asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCatalogue } from '../src/seed/catalogue/generate-catalogue.ts';
import { demoAccounts } from '../src/seed/demo-accounts.ts';
import { seedCatalogue } from '../src/seed/seed-catalogue.ts';
import { seedDemoNetwork } from '../src/seed/seed-network.ts';
import { seedDemoOrders } from '../src/seed/seed-orders.ts';
import { seedDemoOrganizations } from '../src/seed/seed-organizations.ts';
import { createOrUpdateUser } from '../src/services/accounts/create-user.ts';
import { createTestApp, type TestApp } from './support.ts';

describe('the demo catalogue seed', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t?.close());

  // The whole catalogue takes a minute to encode; a few shops exercise every path.
  const all = generateCatalogue();
  const sample = [...all.filter((p) => p.status === 'approved').slice(0, 2), all.find((p) => p.status === 'pending')!];

  it('creates shops and listings through the services, with photos, and adds nothing when run again', async () => {
    const expected = sample.reduce((n, p) => n + p.listings.length, 0);
    expect(await seedCatalogue(t.database.db, t.storage, undefined, sample)).toBe(expected);
    expect(await seedCatalogue(t.database.db, t.storage, undefined, sample)).toBe(0);
    expect(await t.database.db.$count(producers)).toBe(3);
    expect(await t.database.db.$count(listings)).toBe(expected);

    const approved = sample[0]!;
    const [shop] = await t.database.db.select().from(producers).where(eq(producers.shopName, approved.shopName));
    const page = (await t.app.inject({ method: 'GET', url: `/v1/producers/${encodeURIComponent(shop!.slug)}` })).json();
    expect(page.listings).toHaveLength(approved.listings.filter((l) => l.status === 'active').length);
    const cover = page.listings[0].cover;
    expect(cover.variants.length).toBeGreaterThanOrEqual(4);
    const file = await t.app.inject({ method: 'GET', url: new URL(cover.variants[0].url).pathname });
    expect(file.statusCode).toBe(200);

    const pending = sample[2]!;
    const [pendingShop] = await t.database.db.select().from(producers).where(eq(producers.shopName, pending.shopName));
    expect(pendingShop!.status).toBe('pending');
    const statuses = await t.database.db.select({ status: listings.status }).from(listings).where(eq(listings.producerId, pendingShop!.id));
    expect(new Set(statuses.map((s) => s.status))).toEqual(new Set(['draft']));
  }, 120_000);

  it('gives the demo buyer a paid order with a parcel on its way and one awaiting payment, once', async () => {
    for (const account of demoAccounts) await createOrUpdateUser(t.database.db, account);
    await seedDemoOrders(t.database.db, t.payments);
    await seedDemoOrders(t.database.db, t.payments);
    const [sara] = await t.database.db.select().from(users).where(eq(users.email, 'sara@bazaarche.test'));
    const mine = await t.database.db.select().from(orders).where(eq(orders.buyerUserId, sara!.id)).orderBy(asc(orders.createdAt));
    expect(mine.map((o) => o.status)).toEqual(['paid', 'pending_payment']);
    const parcels = await t.database.db.select().from(fulfilments).where(eq(fulfilments.orderId, mine[0]!.id));
    expect(parcels.map((f) => f.status).sort()).toEqual(['processing', 'shipped']);
    // Money paid to the platform is confirmed by platform finance, never by a seller; the unpaid order has its reference to quote.
    const [finance] = await t.database.db.select().from(users).where(eq(users.email, 'finance@bazaarche.test'));
    const [paid, waiting] = await Promise.all(mine.map(async (o) => (await t.database.db.select().from(payments).where(eq(payments.orderId, o.id)))[0]!));
    expect(paid).toMatchObject({ status: 'succeeded', confirmedByUserId: finance!.id, bankReference: `DEMO-${paid!.providerReference}` });
    expect(waiting).toMatchObject({ status: 'pending', providerReference: expect.stringMatching(/^\d{12}$/) });
  });

  it('founds a demo network of embroidery shops with listings, an order for its leader to assign and a bulk order to split, once', async () => {
    const embroiderers = all.filter((p) => p.status === 'approved' && p.trades.includes('embroidery') && !sample.includes(p)).slice(0, 4);
    await seedCatalogue(t.database.db, t.storage, undefined, embroiderers);
    await seedDemoNetwork(t.database.db, t.storage, t.payments);
    await seedDemoNetwork(t.database.db, t.storage, t.payments);
    const [network] = await t.database.db.select().from(networks);
    expect(await t.database.db.$count(networks)).toBe(1);
    expect(await t.database.db.$count(networkMembers, eq(networkMembers.status, 'active'))).toBeGreaterThanOrEqual(3);
    expect(await t.database.db.$count(listings, eq(listings.networkId, network!.id))).toBe(2);
    const [part] = await t.database.db.select().from(fulfilments).where(eq(fulfilments.networkId, network!.id));
    expect(part).toMatchObject({ status: 'processing', producerId: null });
    expect(await t.database.db.$count(bulkOrders, eq(bulkOrders.networkId, network!.id))).toBe(1);
  }, 120_000);

  it('opens two approved demo organisations, a hospital in South Khorasan and a bank, each run by its demo account, once', async () => {
    for (const account of demoAccounts) await createOrUpdateUser(t.database.db, account);
    await seedDemoOrganizations(t.database.db);
    await seedDemoOrganizations(t.database.db);
    const opened = await t.database.db.select().from(organizations).orderBy(asc(organizations.kind));
    expect(opened.map((o) => [o.kind, o.status])).toEqual([
      ['bank', 'approved'],
      ['hospital', 'approved'],
    ]);
    expect(opened.find((o) => o.kind === 'hospital')!.provinceCode).toBe('IR-29');
    // The printed account signs in and finds its organisation in /v1/me, as the web will.
    const login = await t.app.inject({ method: 'POST', url: '/v1/auth/login', payload: { email: 'hospital@org.bazaarche.test', password: 'bazaarche-demo' } });
    const me = (await t.app.inject({ method: 'GET', url: '/v1/me', headers: { authorization: `Bearer ${login.json().accessToken}` } })).json();
    expect(me.organizations).toEqual([expect.objectContaining({ kind: 'hospital', status: 'approved', role: 'admin', memberStatus: 'active' })]);
  });
});
