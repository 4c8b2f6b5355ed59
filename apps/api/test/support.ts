import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '@bazaarche/config';
import { payments } from '@bazaarche/db';
import { createTestDatabase, type TestDatabase } from '@bazaarche/db/testing';
import type { Storage } from '@bazaarche/media';
import type { CatalogSearch } from '@bazaarche/search';
import { eq } from 'drizzle-orm';
import type { FastifyInstance, FastifyServerOptions } from 'fastify';
import { type ConfiguredPayments, createConfiguredPayments } from '../src/adapters/payments.ts';
import { createConfiguredSearch } from '../src/adapters/search.ts';
import { createConfiguredStorage } from '../src/adapters/storage.ts';
import { buildServer } from '../src/build-server.ts';
import { createOrUpdateUser } from '../src/services/accounts/create-user.ts';
import { drainOutbox } from '../src/services/search/drain-outbox.ts';

// For tests that need a user with exact credentials and roles (the web's browser tests sign in as one).
export { createOrUpdateUser };

export interface TestApp {
  app: FastifyInstance;
  database: TestDatabase;
  storage: Storage;
  search: CatalogSearch;
  payments: ConfiguredPayments;
  close(): Promise<void>;
}

export const TEST_JWT_SECRET = 'test-secret-that-is-long-enough-for-hs256';

/**
 * The API on a fresh database of its own, configured by `env` as it would be by the environment
 * (STRIPE_SECRET_KEY with STRIPE_API_BASE turns Stripe on against a local stand-in): a throw-away database on the PostgreSQL server named by
 * DATABASE_URL, or an in-memory PGlite when it is unset. Nothing is shared between test files.
 * `logger` replaces the silent one, for a test that reads what the server logs (the fuzz suite reads the stacks of 500s).
 */
export async function createTestApp(env: Record<string, string> = {}, { logger }: { logger?: FastifyServerOptions['logger'] } = {}): Promise<TestApp> {
  const database = await createTestDatabase(process.env.DATABASE_URL);
  const config = loadConfig({
    DATA_DIR: mkdtempSync(join(tmpdir(), 'bz-api-')),
    LOG_LEVEL: 'silent',
    AUTH_RATE_LIMIT: '10000',
    // Benchmarks serve thousands of requests a second from one address through this app.
    API_RATE_LIMIT: '10000000',
    NODE_ENV: 'test',
    ...env,
  });
  const storage = createConfiguredStorage(config);
  // As the API runs: the database's own search behind the result cache.
  const search = createConfiguredSearch(config, database.db);
  const payments = createConfiguredPayments(config);
  const app = await buildServer({ config, database, storage, search, payments, jwtSecret: TEST_JWT_SECRET }, logger);
  await app.ready();
  return {
    app,
    database,
    storage,
    search,
    payments,
    close: async () => {
      await app.close();
      await database.close();
    },
  };
}

let counter = 0;
/** A registered user with a fresh session; every call makes a new, unique person. */
export async function registerUser(app: FastifyInstance, overrides: Partial<{ email: string; password: string; name: string }> = {}) {
  const body = {
    email: `user${Date.now()}-${counter++}@example.com`,
    password: 'correct horse battery',
    name: 'مریم رضایی',
    ...overrides,
  };
  const response = await app.inject({ method: 'POST', url: '/v1/auth/register', payload: body });
  if (response.statusCode !== 201) throw new Error(`register failed: ${response.statusCode} ${response.body}`);
  const session = response.json() as { user: { id: string; email: string }; accessToken: string; refreshToken: string };
  return { ...session, password: body.password, auth: { authorization: `Bearer ${session.accessToken}` } };
}

type Session = Awaited<ReturnType<typeof registerUser>>;

/** An admin's session: admin rights come from a platform membership, as in production. */
export async function registerAdmin(t: TestApp): Promise<Session> {
  const session = await registerUser(t.app);
  await createOrUpdateUser(t.database.db, { email: session.user.email, password: session.password, name: 'Admin', locale: 'fa', admin: true });
  return session;
}

/** Platform finance without admin rights: confirms money arriving at the platform's account, nothing else. */
export async function registerFinance(t: TestApp): Promise<Session> {
  const session = await registerUser(t.app);
  await createOrUpdateUser(t.database.db, { email: session.user.email, password: session.password, name: 'Finance', locale: 'fa', admin: false, finance: true });
  return session;
}

