import type { AddressInfo } from 'node:net';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrUpdateUser } from './support/api.ts';
import { messages } from './support/messages.ts';
import { openVisitor, startBrowserStack, type BrowserStack } from './support/browser-stack.ts';

let stack: BrowserStack;
const admin = { email: `admin-${Date.now()}@example.com`, password: 'an admin password, long enough', name: 'مدیر بازارچه' };
const producer = { email: `producer-${Date.now()}@example.com`, password: 'a producer password, long', name: 'زهرا کریمی' };
const shopName = 'حوله‌بافی مهرگان';
const listingTitle = 'حولهٔ دست‌باف نخی';

beforeAll(async () => {
  stack = await startBrowserStack();
  await createOrUpdateUser(stack.api.database.db, { ...admin, locale: 'fa', admin: true });
});

afterAll(async () => {
  await stack?.close();
});

const fa = (key: keyof typeof messages) => messages[key].fa;

describe('a producer in the browser', () => {
  it('opens a shop, is approved, lists a product with a photo and publishes it', async () => {
    const seller = await openVisitor(stack.browser);
    const { page } = seller;
    const url = (path: string) => `${stack.baseUrl}${path}`;

    // Signs up, then finds "open a shop" in the account menu.
    await page.goto(url('/register'));
    await page.getByLabel(fa('field.name')).fill(producer.name);
    await page.getByLabel(fa('field.email')).fill(producer.email);
    await page.getByLabel(fa('field.password')).fill(producer.password);
    await page.getByRole('button', { name: fa('register.submit') }).click();
    await page.waitForURL(url('/'));
    await page.locator('.account-details summary').click();
    await page.getByRole('link', { name: fa('account.openShop') }).click();
    await page.waitForURL(url('/dashboard'));

    // The API's objection to a shop without trades shows next to the trades.
    await page.getByLabel(fa('shopForm.shopName')).fill(shopName);
    await page.getByLabel(fa('shopForm.province')).selectOption('IR-21');
    await page.getByLabel(fa('shopForm.city')).fill('یزد');
    await page.getByRole('button', { name: fa('shopForm.open') }).click();
    await page.locator('#field-trades-error').waitFor();
    await page.getByLabel('حوله‌بافی').check();
    await page.getByRole('button', { name: fa('shopForm.open') }).click();
    await page.getByRole('heading', { name: fa('dashboard.pendingTitle') }).waitFor();

    // An admin, in a browser of their own, approves it.
    const reviewer = await openVisitor(stack.browser);
    await reviewer.page.goto(url('/admin/producers'));
    await reviewer.page.waitForURL(/\/login\?redirectTo=%2Fadmin%2Fproducers/);
    await reviewer.page.getByLabel(fa('field.email')).fill(admin.email);
    await reviewer.page.getByLabel(fa('field.password')).fill(admin.password);
    await reviewer.page.getByRole('button', { name: fa('login.submit') }).click();
    await reviewer.page.waitForURL(url('/admin/producers'));
    const card = reviewer.page.getByRole('article', { name: shopName });
    expect(await card.textContent()).toContain(producer.email);
    await card.getByRole('button', { name: fa('admin.approve') }).click();
    await reviewer.page.getByRole('status').filter({ hasText: shopName }).waitFor();
    await expect.poll(() => card.count()).toBe(0);
    await reviewer.context.close();
    expect(reviewer.errors, 'errors in the admin’s browser').toEqual([]);

    // Back on the dashboard: approved, so a listing can be made.
    await page.reload();
    await page.getByText(fa('dashboard.approvedBody')).waitFor();
    await page.getByRole('link', { name: fa('dashboard.newListing') }).click();
    await page.waitForURL(url('/dashboard/listings/new'));
    await page.getByLabel(fa('listingForm.titleFa')).fill(listingTitle);
    await page.getByLabel(fa('listingForm.category')).selectOption('towels');
    await page.getByLabel(fa('listingForm.descriptionFa')).fill('حوله‌ای از نخ پنبه، بافته در یزد.\n\nبا آب سرد بشویید.');
    // Typed with a Persian keyboard's digits and separators, as sellers do.
    await page.getByLabel(fa('listingForm.price')).fill('۱۲۵٬۰۰۰');
    await page.getByLabel(fa('listingForm.stock')).fill('۵');
    await page.getByRole('button', { name: fa('listingForm.create') }).click();
    await page.waitForURL(/\/dashboard\/listings\/[0-9a-f-]{36}\?created=1/);
    const listingId = new URL(page.url()).pathname.split('/').pop()!;

    // A photo goes up with a progress bar, then shows in the list.
    const photo = await sharp({ create: { width: 1600, height: 1200, channels: 3, background: { r: 196, g: 120, b: 72 } } })
      .composite([{ input: Buffer.from('<svg width="1600" height="1200"><circle cx="800" cy="600" r="400" fill="#f4b860"/></svg>') }])
      .jpeg({ quality: 85 })
      .toBuffer();
    await page.evaluate(() => {
      const seen = { progress: false };
      (window as unknown as { uploadSeen: typeof seen }).uploadSeen = seen;
      new MutationObserver(() => {
        if (document.querySelector('.upload-progress progress')) seen.progress = true;
      }).observe(document.body, { subtree: true, childList: true });
    });
    await page.locator('#photo-file').setInputFiles({ name: 'towel.jpg', mimeType: 'image/jpeg', buffer: photo });
    await page.locator('#photo-alt-fa').fill('حولهٔ نارنجی با دایرهٔ زرد');
    await page.getByRole('button', { name: fa('photos.upload') }).click();
    await page.getByRole('status').filter({ hasText: fa('photos.uploaded') }).waitFor();
    expect(await page.evaluate(() => (window as unknown as { uploadSeen: { progress: boolean } }).uploadSeen.progress)).toBe(true);
    await page.locator('.photo-item').first().waitFor();
    expect(await page.locator('#photos').textContent()).toContain('۱ از ۱۰ عکس');

    await page.getByRole('button', { name: fa('listingAction.publish'), exact: true }).click();
    await page.getByRole('status').filter({ hasText: fa('listingAction.published') }).waitFor();

    // Anyone now sees it, priced in Toman with Persian digits, with a photo that loads.
    const buyer = await openVisitor(stack.browser);
    await buyer.page.goto(url(`/listings/${listingId}`));
    expect(await buyer.page.getByRole('heading', { level: 1 }).textContent()).toBe(listingTitle);
    expect(await buyer.page.locator('.listing-price').textContent()).toContain('۱۲۵٬۰۰۰ تومان');
    expect(await buyer.page.locator('.listing-facts').textContent()).toContain('۵ عدد موجود');
    const image = buyer.page.locator('.gallery-main img');
    await buyer.page.waitForFunction(() => {
      const img = document.querySelector<HTMLImageElement>('.gallery-main img');
      return Boolean(img?.complete && img.naturalWidth > 0);
    });
    const loaded = await image.evaluate((img: HTMLImageElement) => ({ src: img.currentSrc, width: img.naturalWidth, alt: img.alt }));
    expect(loaded.src.startsWith(`${stack.baseUrl}/media/`)).toBe(true);
    expect(loaded.width).toBeGreaterThan(0);
    expect(loaded.alt).toBe('حولهٔ نارنجی با دایرهٔ زرد');

    // The seller card leads to the shop, where the listing is on show.
    await buyer.page.getByRole('link', { name: fa('listing.visitShop') }).click();
    await buyer.page.getByRole('heading', { level: 1, name: shopName }).waitFor();
    expect(await buyer.page.locator('.listing-grid').textContent()).toContain(listingTitle);
    await buyer.context.close();
    expect(buyer.errors, 'errors in the buyer’s browser').toEqual([]);

    await seller.context.close();
    expect(seller.errors, 'errors in the producer’s browser').toEqual([]);
  });

  it('shows a visitor the not-found page, in their language, for a listing that is not published', async () => {
    const { id: draftId } = await createDraftListing();
    for (const [browserLocale, locale] of [
      ['fa-IR', 'fa'],
      ['en-US', 'en'],
    ] as const) {
      const visitor = await openVisitor(stack.browser, browserLocale);
      const response = await visitor.page.goto(`${stack.baseUrl}/listings/${draftId}`);
      expect(response?.status()).toBe(404);
      expect(await visitor.page.getByRole('heading', { level: 1 }).textContent()).toBe(messages['errorPage.notFoundTitle'][locale]);
      await visitor.context.close();
      expect(visitor.errors).toEqual([]);
    }
  });
});

