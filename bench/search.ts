// `pnpm bench search` (needs DATABASE_URL): 100,000 generated listings on the real PostgreSQL,
// reindexed through the search port, then GET /v1/search over HTTP for a fixed mix of Persian and
// English queries (typos and filters included) at concurrency 16, and the same queries straight
// against the search adapter in this process, to give the API's overhead as a ratio.
// With MEILI_HOST set as well, the same run measures the Meilisearch adapter.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { categories, createDatabase, listings, migrateDatabase, producers, queryRows, users } from '@bazaarche/db';
import { createTestDatabase } from '@bazaarche/db/testing';
import { normalizeForSearch } from '@bazaarche/domain';
import type { SearchQuery } from '@bazaarche/search';
import { sql } from 'drizzle-orm';
import { loadConfig } from '@bazaarche/config';
import { createConfiguredSearch } from '../apps/api/src/adapters/search.ts';
import autocannon from 'autocannon';
import { generateCatalogue } from '../apps/api/src/seed/catalogue/generate-catalogue.ts';
import { buildSearchDocuments } from '../apps/api/src/services/search/build-search-documents.ts';
import { reindexAll } from '../apps/api/src/services/search/reindex.ts';

const TARGET = Number(process.env.BENCH_LISTINGS ?? 100_000);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 15);
const CONNECTIONS = 16;
if (!process.env.DATABASE_URL && !process.env.BENCH_REUSE) {
  console.error('bench/search.ts measures the real PostgreSQL: set DATABASE_URL (e.g. postgres://postgres@127.0.0.1:5432/test).');
  process.exit(2);
}

// BENCH_REUSE=<database url> measures a database an earlier run kept (BENCH_KEEP=1) instead of building one.
const reuse = process.env.BENCH_REUSE;
const database = reuse ? await openKept(reuse) : await createTestDatabase(process.env.DATABASE_URL);
const db = database.db;
const config = loadConfig(process.env);
// The engine as the API would choose it (Meilisearch when MEILI_HOST is set). Its changes move the
// index generation the API's answer cache watches; the direct run below has no cache.
const search = createConfiguredSearch(config, db);

let made = 0;
let generatedSeconds = 0;
let reindexSeconds = 0;
let indexed = 0;
if (!reuse) {
  // Listings: the demo catalogue under many seeds, each seed a new set of 40 shops, until TARGET.
  const started = performance.now();
  const categoryIds = new Map((await db.select().from(categories)).map((c) => [c.slug, c.id]));
  for (let seed = 1; made < TARGET; seed++) {
    const shops = generateCatalogue(seed);
    const owners = await db
      .insert(users)
      .values(shops.map((s, i) => ({ email: `s${seed}-${i}@bench.test`, name: s.name, passwordHash: 'x' })))
      .returning({ id: users.id });
    const rows = await db
      .insert(producers)
      .values(
        shops.map((s, i) => ({
          ownerUserId: owners[i]!.id,
          slug: `bench-${seed}-${i}`,
          shopName: s.shopName,
          provinceCode: s.provinceCode,
          city: s.city,
          status: 'approved',
          approvedAt: new Date(),
        })),
      )
      .returning({ id: producers.id });
    const batch = shops.flatMap((shop, i) =>
      shop.listings.map((l) => ({
        producerId: rows[i]!.id,
        categoryId: categoryIds.get(l.categorySlug)!,
        status: 'active',
        titleFa: l.title.fa,
        titleEn: l.title.en ?? null,
        descriptionFa: l.description.fa,
        descriptionEn: l.description.en ?? null,
        priceMinor: l.priceMinor,
        currency: 'IRR',
        stock: l.madeToOrder || l.variants?.length ? null : (l.stock ?? 1),
        processingDays: l.madeToOrder?.processingDays ?? null,
        publishedAt: new Date(Date.now() - Math.floor(Math.random() * 3e10)),
      })),
    );
    const room = TARGET - made;
    for (let i = 0; i < Math.min(batch.length, room); i += 1000) await db.insert(listings).values(batch.slice(i, Math.min(i + 1000, room)));
    made += Math.min(batch.length, room);
  }
  generatedSeconds = (performance.now() - started) / 1000;
  const reindexStarted = performance.now();
  indexed = await reindexAll(db, search, { batchSize: 1000 });
  reindexSeconds = (performance.now() - reindexStarted) / 1000;
  // A bulk load leaves hint bits unset and no statistics; autovacuum fixes that within a minute in
  // production, and measuring before it would time the first reads' page writes, not search.
  if (search.kind === 'postgres') await db.execute(sql`vacuum analyze search_documents, search_words`);
  console.error(`generated ${made} listings in ${generatedSeconds.toFixed(1)} s; reindexed ${indexed} in ${reindexSeconds.toFixed(1)} s`);
} else {
  [{ made }] = await db.select({ made: sql<number>`count(*)`.mapWith(Number) }).from(listings);
}

