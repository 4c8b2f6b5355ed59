// `pnpm bench checkout` (needs DATABASE_URL): POST /v1/orders over HTTP at concurrency 32 on the
// real PostgreSQL, (a) each order for a different listing, (b) every order for one hot listing
// with 1,000 units; then counts what was sold against what was in stock.
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { createDatabase, listings, orderLines, orders, queryRows } from '@bazaarche/db';
import autocannon from 'autocannon';
import { and, eq, notInArray, sql } from 'drizzle-orm';
import { shippingAddressInput } from '../apps/api/test/support.ts';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 15);
const CONNECTIONS = 32;
if (!process.env.DATABASE_URL) {
  console.error('bench/checkout.ts measures the real PostgreSQL: set DATABASE_URL (e.g. postgres://postgres@127.0.0.1:5432/test).');
  process.exit(2);
}

const server = spawn(process.execPath, [...(process.env.BENCH_PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE}`] : []), '--import', 'tsx', new URL('./serve-checkout-api.ts', import.meta.url).pathname], { stdio: ['ignore', 'pipe', 'inherit'] });
const serverLines = createInterface({ input: server.stdout! })[Symbol.asyncIterator]();
const nextLine = async () => JSON.parse((await serverLines.next()).value as string);
const setup = (await nextLine()) as { port: number; databaseUrl: string; tokens: string[]; listingIds: string[]; hotId: string };
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

/** Where the time of a run went: the API's statements and CPU, PostgreSQL's busy time, and this process's own CPU. */
const stats = await createDatabase({ databaseUrl: setup.databaseUrl, maxConnections: 1 });
async function costs() {
  server.kill('SIGUSR2');
  const { statements, writes } = (await nextLine()) as { statements: number; writes: number };
  // A backend idle after its last transaction flushes its counts to pg_stat_database within 10 s.
  await new Promise((resolve) => setTimeout(resolve, 10_500));
  const [database] = await queryRows<{ active: number; idleInTransaction: number; commits: number }>(
    stats.db,
    sql`select active_time as active, idle_in_transaction_time as "idleInTransaction", xact_commit::int as commits from pg_stat_database where datname = current_database()`,
  );
  const [utime, stime] = readFileSync(`/proc/${server.pid}/stat`, 'utf8').split(') ')[1]!.split(' ').slice(11, 13).map(Number);
  return { statements, writes, ...database!, apiCpuMs: ((utime! + stime!) * 1000) / 100, benchCpuMs: (process.cpuUsage().user + process.cpuUsage().system) / 1000 };
}
const perOrder = (before: Awaited<ReturnType<typeof costs>>, after: Awaited<ReturnType<typeof costs>>, orders: number) => {
  const each = (key: keyof typeof before) => ((after[key] - before[key]) / orders).toFixed(key === 'statements' || key === 'writes' || key === 'commits' ? 1 : 2);
  return `statements ${each('statements')}, socket writes to PostgreSQL ${each('writes')}, commits ${each('commits')}, API CPU ${each('apiCpuMs')} ms, PostgreSQL active ${each('active')} ms and idle in transaction ${each('idleInTransaction')} ms, bench client CPU ${each('benchCpuMs')} ms`;
};

let next = 0;
const before = await costs();
const uncontended = await run({ duration: SECONDS }, () => setup.listingIds[next++ % setup.listingIds.length]!);
const after = await costs();
await stats.close();
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
console.log(`\nPer uncontended order (${uncontended.created}): ${perOrder(before, after, uncontended.created)}.`);
console.log(`\nHot listing afterwards: stock ${hot!.stock}, units in live orders ${sold!.units}; listings with negative stock: ${negative!.n}.`);