describe('the storefront’s /media proxy', () => {
  it('streams photo files from the API with their caching headers, and nothing else', async () => {
    const { id, auth } = await createDraftListing();
    const form = new FormData();
    const jpeg = await sharp({ create: { width: 400, height: 300, channels: 3, background: '#b4532a' } }).jpeg().toBuffer();
    form.append('file', new Blob([jpeg], { type: 'image/jpeg' }), 'photo.jpg');
    const { port } = stack.api.app.server.address() as AddressInfo;
    const uploaded = await fetch(`http://127.0.0.1:${port}/v1/listings/${id}/images`, { method: 'POST', headers: auth, body: form });
    expect(uploaded.status).toBe(201);
    const { variants } = (await uploaded.json()) as { variants: { url: string; format: string }[] };
    const photoUrl = variants.find((variant) => variant.format === 'webp')!.url;
    expect(photoUrl.startsWith(`${stack.baseUrl}/media/`)).toBe(true);

    const photo = await fetch(photoUrl);
    expect(photo.status).toBe(200);
    expect(photo.headers.get('content-type')).toBe('image/webp');
    expect(photo.headers.get('cache-control')).toContain('immutable');
    expect((await photo.arrayBuffer()).byteLength).toBeGreaterThan(0);
    const etag = photo.headers.get('etag')!;
    expect((await fetch(photoUrl, { headers: { 'if-none-match': etag } })).status).toBe(304);
    expect((await fetch(photoUrl, { method: 'HEAD' })).status).toBe(200);
    expect((await fetch(photoUrl, { method: 'POST' })).status).toBe(405);
    // Escaped dot segments would name another API route once the proxy's URL is resolved.
    for (const path of ['/media/%2e%2e/v1/me', '/media/a/%2E%2E/%2e%2e/v1/me', '/media/a%2fb.webp', '/media/missing.webp']) {
      expect((await fetch(`${stack.baseUrl}${path}`)).status, path).toBe(404);
    }
  });
});