/**
 * What finance sends to confirm a bank transfer: the reference the buyer was given to quote (read from
 * the payment, as finance reads it on the transfer's note) and a bank reference of the transfer.
 */
export async function transferConfirmation(t: TestApp, paymentId: string): Promise<{ paymentReference: string; bankReference: string }> {
  const [payment] = await t.database.db.select({ providerReference: payments.providerReference }).from(payments).where(eq(payments.id, paymentId));
  if (!payment?.providerReference) throw new Error(`payment ${paymentId} has no reference to quote`);
  return { paymentReference: payment.providerReference, bankReference: `BANK-${payment.providerReference}` };
}

/** Platform finance sees an order's transfer arrive and confirms it, as a person would through the API. */
export async function confirmTransferAsFinance(t: TestApp, orderId: string): Promise<void> {
  const finance = await registerFinance(t);
  const [payment] = await t.database.db.select({ id: payments.id }).from(payments).where(eq(payments.orderId, orderId));
  if (!payment) throw new Error(`order ${orderId} has no payment`);
  const confirmed = await t.app.inject({ method: 'POST', url: `/v1/payments/${payment.id}/confirm`, headers: finance.auth, payload: await transferConfirmation(t, payment.id) });
  if (confirmed.statusCode !== 200) throw new Error(`confirm failed: ${confirmed.statusCode} ${confirmed.body}`);
}

export const shopInput = { shopName: 'حوله‌بافی مهرگان', provinceCode: 'IR-21', city: 'یزد', trades: ['towels'] };

/** A producer with a shop, approved by `admin` unless told otherwise. */
export async function registerProducer(t: TestApp, admin: Session, { approve = true, shop = {} as Partial<typeof shopInput> } = {}) {
  const session = await registerUser(t.app);
  const opened = await t.app.inject({ method: 'POST', url: '/v1/producers', headers: session.auth, payload: { ...shopInput, ...shop } });
  if (opened.statusCode !== 201) throw new Error(`open shop failed: ${opened.statusCode} ${opened.body}`);
  const producer = opened.json() as { id: string; slug: string };
  if (approve) {
    const approved = await t.app.inject({ method: 'POST', url: `/v1/admin/producers/${producer.id}/approve`, headers: admin.auth });
    if (approved.statusCode !== 200) throw new Error(`approve failed: ${approved.statusCode} ${approved.body}`);
  }
  return { ...session, producer };
}

export const listingInput = {
  title: { fa: 'حوله حمام نخی', en: 'Cotton bath towel' },
  description: { fa: 'حوله‌ای نرم از نخ پنبه، بافته‌شده در خانه.' },
  categorySlug: 'towels',
  priceMinor: 4_500_000,
  currency: 'IRR',
  stock: 5,
};

export async function createListing(t: TestApp, session: Session, overrides: Record<string, unknown> = {}) {
  const response = await t.app.inject({ method: 'POST', url: '/v1/listings', headers: session.auth, payload: { ...listingInput, ...overrides } });
  if (response.statusCode !== 201) throw new Error(`create listing failed: ${response.statusCode} ${response.body}`);
  return response.json() as { id: string; status: string };
}

/** Delivers every waiting search update now, as the API's worker would within a moment. */
export async function drainSearchOutbox(t: TestApp): Promise<void> {
  const { failed } = await drainOutbox(t.database.db, t.search);
  if (failed) throw new Error(`search outbox: ${failed} deliveries failed`);
}

/** A listing created and published by `session`, so anyone can buy it. */
export async function publishedListing(t: TestApp, session: Session, overrides: Record<string, unknown> = {}) {
  const listing = await createListing(t, session, overrides);
  const published = await t.app.inject({ method: 'POST', url: `/v1/listings/${listing.id}/publish`, headers: session.auth });
  if (published.statusCode !== 200) throw new Error(`publish failed: ${published.statusCode} ${published.body}`);
  return published.json() as { id: string; status: string; variants: Array<{ id: string }> };
}

export const shippingAddressInput = {
  recipientName: 'مریم رضایی',
  phone: '۰۹۱۲۳۴۵۶۷۸۹',
  provinceCode: 'IR-23',
  city: 'تهران',
  addressLine: 'خیابان انقلاب، کوچهٔ یاس، پلاک ۱۲',
  postalCode: '۱۴۱۵۵۶۶۷۷۸',
};
