// The API on a fresh PostgreSQL database with a catalogue to buy from, in its own process; prints
// one JSON line: the port, the database, 32 buyers' tokens, the listings for uncontended orders
// (one each) and the hot listing with 1,000 units.
import { Socket } from 'node:net';
import { loadConfig } from '@bazaarche/config';
import { createDatabase, listings, producers } from '@bazaarche/db';
import { eq } from 'drizzle-orm';
import { createConfiguredSearch } from '../apps/api/src/adapters/search.ts';
import { createConfiguredPayments } from '../apps/api/src/adapters/payments.ts';
import { createConfiguredStorage } from '../apps/api/src/adapters/storage.ts';
import { buildServer } from '../apps/api/src/build-server.ts';
import { createTestApp, publishedListing, registerAdmin, registerProducer, registerUser, TEST_JWT_SECRET } from '../apps/api/test/support.ts';

const LISTINGS = Number(process.env.BENCH_LISTINGS ?? 10_000);
const t = await createTestApp({ AUTH_RATE_LIMIT: '100000' });
const admin = await registerAdmin(t);
const sellers: Awaited<ReturnType<typeof registerProducer>>[] = [];
for (let i = 0; i < 4; i++) sellers.push(await registerProducer(t, admin));
await t.database.db.update(producers).set({ shippingFeeMinor: 500_000, freeShippingAboveMinor: 20_000_000 });
const template = await publishedListing(t, sellers[0]!, { stock: 1000 });
const [row] = await t.database.db.select().from(listings).where(eq(listings.id, template.id));
const { id: _, ...copy } = row!;
const ids: string[] = [];
for (let i = 0; i < LISTINGS; i += 1000) {
  const batch = Array.from({ length: Math.min(1000, LISTINGS - i) }, (_, j) => ({ ...copy, producerId: sellers[(i + j) % sellers.length]!.producer.id, stock: 1000 }));
  ids.push(...(await t.database.db.insert(listings).values(batch).returning({ id: listings.id })).map((r) => r.id));
}
const hot = await publishedListing(t, sellers[1]!, { title: { fa: 'حوله حراج' }, stock: 1000 });
const buyers = await Promise.all(Array.from({ length: 32 }, () => registerUser(t.app)));
// Served as in production: its own pool of 10 connections (the test app's is smaller).
// The load comes from one address, far above a visitor's limit: the limiter still counts every request, as in production.
const config = loadConfig({ DATABASE_URL: t.database.url, LOG_LEVEL: 'silent', DATA_DIR: '/tmp/bz-bench-checkout', API_RATE_LIMIT: '10000000' });
const database = await createDatabase({ databaseUrl: t.database.url!, maxConnections: 10 });
// Every statement the API sends (the driver's debug hook) and every write to PostgreSQL's socket,
// counted: the bench asks for the counts (SIGUSR2) around a run.
let statements = 0;
let writes = 0;
const databasePort = Number(new URL(t.database.url!).port || 5432);
(database.db as unknown as { $client: { options: { debug?: () => void } } }).$client.options.debug = () => {
  statements++;
};
const write = Socket.prototype.write;
Socket.prototype.write = function (this: Socket, ...args: Parameters<Socket['write']>) {
  if (this.remotePort === databasePort) writes++;
  return write.apply(this, args);
} as Socket['write'];
process.on('SIGUSR2', () => process.stdout.write(`${JSON.stringify({ statements, writes })}\n`));
const app = await buildServer({ config, database, storage: createConfiguredStorage(config), payments: createConfiguredPayments(config), search: createConfiguredSearch(config, database.db), jwtSecret: TEST_JWT_SECRET });
await app.listen({ port: 0, host: '127.0.0.1' });
const address = app.server.address();
process.stdout.write(
  `${JSON.stringify({ port: typeof address === 'object' ? address?.port : 0, databaseUrl: t.database.url, tokens: buyers.map((b) => b.accessToken), listingIds: ids, hotId: hot.id })}\n`,
);
process.on('SIGTERM', async () => {
  await app.close();
  await database.close();
  await t.close();
  process.exit(0);
});