/** A producer with an approved shop and one draft, made straight through the API. */
async function createDraftListing(): Promise<{ id: string; auth: { authorization: string } }> {
  const { app } = stack.api;
  const login = await app.inject({ method: 'POST', url: '/v1/auth/login', payload: { email: admin.email, password: admin.password } });
  const adminAuth = { authorization: `Bearer ${login.json<{ accessToken: string }>().accessToken}` };
  const register = await app.inject({
    method: 'POST',
    url: '/v1/auth/register',
    payload: { email: `draft-${Date.now()}@example.com`, password: 'a long enough password', name: 'سمیرا' },
  });
  const auth = { authorization: `Bearer ${register.json<{ accessToken: string }>().accessToken}` };
  const shop = await app.inject({
    method: 'POST',
    url: '/v1/producers',
    headers: auth,
    payload: { shopName: 'ترشی سمیرا', provinceCode: 'IR-01', city: 'رشت', trades: ['pickles'] },
  });
  await app.inject({ method: 'POST', url: `/v1/admin/producers/${shop.json<{ id: string }>().id}/approve`, headers: adminAuth });
  const listing = await app.inject({
    method: 'POST',
    url: '/v1/listings',
    headers: auth,
    payload: { title: { fa: 'ترشی لیته' }, description: { fa: 'ترشی خانگی' }, categorySlug: 'pickles', priceMinor: 900_000, currency: 'IRR', stock: 3 },
  });
  expect(listing.statusCode).toBe(201);
  return { id: listing.json<{ id: string }>().id, auth };
}

