// kill -9 under a checkout load: the API process dies mid-write, restarts on the same database, and
// every order it acknowledged with 201 is still there with its lines, and no unit of stock was lost or
// made up. On the embedded PGlite on disk (DATA_DIR) when DATABASE_URL is unset, else on a throw-away
// database of its own on that server. Bounded: a fixed number of buyers and units; it stops by itself.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDatabase, type DatabaseHandle, listings, migrateDatabase, orderLines, orders } from '@bazaarche/db';
import { createTestDatabase, type TestDatabase } from '@bazaarche/db/testing';
import { and, eq, inArray, notInArray, sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { createOrUpdateUser } from '../src/services/accounts/create-user.ts';
import { listingInput, shippingAddressInput, shopInput } from './support.ts';

const root = new URL('../../../', import.meta.url).pathname;
const LISTINGS = 4;
const STOCK = 30;
const BUYERS = 6;
const CONCURRENCY = 8;
/** Acknowledged orders before the kill: enough that many writes are in flight when it lands. */
const KILL_AFTER = 20;

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

type Line = { listingId: string; quantity: number };
const linesOf = (order: { fulfilments: Array<{ lines: Line[] }> }) =>
  order.fulfilments
    .flatMap((f) => f.lines.map((l) => `${l.listingId}×${l.quantity}`))
    .sort()
    .join(', ');

describe(`an API killed with SIGKILL under checkout load on ${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite on disk'}`, () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'bz-crash-'));
  let server: TestDatabase | undefined;
  let api: ChildProcess | undefined;
  let port = 0;
  afterAll(async () => {
    api?.kill('SIGKILL');
    await server?.close();
  });

  const env = () => ({
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? '/tmp',
    DATA_DIR: dataDir,
    API_PORT: String(port),
    LOG_LEVEL: 'warn',
    AUTH_RATE_LIMIT: '100000',
    ...(server?.url && { DATABASE_URL: server.url }),
  });
  const url = (path: string) => `http://127.0.0.1:${port}${path}`;
  const call = async (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) => {
    const response = await fetch(url(path), {
      method,
      headers: { ...(body !== undefined && { 'content-type': 'application/json' }), ...headers },
      ...(body !== undefined && { body: JSON.stringify(body) }),
      signal: AbortSignal.timeout(10_000),
    });
    const text = await response.text();
    return { status: response.status, json: text ? JSON.parse(text) : undefined };
  };

  /** Starts the API and waits for it to answer; after a kill -9 on PGlite it retries until the dead holder's lock on the directory has gone stale. */
  async function start(): Promise<number> {
    const began = Date.now();
    for (let attempt = 0; Date.now() - began < 40_000; attempt++) {
      port = await freePort();
      let stderr = '';
      // Node itself with tsx as a loader, not the tsx wrapper: SIGKILL to a wrapper would leave the server running.
      const child = spawn(process.execPath, ['--import', 'tsx', 'apps/api/src/server.ts'], { cwd: root, env: env(), stdio: ['ignore', 'ignore', 'pipe'] });
      child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
      for (;;) {
        const up = await fetch(url('/health'), { signal: AbortSignal.timeout(1_000) }).catch(() => undefined);
        if (up?.ok) {
          api = child;
          return Date.now() - began;
        }
        const code = await Promise.race([exited, new Promise((r) => setTimeout(r, 200, 'running'))]);
        if (code === 'running') continue;
        if (!/already open in another Bazaarche process/.test(stderr)) throw new Error(`the API exited with ${String(code)} at start:\n${stderr}`);
        await new Promise((r) => setTimeout(r, 1_000));
        break;
      }
    }
    throw new Error('the API did not start within 40 s');
  }

  it('keeps every acknowledged order with its lines, and stock plus live units equals the stock it started with', { timeout: 120_000 }, async () => {
    const started = Date.now();
    const admin = { email: 'crash-admin@example.com', password: 'crash admin pass', name: 'Admin', locale: 'fa' as const, admin: true };
    if (process.env.DATABASE_URL) {
      server = await createTestDatabase(process.env.DATABASE_URL);
      await createOrUpdateUser(server.db, admin);
    } else {
      // The embedded database is the API's own while it runs: the admin is made before, as `pnpm cli user:create` would.
      const local = await createDatabase({ dataDir });
      await migrateDatabase(local);
      await createOrUpdateUser(local.db, admin);
      await local.close();
    }
    const prepared = Date.now() - started;
    const firstStartMs = await start();

    const adminAuth = { authorization: `Bearer ${(await call('POST', '/v1/auth/login', { email: admin.email, password: admin.password })).json.accessToken}` };
    const register = async (i: string) => {
      const r = await call('POST', '/v1/auth/register', { email: `crash-${i}@example.com`, password: 'crash test pass', name: `Buyer ${i}` });
      expect(r.status, JSON.stringify(r.json)).toBe(201);
      return { authorization: `Bearer ${r.json.accessToken}` };
    };
    const seller = await register('seller');
    const shop = await call('POST', '/v1/producers', shopInput, seller);
    expect((await call('POST', `/v1/admin/producers/${shop.json.id}/approve`, undefined, adminAuth)).status).toBe(200);
    const listingIds: string[] = [];
    for (let i = 0; i < LISTINGS; i++) {
      const created = await call('POST', '/v1/listings', { ...listingInput, stock: STOCK }, seller);
      expect(created.status, JSON.stringify(created.json)).toBe(201);
      expect((await call('POST', `/v1/listings/${created.json.id}/publish`, undefined, seller)).status).toBe(200);
      listingIds.push(created.json.id);
    }
    const buyers = await Promise.all(Array.from({ length: BUYERS }, (_, i) => register(`buyer-${i}`)));

    // The load: each worker places orders of one or two lines until stock runs out or the process dies.
    const acknowledged: Array<{ id: string; buyer: Record<string, string>; lines: string }> = [];
    const outcomes = new Map<string, number>();
    const unanswered: Array<{ key: string; buyer: Record<string, string>; items: Line[] }> = [];
    let n = 0;
    let killedAt = 0;
    let dead = false;
    const kill = () => {
      if (killedAt) return;
      killedAt = Date.now();
      const child = api!;
      child.once('exit', () => (dead = true));
      child.kill('SIGKILL');
    };
    // The workers keep sending until the process is gone, so that the kill lands on writes in flight.
    const worker = async () => {
      while (!dead) {
        const k = n++;
        const buyer = buyers[k % BUYERS]!;
        const first = listingIds[k % LISTINGS]!;
        const second = listingIds[(k * 7 + 1) % LISTINGS]!;
        const items = [{ listingId: first, quantity: 1 + (k % 2) }, ...(k % 3 === 0 && second !== first ? [{ listingId: second, quantity: 1 }] : [])];
        const key = `crash-${k}`;
        const placed = await call('POST', '/v1/orders', { shippingAddress: shippingAddressInput, paymentMethod: 'manual', items }, { ...buyer, 'idempotency-key': key }).catch(
          () => ({ status: 0, json: undefined }),
        );
        outcomes.set(String(placed.status), (outcomes.get(String(placed.status)) ?? 0) + 1);
        if (placed.status === 0) {
          unanswered.push({ key, buyer, items });
          if (!killedAt) throw new Error('POST /v1/orders got no answer before the kill');
          await new Promise((r) => setTimeout(r, 20));
        } else if (placed.status === 201) {
          acknowledged.push({ id: placed.json.id, buyer, lines: linesOf(placed.json) });
          if (acknowledged.length >= KILL_AFTER) kill();
        } else if (placed.status === 409) {
          // Sold out: the load is over without a kill only if every listing is; kill now so the test still crashes mid-traffic.
          if (outcomes.get('409')! > LISTINGS * 4) kill();
        } else throw new Error(`POST /v1/orders answered ${placed.status}: ${JSON.stringify(placed.json)}`);
      }
    };
    const seeded = Date.now() - started;
    const loadStarted = Date.now();
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    const loadMs = killedAt - loadStarted;
    expect(acknowledged.length).toBeGreaterThan(0);

    const restartMs = await start();
    // Every acknowledged order, read back as its buyer: present, with the same lines and quantities.
    const missing: string[] = [];
    for (const order of acknowledged) {
      const read = await call('GET', `/v1/orders/${order.id}`, undefined, order.buyer);
      if (read.status !== 200) missing.push(`${order.id}: ${read.status}`);
      else if (linesOf(read.json) !== order.lines) missing.push(`${order.id}: lines ${linesOf(read.json)} instead of ${order.lines}`);
    }
    expect(missing, 'acknowledged orders lost or changed by the crash').toEqual([]);
    // A request the crash left unanswered, sent again with its key, places the order at most once (or finds it placed).
    const retried = new Map<number, number>();
    for (const r of unanswered.filter((u, i, all) => all.findIndex((v) => v.key === u.key) === i)) {
      const again = await call('POST', '/v1/orders', { shippingAddress: shippingAddressInput, paymentMethod: 'manual', items: r.items }, { ...r.buyer, 'idempotency-key': r.key });
      retried.set(again.status, (retried.get(again.status) ?? 0) + 1);
      expect([200, 201, 409], JSON.stringify(again.json)).toContain(again.status);
    }

    // The books, straight from the database once the API has stopped (PGlite has one owner at a time).
    api!.kill('SIGTERM');
    await new Promise((resolve) => api!.once('exit', resolve));
    api = undefined;
    const database: DatabaseHandle = server ?? (await createDatabase({ dataDir }));
    try {
      const { db } = database;
      const stock = await db.select({ id: listings.id, stock: listings.stock }).from(listings).where(inArray(listings.id, listingIds));
      const live = await db
        .select({ id: orderLines.listingId, units: sql<number>`coalesce(sum(${orderLines.quantity}), 0)`.mapWith(Number) })
        .from(orderLines)
        .innerJoin(orders, eq(orders.id, orderLines.orderId))
        .where(and(inArray(orderLines.listingId, listingIds), notInArray(orders.status, ['cancelled', 'expired'])))
        .groupBy(orderLines.listingId);
      const books = listingIds.map((id) => ({ id, stockPlusLive: (stock.find((s) => s.id === id)?.stock ?? Number.NaN) + (live.find((l) => l.id === id)?.units ?? 0) }));
      expect(books).toEqual(listingIds.map((id) => ({ id, stockPlusLive: STOCK })));
      const [bare] = await db
        .select({ n: sql<number>`count(*)`.mapWith(Number) })
        .from(orders)
        .where(sql`not exists (select 1 from ${orderLines} where ${orderLines.orderId} = ${orders.id})`);
      expect(bare!.n, 'orders without lines').toBe(0);
      const [total] = await db.select({ n: sql<number>`count(*)`.mapWith(Number) }).from(orders);
      console.log(
        `crash-recovery (${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite'}): ${acknowledged.length} orders acknowledged, ${total!.n} in the database, ` +
          `database ready after ${prepared} ms, API up in ${firstStartMs} ms, seeded by ${seeded} ms; outcomes ${[...outcomes].map(([s, c]) => `${c}×${s === '0' ? 'no answer' : s}`).join(' ')}; killed after ${loadMs} ms of load, ` +
          `restarted in ${restartMs} ms; unanswered requests sent again: ${[...retried].map(([st, c]) => `${c}×${st}`).join(' ') || 'none'}; ${((Date.now() - started) / 1000).toFixed(1)} s in all`,
      );
    } finally {
      if (!server) await database.close();
    }
  });
});
