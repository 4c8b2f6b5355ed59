// The API on a fresh database for bench/photo-pipeline.ts, in its own process (so its peak memory
// can be read from /proc): an approved producer shop with PHOTO_LISTINGS draft listings (a listing
// holds at most 10 photos). Prints one JSON line: { port, accessToken, listingId, listingIds }.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestApp, registerAdmin, registerProducer } from '../apps/api/test/support.ts';

const listing = {
  title: { fa: 'حوله' },
  description: { fa: 'حوله نخی' },
  categorySlug: 'towels',
  priceMinor: 1_000_000,
  currency: 'IRR',
  stock: 5,
};

const dataDir = mkdtempSync(join(tmpdir(), 'bz-photo-bench-'));
const t = await createTestApp({ DATA_DIR: dataDir, AUTH_RATE_LIMIT: '100000' });
await t.app.listen({ port: 0, host: '127.0.0.1' });
const address = t.app.server.address();

const admin = await registerAdmin(t);
const producer = await registerProducer(t, admin, { shop: { shopName: 'حوله‌بافی بنچ', provinceCode: 'IR-23', city: 'تهران', trades: ['towels'] } });
const listingIds: string[] = [];
for (let i = 0; i < Number(process.env.PHOTO_LISTINGS ?? 1); i++) {
  const created = await t.app.inject({ method: 'POST', url: '/v1/listings', headers: producer.auth, payload: listing });
  if (created.statusCode !== 201) throw new Error(`create listing failed: ${created.statusCode} ${created.body}`);
  listingIds.push((created.json() as { id: string }).id);
}

const port = typeof address === 'object' ? address?.port : 0;
process.stdout.write(`${JSON.stringify({ port, accessToken: producer.accessToken, listingId: listingIds[0], listingIds })}\n`);
process.on('SIGTERM', async () => {
  await t.close();
  rmSync(dataDir, { recursive: true, force: true });
  process.exit(0);
});
