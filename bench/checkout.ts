// `pnpm bench checkout` (needs DATABASE_URL): POST /v1/orders over HTTP at concurrency 32 on the
// real PostgreSQL, (a) each order for a different listing, (b) every order for one hot listing
// with 1,000 units; then counts what was sold against what was in stock.
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { createDatabase, listings, orderLines, orders } from '@bazaarche/db';
import autocannon from 'autocannon';
import { and, eq, notInArray, sql } from 'drizzle-orm';
import { shippingAddressInput } from '../apps/api/test/support.ts';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 15);
const CONNECTIONS = 32;
if (!process.env.DATABASE_URL) {
  console.error('bench/checkout.ts measures the real PostgreSQL: set DATABASE_URL (e.g. postgres://postgres@127.0.0.1:5432/test).');
  process.exit(2);
}

const server = spawn(process.execPath, [...(process.env.BENCH_PROFILE ? ['--cpu-prof', '--cpu-prof-dir=/tmp/prof2'] : []), '--import', 'tsx', new URL('./serve-checkout-api.ts', import.meta.url).pathname], { stdio: ['ignore', 'pipe', 'inherit'] });
const [line] = (await once(createInterface({ input: server.stdout! }), 'line')) as [string];
const setup = JSON.parse(line) as { port: number; databaseUrl: string; tokens: string[]; listingIds: string[]; hotId: string };
const url = `http://127.0.0.1:${setup.port}`;

let sent = 0;
/** Each request from the next buyer, with its own Idempotency-Key, as the web's checkout form sends. */
function orderOf(listingId: () => string): autocannon.Request {
  return {
    method: 'POST',
    path: '/v1/orders',
    setupRequest: (request) => {
      const n = sent++;
      return {
        ...request,
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${setup.tokens[n % setup.tokens.length]}`,
          'idempotency-key': randomUUID(),
        },
        body: JSON.stringify({ shippingAddress: shippingAddressInput, paymentMethod: 'manual', items: [{ listingId: listingId(), quantity: 1 }] }),
      };
    },
  };
}

async function run(options: Partial<autocannon.Options>, listingId: () => string) {
  const times: number[] = [];
  const statuses = new Map<number, number>();
  const tracker = autocannon({ url, connections: CONNECTIONS, requests: [orderOf(listingId)], ...options });
  tracker.on('response', (_client: unknown, status: number, _bytes: number, responseTime: number) => {
    times.push(responseTime);
    statuses.set(status, (statuses.get(status) ?? 0) + 1);
  });
  const result = await tracker;
  times.sort((a, b) => a - b);
  const seconds = result.duration;
  return { created: statuses.get(201) ?? 0, statuses, seconds, p50: pct(times, 50), p95: pct(times, 95), p99: pct(times, 99), errors: result.errors };
}
const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;

let next = 0;
const uncontended = await run({ duration: SECONDS }, () => setup.listingIds[next++ % setup.listingIds.length]!);
// Twice as many orders as units: the first 1,000 sell, the rest must be refused.
const contended = await run({ amount: 2000 }, () => setup.hotId);

const database = await createDatabase({ databaseUrl: setup.databaseUrl, maxConnections: 2 });
const [hot] = await database.db.select({ stock: listings.stock }).from(listings).where(eq(listings.id, setup.hotId));
const [sold] = await database.db
  .select({ units: sql<number>`coalesce(sum(${orderLines.quantity}), 0)`.mapWith(Number) })
  .from(orderLines)
  .innerJoin(orders, eq(orders.id, orderLines.orderId))
  .where(and(eq(orderLines.listingId, setup.hotId), notInArray(orders.status, ['cancelled', 'expired'])));
const [negative] = await database.db.select({ n: sql<number>`count(*)`.mapWith(Number) }).from(listings).where(sql`${listings.stock} < 0`);
await database.close();
server.kill('SIGTERM');
await once(server, 'exit');

const oversold = Math.max(0, sold!.units - 1000);
const describe = (s: Map<number, number>) => [...s.entries()].map(([status, n]) => `${n}× ${status}`).join(', ');
console.log(`\nPOST /v1/orders over HTTP, PostgreSQL, concurrency ${CONNECTIONS}, one line per order, manual payment.\n`);
console.log('| scenario | orders/s | p50 ms | p95 ms | p99 ms | responses | oversold units |');
console.log('| --- | ---: | ---: | ---: | ---: | --- | ---: |');
console.log(
  `| (a) uncontended, ${SECONDS} s, a different listing each | ${Math.round(uncontended.created / uncontended.seconds)} | ${uncontended.p50.toFixed(0)} | ${uncontended.p95.toFixed(0)} | ${uncontended.p99.toFixed(0)} | ${describe(uncontended.statuses)} | 0 |`,
);
console.log(
  `| (b) contended, 2,000 orders for one listing with 1,000 units | ${Math.round(contended.created / contended.seconds)} | ${contended.p50.toFixed(0)} | ${contended.p95.toFixed(0)} | ${contended.p99.toFixed(0)} | ${describe(contended.statuses)} | ${oversold} |`,
);
console.log(`\nHot listing afterwards: stock ${hot!.stock}, units in live orders ${sold!.units}; listings with negative stock: ${negative!.n}.`);
