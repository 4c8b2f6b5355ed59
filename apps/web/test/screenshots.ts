// Screenshots of the pages whose styles a change may touch, at a wide and a phone width, on a scene
// set up the same way each run, to compare a styling change before and after (decision 022):
//   pnpm --filter @bazaarche/web build && npx tsx apps/web/test/screenshots.ts <out-dir>
//   npx tsx apps/web/test/screenshots.ts --compare <before-dir> <after-dir>
//   npx tsx apps/web/test/screenshots.ts --weigh <out-dir> apps/web/build/client
// A run also writes assets.json (each page's stylesheets and modules); --weigh prints each page's CSS
// and the bytes of the message catalogue entries its modules carry (gzip), for decisions 022 and 024.
// Not part of the suite: the scene's names, dates and order numbers differ between runs only where
// the data does, so the comparison reports changed pixels per page for a person to look at.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import sharp from 'sharp';
import { confirmTransferAsFinance, publishedListing, registerAdmin, registerProducer, registerUser, shippingAddressInput } from './support/api.ts';
import { startBrowserStack } from './support/browser-stack.ts';

const widths = [1280, 390] as const;

async function shoot(outDir: string): Promise<void> {
  mkdirSync(outDir, { recursive: true });
  const stack = await startBrowserStack();
  try {
    const { api } = stack;
    const call = async (method: 'POST' | 'PATCH' | 'PUT', url: string, who: { auth: Record<string, string> }, payload?: object) => {
      const response = await api.app.inject({ method, url, headers: { ...who.auth, 'idempotency-key': `shot-${url}-${Math.random()}` }, ...(payload && { payload }) });
      if (response.statusCode >= 300) throw new Error(`${method} ${url}: ${response.statusCode} ${response.body}`);
      return response.json();
    };
    const admin = await registerAdmin(api);
    const leader = await registerProducer(api, admin, { shop: { shopName: 'حوله‌بافی سرپرست', provinceCode: 'IR-21', city: 'یزد' } });
    const network = await call('POST', '/v1/networks', leader, { name: 'شبکهٔ حوله‌بافان یزد', provinceCode: 'IR-21', trades: ['towels'], coordinationFeeBps: 500 });
    const member = await registerProducer(api, admin, { shop: { shopName: 'حوله‌بافی الف' } });
    await call('POST', `/v1/networks/${network.id}/members`, leader, { producerId: member.producer.id, capacityPerWeek: 20 });
    await call('POST', `/v1/networks/${network.id}/members/accept`, member);
    await registerProducer(api, admin, { approve: false, shop: { shopName: 'گلیم‌بافی در انتظار' } });
    const towel = await publishedListing(api, leader, { stock: 50 });
    await publishedListing(api, leader, { stock: 0 });
    await publishedListing(api, member, { networkId: network.id, stock: 30 });
    const buyer = await registerUser(api.app);
    const order = await call('POST', '/v1/orders', buyer, { shippingAddress: shippingAddressInput, paymentMethod: 'manual', items: [{ listingId: towel.id, quantity: 2 }] });
    await confirmTransferAsFinance(api, order.id);
    await call('POST', '/v1/orders', buyer, { shippingAddress: shippingAddressInput, paymentMethod: 'manual', items: [{ listingId: towel.id, quantity: 1 }] });
    const bulk = await call('POST', `/v1/networks/${network.id}/bulk-orders`, leader, {
      title: 'حولهٔ هتل',
      categorySlug: 'towels',
      quantity: 30,
      dueDate: new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10),
      unitPriceMinor: 1_000_000,
      currency: 'IRR',
    });
    await call('PUT', '/v1/cart/items', buyer, { listingId: towel.id, quantity: 1 });
    const slug = (await (await fetch(`${stack.baseUrl}/listings/${towel.id}`)).text()).match(/href="\/shops\/([^"]+)"/)?.[1] ?? '';

    const pages: Array<{ name: string; path: string; who: { user: { email: string }; password: string } | null }> = [
      { name: 'home', path: '/', who: null },
      { name: 'search', path: '/search', who: null },
      { name: 'listing', path: `/listings/${towel.id}`, who: null },
      { name: 'shop', path: `/shops/${slug}`, who: null },
      { name: 'network', path: `/networks/${network.id}`, who: null },
      { name: 'login', path: '/login', who: null },
      { name: 'register', path: '/register', who: null },
      { name: 'cart', path: '/cart', who: buyer },
      { name: 'checkout', path: '/checkout', who: buyer },
      { name: 'orders', path: '/orders', who: buyer },
      { name: 'order', path: `/orders/${order.id}`, who: buyer },
      { name: 'dashboard', path: '/dashboard', who: leader },
      { name: 'dashboard-shop', path: '/dashboard/shop', who: leader },
      { name: 'listing-new', path: '/dashboard/listings/new', who: leader },
      { name: 'listing-edit', path: `/dashboard/listings/${towel.id}`, who: leader },
      { name: 'seller-orders', path: '/dashboard/orders', who: leader },
      { name: 'earnings', path: '/dashboard/earnings', who: leader },
      { name: 'dashboard-network', path: `/dashboard/networks/${network.id}`, who: leader },
      { name: 'bulk-order', path: `/dashboard/bulk-orders/${bulk.id}`, who: leader },
      { name: 'tasks', path: '/dashboard/tasks', who: member },
      { name: 'admin-producers', path: '/admin/producers', who: admin },
      { name: 'admin-payouts', path: '/admin/payouts', who: admin },
    ];
    const assets: Record<string, { css: string[]; js: string[] }> = {};
    for (const width of widths) {
      const contexts = new Map<unknown, Page>();
      for (const { name, path, who } of pages) {
        let page = contexts.get(who);
        if (!page) {
          const context = await stack.browser.newContext({ locale: 'fa-IR', viewport: { width, height: 900 } });
          page = await context.newPage();
          if (who) await logIn(page, stack.baseUrl, who);
          contexts.set(who, page);
        }
        await page.goto(`${stack.baseUrl}${path}`);
        await page.evaluate(() => document.fonts.ready);
        await page.screenshot({ path: join(outDir, `${name}-${width}.png`), fullPage: true, animations: 'disabled', caret: 'hide' });
        // From the server's HTML: once hydrated, Remix takes its modulepreload links out of the document.
        const html = await (await page.request.get(`${stack.baseUrl}${path}`)).text();
        const hrefs = (rel: string) => [...html.matchAll(new RegExp(`<link rel="${rel}" href="([^"]+)"`, 'g'))].map((match) => match[1]!);
        assets[name] = { css: hrefs('stylesheet'), js: hrefs('modulepreload') };
      }
    }
    writeFileSync(join(outDir, 'assets.json'), JSON.stringify(assets, null, 2));
  } finally {
    await stack.close();
  }
}

