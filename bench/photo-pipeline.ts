// `npx tsx bench/photo-pipeline.ts`: a 12-megapixel JPEG to all six variants plus the placeholder,
// by bare processImage in this process and through POST /v1/listings/:id/images over real HTTP,
// then the API process's peak memory with 4 uploads at once. Prints a table for BENCHMARKS.md.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { createInterface } from 'node:readline';
import { processImage } from '../packages/media/src/index.ts';
import { cameraJpeg } from '../packages/media/src/test-fixtures.ts';

const RUNS = Number(process.env.PHOTO_RUNS ?? 10);
const CONCURRENT = 4;
const CONCURRENT_ROUNDS = Number(process.env.PHOTO_ROUNDS ?? 3);
const TINY_RUNS = 10;
const PHOTOS_PER_LISTING = 10;

const kib = (bytes: number) => `${Math.round(bytes / 1024)} KiB`;
const mib = (kibibytes: number) => `${(kibibytes / 1024).toFixed(0)} MiB`;
function procStatus(pid: number): { rssKiB: number; hwmKiB: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const field = (name: string) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
  return { rssKiB: field('VmRSS'), hwmKiB: field('VmHWM') };
}

const loadBefore = loadavg().map((n) => n.toFixed(2)).join(' ');
const photo = await cameraJpeg(4000, 3000);
console.error(`fixture: 4000×3000 JPEG q90, ${kib(photo.length)}`);
const photoBlob = new Blob([new Uint8Array(photo)], { type: 'image/jpeg' });
const tiny = await cameraJpeg(64, 48);
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
async function timed(work: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await work();
  return performance.now() - started;
}

// Through the API, in a child process, with enough listings for every upload (10 photos each).
const uploads = 1 + RUNS + TINY_RUNS + CONCURRENT * CONCURRENT_ROUNDS;
const server = spawn(process.execPath, ['--import', 'tsx', new URL('./serve-api-for-photos.ts', import.meta.url).pathname], {
  stdio: ['ignore', 'pipe', 'inherit'],
  env: { ...process.env, PHOTO_LISTINGS: String(Math.ceil(uploads / PHOTOS_PER_LISTING)) },
});
try {
  const [line] = (await once(createInterface({ input: server.stdout! }), 'line')) as [string];
  const { port, accessToken, listingIds: listings } = JSON.parse(line) as { port: number; accessToken: string; listingIds: string[] };
  const base = `http://127.0.0.1:${port}`;
  const auth = { authorization: `Bearer ${accessToken}` };
  const idle = procStatus(server.pid!);

  let uploaded = 0;
  const upload = async (bytes: Buffer) => {
    const listing = listings[Math.floor(uploaded++ / PHOTOS_PER_LISTING)]!;
    const form = new FormData();
    form.append('file', bytes === photo ? photoBlob : new Blob([new Uint8Array(bytes)], { type: 'image/jpeg' }), 'photo.jpg');
    const response = await fetch(`${base}/v1/listings/${listing}/images`, { method: 'POST', headers: auth, body: form });
    if (response.status !== 201) throw new Error(`upload: ${response.status} ${await response.text()}`);
    await response.arrayBuffer();
  };

  // Bare (processImage in this process) and through the API, one at a time and interleaved, so
  // that other work on the host slows both alike; medians, so that a burst of it skews neither.
  const first = await processImage(photo); // warm-up
  await upload(photo); // warm-up
  console.error(`variants: ${first.variants.map((v) => `${v.format} ${v.width}×${v.height} ${kib(v.bytes.length)}`).join(', ')}`);
  const bare: number[] = [];
  const api: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    bare.push(await timed(() => processImage(photo)));
    api.push(await timed(() => upload(photo)));
  }
  console.error(`bare ms: ${bare.map(Math.round).join(' ')}\napi ms:  ${api.map(Math.round).join(' ')}`);
  // What the route adds (multipart, auth, two transactions, six files, the response), seen on a photo too small to hide it.
  const tinyBare: number[] = [];
  const tinyApi: number[] = [];
  for (let i = 0; i < TINY_RUNS; i++) {
    tinyBare.push(await timed(() => processImage(tiny)));
    tinyApi.push(await timed(() => upload(tiny)));
  }

  const beforeConcurrent = procStatus(server.pid!);
  // Reset the peak-RSS watermark so the figure is the concurrent phase's own (Linux: clear_refs 5).
  writeFileSync(`/proc/${server.pid}/clear_refs`, '5');
  const started = performance.now();
  for (let round = 0; round < CONCURRENT_ROUNDS; round++) await Promise.all(Array.from({ length: CONCURRENT }, () => upload(photo)));
  const concurrentRate = (CONCURRENT * CONCURRENT_ROUNDS) / ((performance.now() - started) / 1000);
  const afterConcurrent = procStatus(server.pid!);

  const database = process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite (in memory)';
  const [bareMs, apiMs] = [median(bare), median(api)];
  console.log(
    `\nPhoto pipeline: 4000×3000 JPEG (${kib(photo.length)}) → WebP + AVIF at 320/640/1280 + ThumbHash. ${RUNS} runs each after 1 warm-up, ` +
      `bare and API interleaved, medians. API over HTTP on 127.0.0.1, database: ${database}. Load average before/after: ${loadBefore} / ${loadavg().map((n) => n.toFixed(2)).join(' ')}\n`,
  );
  console.log('| measure | value |');
  console.log('| --- | ---: |');
  console.log(`| bare sharp (processImage in-process, sequential) | ${(1000 / bareMs).toFixed(2)} images/s (${bareMs.toFixed(0)} ms each) |`);
  console.log(`| through the API (POST /v1/listings/:id/images, sequential) | ${(1000 / apiMs).toFixed(2)} images/s (${apiMs.toFixed(0)} ms each) |`);
  console.log(`| ratio API / bare (target ≥ 0.8) | ${(bareMs / apiMs).toFixed(2)} |`);
  console.log(`| route overhead per upload (64×48 JPEG: API − bare) | ${(median(tinyApi) - median(tinyBare)).toFixed(0)} ms |`);
  console.log(`| through the API, ${CONCURRENT} concurrent × ${CONCURRENT_ROUNDS} rounds | ${concurrentRate.toFixed(2)} images/s |`);
  console.log(
    `| API peak RSS with ${CONCURRENT} concurrent uploads (VmHWM of that phase) | ${mib(afterConcurrent.hwmKiB)} (+${mib(afterConcurrent.hwmKiB - beforeConcurrent.rssKiB)} over the RSS before it) |`,
  );
  console.log(
    `| API RSS: idle after start / before the concurrent phase (its peak so far) / after it | ${mib(idle.rssKiB)} / ${mib(beforeConcurrent.rssKiB)} (${mib(beforeConcurrent.hwmKiB)}) / ${mib(afterConcurrent.rssKiB)} |`,
  );
  console.log(`\nCommand: npx tsx bench/photo-pipeline.ts  (PHOTO_RUNS=${RUNS}, PHOTO_ROUNDS=${CONCURRENT_ROUNDS})`);
} finally {
  server.kill('SIGTERM');
}