// The mix: 24 queries, Persian (with Arabic letters, half-spaces, digits, typos) and English, with and without filters.
const mix: Array<Record<string, string>> = [
  { q: 'عسل' },
  { q: 'عسل طبیعی', province: 'IR-24' },
  { q: 'عسل گون', sort: 'price_asc' },
  { q: 'عصل' },
  { q: 'حوله' },
  { q: 'حوله حمام' },
  { q: 'حوبه نخی' },
  { q: 'كيف چرمي' },
  { q: 'کیف‌ها' },
  { q: 'کیف ها', category: 'leather' },
  { q: 'گلیم دستباف', sort: 'newest' },
  { q: 'سفال', category: 'handicrafts' },
  { q: 'لباس کار', madeToOrder: 'false' },
  { q: 'گان بیمار' },
  { q: 'شیرینی', province: 'IR-26' },
  { q: 'ترشی ۱ کیلو' },
  { q: 'honey' },
  { q: 'leather wallet' },
  { q: 'towl' },
  { q: 'pottery', sort: 'price_desc' },
  { q: '', category: 'food', sort: 'newest' },
  { q: '', province: 'IR-21', priceMin: '1000000', priceMax: '50000000' },
  { q: 'پسته' },
  { q: 'مربا', madeToOrder: 'true' },
];
const paths = mix.map((params) => `/v1/search?${new URLSearchParams(params)}`);
const queries: SearchQuery[] = mix.map(({ q = '', sort = 'relevance', priceMin, priceMax, madeToOrder, ...rest }) => ({
  ...rest,
  text: normalizeForSearch(q),
  sort: sort as SearchQuery['sort'],
  page: 1,
  perPage: 20,
  priceMin: priceMin ? Number(priceMin) : undefined,
  priceMax: priceMax ? Number(priceMax) : undefined,
  madeToOrder: madeToOrder === undefined ? undefined : madeToOrder === 'true',
}));

// Directly against the adapter: CONNECTIONS loops for SECONDS, each cycling through the mix.
const direct: number[] = [];
const until = performance.now() + SECONDS * 1000;
await Promise.all(
  Array.from({ length: CONNECTIONS }, async (_, worker) => {
    for (let i = worker; performance.now() < until; i++) {
      const t0 = performance.now();
      await search.search(queries[i % queries.length]!);
      direct.push(performance.now() - t0);
    }
  }),
);
direct.sort((a, b) => a - b);
const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;

// Through the API, in its own process, over HTTP.
async function overHttp(env: Record<string, string>, during?: () => Promise<void>) {
  const server = spawn(process.execPath, ['--import', 'tsx', new URL('./serve-search-api.ts', import.meta.url).pathname], {
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, ...env, BENCH_DATABASE_URL: database.url! },
  });
  const [line] = (await once(createInterface({ input: server.stdout! }), 'line')) as [string];
  const { port } = JSON.parse(line) as { port: number };
  const tracker = autocannon({
    url: `http://127.0.0.1:${port}`,
    connections: CONNECTIONS,
    duration: SECONDS,
    requests: paths.map((path) => ({ method: 'GET' as const, path })),
  });
  const times: number[] = [];
  tracker.on('response', (_client: unknown, _status: number, _bytes: number, responseTime: number) => times.push(responseTime));
  let running = true;
  const changes = (async () => {
    while (running && during) await during();
  })();
  const result = await tracker;
  running = false;
  await changes;
  times.sort((a, b) => a - b);
  server.kill('SIGTERM');
  await once(server, 'exit');
  return { perSecond: result['2xx'] / SECONDS, times, errors: result.non2xx + result.errors };
}

// Every answer computed afresh: the engine's own cost, plus the API's.
const cold = await overHttp({ SEARCH_CACHE_ENTRIES: '0' });
// Repeated queries answered from the cache until the index changes.
const warm = await overHttp({});
// The same while sellers keep editing: a listing re-indexed every 250 ms, each change retiring every cached answer.
const sample = await queryRows<{ listing_id: string }>(db, sql`select listing_id from search_documents order by random() limit 200`);
let edits = 0;
const churn = await overHttp({}, async () => {
  const { documents } = await buildSearchDocuments(db, [sample[edits++ % sample.length]!.listing_id]);
  await search.index(documents);
  await new Promise((resolve) => setTimeout(resolve, 250));
});

// BENCH_KEEP=1 leaves the database for EXPLAIN ANALYZE and for BENCH_REUSE.
const keep = Boolean(process.env.BENCH_KEEP) && !reuse;
if (keep || reuse) console.error(`kept ${database.url}`);
// A reused database's close only ends its pool; a kept new one would be dropped by close, so its pool ends with the process.
if (!keep) await database.close();

const directPerSecond = direct.length / SECONDS;
console.log(`\nSearch over ${made} listings (${search.kind}), ${mix.length}-query mix, concurrency ${CONNECTIONS}, ${SECONDS} s each.\n`);
console.log('| path | requests/s | p50 ms | p95 ms | p99 ms | errors |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
const row = (name: string, perSecond: number, times: number[], errors: number) =>
  console.log(`| ${name} | ${Math.round(perSecond)} | ${pct(times, 50).toFixed(1)} | ${pct(times, 95).toFixed(1)} | ${pct(times, 99).toFixed(1)} | ${errors} |`);
row('engine in-process, no cache (SQL)', directPerSecond, direct, 0);
row('GET /v1/search, cache off', cold.perSecond, cold.times, cold.errors);
row('GET /v1/search, cache on', warm.perSecond, warm.times, warm.errors);
row(`GET /v1/search, cache on, index changed 4×/s (${edits} changes)`, churn.perSecond, churn.times, churn.errors);
console.log(`\nAPI (cache off) / engine throughput: ${(cold.perSecond / directPerSecond).toFixed(2)}.`);
if (!reuse) console.log(`Reindex of ${indexed} listings: ${reindexSeconds.toFixed(1)} s.`);
if (keep) process.exit(0);

async function openKept(url: string) {
  const handle = await createDatabase({ databaseUrl: url, maxConnections: 16 });
  await migrateDatabase(handle, url);
  return { db: handle.db, url, close: () => handle.close() };
}