async function logIn(page: Page, baseUrl: string, who: { user: { email: string }; password: string }): Promise<void> {
  await page.goto(`${baseUrl}/login`);
  await page.locator('input[name="email"]').fill(who.user.email);
  await page.locator('input[name="password"]').fill(who.password);
  await page.locator('form button[type="submit"]').last().click();
  await page.waitForURL((address) => address.pathname !== '/login');
}

/** Changed pixels per screenshot (a channel off by more than 16 of 255), and the size if it differs. */
async function compare(beforeDir: string, afterDir: string): Promise<void> {
  for (const file of readdirSync(beforeDir).filter((name) => name.endsWith('.png')).sort()) {
    const [before, after] = await Promise.all(
      [beforeDir, afterDir].map((dir) => sharp(join(dir, file)).ensureAlpha().raw().toBuffer({ resolveWithObject: true })),
    );
    if (!before || !after) continue;
    const size = (image: typeof before) => `${image.info.width}×${image.info.height}`;
    if (size(before) !== size(after)) {
      console.log(`${file}: size ${size(before)} → ${size(after)}`);
      continue;
    }
    let changed = 0;
    for (let i = 0; i < before.data.length; i += 4) {
      for (let c = 0; c < 3; c++) {
        if (Math.abs(before.data[i + c]! - after.data[i + c]!) > 16) {
          changed++;
          break;
        }
      }
    }
    console.log(`${file}: ${changed} px changed of ${before.info.width * before.info.height}`);
  }
}

/** Per page: its stylesheets' bytes, and the catalogue entries (`"key":{fa:…,en:…}`) in its modules, gzipped. */
function weigh(outDir: string, clientDir: string): void {
  const assets = JSON.parse(readFileSync(join(outDir, 'assets.json'), 'utf8')) as Record<string, { css: string[]; js: string[] }>;
  const string = String.raw`("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|\`(?:[^\`\\]|\\.)*\`)`;
  const entry = new RegExp(String.raw`"[a-zA-Z]+(?:\.[\w]+)+":\{fa:${string},en:${string}\}`, 'g');
  const file = (path: string) => readFileSync(join(clientDir, path.replace(/^\//, '')));
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  console.log('page\tCSS raw\tCSS gzip\tmessages\tmessage gzip');
  for (const [name, { css, js }] of Object.entries(assets)) {
    const sheets = [...new Set(css)].filter((path) => path.startsWith('/assets/')).map(file);
    const entries = new Set<string>();
    for (const path of new Set(js)) for (const match of file(path).toString('utf8').matchAll(entry)) entries.add(match[0]);
    const raw = sheets.reduce((sum, sheet) => sum + sheet.length, 0);
    const zipped = sheets.reduce((sum, sheet) => sum + gzipSync(sheet).length, 0);
    const messages = gzipSync(`{${[...entries].join(',')}}`).length;
    console.log(`${name}\t${kb(raw)}\t${kb(zipped)}\t${entries.size}\t${kb(messages)}`);
  }
}

const [mode, ...rest] = process.argv.slice(2);
if (mode === '--compare' && rest.length === 2) await compare(rest[0]!, rest[1]!);
else if (mode === '--weigh' && rest.length === 2) weigh(rest[0]!, rest[1]!);
else if (mode && !mode.startsWith('--')) await shoot(mode);
else throw new Error('usage: screenshots.ts <out-dir> | --compare <before-dir> <after-dir> | --weigh <out-dir> <client-build-dir>');
