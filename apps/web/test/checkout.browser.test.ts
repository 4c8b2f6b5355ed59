import type { IncomingMessage } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { confirmTransferAsFinance, publishedListing, registerAdmin, registerProducer } from './support/api.ts';
import { messages } from './support/messages.ts';
import { htmlAttributes, openVisitor, startBrowserStack, type BrowserStack } from './support/browser-stack.ts';

let stack: BrowserStack;
let towels: Awaited<ReturnType<typeof registerProducer>>;
let pickles: Awaited<ReturnType<typeof registerProducer>>;
const shops = { towels: 'حوله‌بافی مهرگان', pickles: 'ترشی‌های سمیرا' };
const ids = { towel: '', pickle: '', jam: '' };
const buyer = { email: `buyer-${Date.now()}@example.com`, password: 'a buyer password, long enough', name: 'مریم رضایی' };

beforeAll(async () => {
  stack = await startBrowserStack();
  const { api } = stack;
  const admin = await registerAdmin(api);
  towels = await registerProducer(api, admin, { shop: { shopName: shops.towels, provinceCode: 'IR-21', city: 'یزد', trades: ['towels'] } });
  pickles = await registerProducer(api, admin, { shop: { shopName: shops.pickles, provinceCode: 'IR-01', city: 'رشت', trades: ['pickles'] } });
  // The pickle shop charges for shipping, so the cart has a fee to show.
  const fee = await api.app.inject({ method: 'PATCH', url: `/v1/producers/${pickles.producer.id}`, headers: pickles.auth, payload: { shippingFeeMinor: 350_000 } });
  if (fee.statusCode !== 200) throw new Error(`shipping fee: ${fee.statusCode} ${fee.body}`);
  const towel = await publishedListing(api, towels, {
    title: { fa: 'حولهٔ حمام نخی', en: 'Cotton bath towel' },
    priceMinor: 4_500_000,
    stock: null,
    variants: [
      { sku: 'TWL-L', attributes: { size: 'L' }, stock: 4 },
      { sku: 'TWL-M', attributes: { size: 'M' }, stock: 0 },
    ],
  });
  const pickle = await publishedListing(api, pickles, {
    title: { fa: 'ترشی لیته' },
    description: { fa: 'ترشی خانگی بادمجان.' },
    categorySlug: 'pickles',
    priceMinor: 900_000,
    stock: 10,
    minOrderQty: 2,
  });
  const jam = await publishedListing(api, pickles, { title: { fa: 'مربای به' }, categorySlug: 'pickles', priceMinor: 1_200_000, stock: 1 });
  ids.towel = towel.id;
  ids.pickle = pickle.id;
  ids.jam = jam.id;
});

afterAll(async () => {
  await stack?.close();
});

/** The requests the API receives from now until `stop`, by method and path, ids as `{id}`. */
function apiRequests(): { stop(): string[] } {
  const seen: string[] = [];
  const count = (request: IncomingMessage) => seen.push(`${request.method} ${(request.url ?? '').split('?')[0]!.replace(/[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}/g, '{id}')}`);
  stack.api.app.server.on('request', count);
  return {
    stop() {
      stack.api.app.server.off('request', count);
      return seen;
    },
  };
}

const fa = (key: keyof typeof messages) => messages[key].fa;
const en = (key: keyof typeof messages) => messages[key].en;
const url = (path: string) => `${stack.baseUrl}${path}`;

describe('buying from two producers in the browser', () => {
  it('carries a guest’s cart into a new account, checks out into two shipments, and shows the buyer a seller’s shipment', async () => {
    const shopper = await openVisitor(stack.browser);
    const { page } = shopper;

    // Signed out: a size and two towels go in the cart, and the header counts the line.
    await page.goto(url(`/listings/${ids.towel}`));
    await page.getByLabel(/اندازه: L/).check();
    expect(await page.getByLabel(/اندازه: M/).isDisabled()).toBe(true);
    await page.getByLabel(fa('addToCart.quantity')).fill('۲');
    await page.getByRole('button', { name: fa('addToCart.submit') }).click();
    await page.getByRole('status').filter({ hasText: fa('cart.view') }).waitFor();
    await page.getByRole('link', { name: 'سبد خرید، ۱ قلم' }).waitFor();

    // The last jar goes in too, and is sold elsewhere before the shopper signs up.
    await page.goto(url(`/listings/${ids.jam}`));
    await page.getByRole('button', { name: fa('addToCart.submit') }).click();
    await page.getByRole('link', { name: 'سبد خرید، ۲ قلم' }).waitFor();
    const soldOut = await stack.api.app.inject({ method: 'PATCH', url: `/v1/listings/${ids.jam}`, headers: pickles.auth, payload: { stock: 0 } });
    expect(soldOut.statusCode).toBe(200);
    await page.goto(url(`/listings/${ids.towel}`));

    // Signing up from here brings the cart along, less the jam, and comes back to the towel.
    await page.getByRole('link', { name: fa('account.register') }).click();
    await page.getByLabel(fa('field.name')).fill(buyer.name);
    await page.getByLabel(fa('field.email')).fill(buyer.email);
    await page.getByLabel(fa('field.password')).fill(buyer.password);
    await page.getByRole('button', { name: fa('register.submit') }).click();
    await page.waitForURL((address) => address.pathname === `/listings/${ids.towel}`);
    await page.getByRole('link', { name: 'سبد خرید، ۱ قلم' }).waitFor();
    expect(await page.locator('.site-notice').textContent()).toBe(fa('cart.mergeDropped').replace('{names}', '«\u2068مربای به\u2069»'));

    // Signed in, the pickles go straight into the account's cart, at their minimum of two.
    await page.goto(url(`/listings/${ids.pickle}`));
    expect(await page.getByLabel(fa('addToCart.quantity')).inputValue()).toBe('۲');
    await page.getByRole('button', { name: fa('addToCart.submit') }).click();
    await page.getByRole('link', { name: 'سبد خرید، ۲ قلم' }).waitFor();

    // The cart shows one group per shop, each with its shipping.
    await page.getByRole('link', { name: 'سبد خرید، ۲ قلم' }).click();
    await page.waitForURL(url('/cart'));
    // The address changes as the navigation ends, a moment before the page shows it.
    await page.getByRole('heading', { level: 1, name: fa('cart.title') }).waitFor();
    const towelShop = page.getByRole('region', { name: `غرفهٔ ${shops.towels}` });
    const pickleShop = page.getByRole('region', { name: `غرفهٔ ${shops.pickles}` });
    expect(await towelShop.getByRole('article').count()).toBe(1);
    expect(await towelShop.textContent()).toContain('اندازه: L');
    expect(await pickleShop.locator('.order-sums').textContent()).toContain('۳۵٬۰۰۰ تومان');
    // One more jar, typed in Persian digits.
    const pickleLine = pickleShop.getByRole('article', { name: 'ترشی لیته' });
    await pickleLine.getByRole('textbox').fill('۳');
    await pickleLine.getByRole('button', { name: /به‌روزرسانی/ }).click();
    await page.getByRole('status').filter({ hasText: fa('cart.updated') }).waitFor();
    expect(await pickleShop.locator('.cart-line-total').textContent()).toContain('۲۷۰٬۰۰۰ تومان');

    // Checkout: the API's objection to the postal code shows beside it, then the order is placed.
    await page.getByRole('link', { name: fa('cart.checkout') }).click();
    await page.waitForURL(url('/checkout'));
    expect(await htmlAttributes(page)).toEqual({ lang: 'fa', dir: 'rtl' });
    expect(await page.getByLabel(fa('checkout.recipientName')).inputValue()).toBe(buyer.name);
    await page.getByLabel(fa('checkout.phone')).fill('۰۹۱۲۳۴۵۶۷۸۹');
    await page.getByLabel(fa('checkout.province')).selectOption('IR-23');
    await page.getByLabel(fa('checkout.city')).fill('تهران');
    await page.getByLabel(fa('checkout.addressLine')).fill('خیابان انقلاب، کوچهٔ یاس، پلاک ۱۲');
    await page.getByLabel(fa('checkout.postalCode')).fill('۱۲۳');
    await page.getByRole('button', { name: fa('checkout.submit') }).click();
    await page.locator('#field-postalCode-error').waitFor();
    expect(await page.getByLabel(fa('checkout.postalCode')).getAttribute('aria-invalid')).toBe('true');
    await page.getByLabel(fa('checkout.postalCode')).fill('۱۴۱۵۵۶۶۷۷۸');
    const asked = apiRequests();
    await page.getByRole('button', { name: fa('checkout.submit') }).click();
    await page.waitForURL(/\/orders\/[0-9a-f-]{36}\?placed=1$/);
    const orderPath = new URL(page.url()).pathname;

    // Two shipments, one per producer, and how to pay by bank transfer.
    await page.getByRole('heading', { name: fa('order.placedTitle') }).waitFor();
    await page.getByRole('heading', { name: fa('order.payTitle') }).waitFor();
    // Placing it takes one call; the page after it reads the viewer once, for the header and the page
    // together, and the order (the provinces were read for the form a moment before, and are kept).
    expect(asked.stop().sort()).toEqual(['GET /v1/me', 'GET /v1/orders/{id}', 'POST /v1/orders']);
    const towelShipment = page.getByRole('article', { name: new RegExp(shops.towels) });
    const pickleShipment = page.getByRole('article', { name: new RegExp(shops.pickles) });
    expect(await page.locator('.shipment').count()).toBe(2);
    expect(await towelShipment.locator('.status-badge').textContent()).toBe(fa('fulfilmentStatus.awaiting_payment'));
    expect(await pickleShipment.textContent()).toContain('ترشی لیته');
    // The cart was bought and emptied.
    await page.getByRole('link', { name: 'سبد خرید، ۰ قلم' }).waitFor();

    // The towel producer, in a browser of their own, waits for the platform to confirm the transfer, then ships with a tracking code.
    const seller = await openVisitor(stack.browser);
    await seller.page.goto(url('/dashboard/orders'));
    await seller.page.waitForURL(/\/login\?redirectTo=%2Fdashboard%2Forders/);
    await seller.page.getByLabel(fa('field.email')).fill(towels.user.email);
    await seller.page.getByLabel(fa('field.password')).fill(towels.password);
    await seller.page.getByRole('button', { name: fa('login.submit') }).click();
    await seller.page.waitForURL(url('/dashboard/orders'));
    const card = seller.page.locator('.fulfilment-card');
    await card.first().waitFor();
    expect(await card.count()).toBe(1);
    expect(await card.textContent()).toContain('کد پستی: \u2068۱۴۱۵۵۶۶۷۷۸\u2069');
    expect(await card.textContent()).not.toContain('ترشی لیته');
    // The money went to the platform's account: the seller is told so, and has nothing to confirm.
    expect(await card.textContent()).toContain('حساب بازارچه');
    expect(await card.getByRole('button').count()).toBe(0);
    await confirmTransferAsFinance(stack.api, orderPath.split('/').at(-1)!);
    await seller.page.reload();
    await card.getByLabel(fa('sellerOrders.carrier')).fill('پست پیشتاز');
    await card.getByLabel(fa('sellerOrders.trackingCode')).fill('IR1234567890');
    await card.getByRole('button', { name: fa('sellerOrders.ship') }).click();
    await seller.page.getByRole('status').filter({ hasText: fa('sellerOrders.shipped') }).waitFor();
    // The message comes with the action's answer; the card's badge with the reload that follows it.
    await card.locator('.status-badge', { hasText: fa('fulfilmentStatus.shipped') }).waitFor();
    await seller.context.close();
    expect(seller.errors, 'errors in the producer’s browser').toEqual([]);

    // The buyer sees the towels shipped, with the tracking code in the timeline, and the pickles being prepared.
    await page.goto(url(orderPath));
    expect(await towelShipment.locator('.status-badge').textContent()).toBe(fa('fulfilmentStatus.shipped'));
    expect(await pickleShipment.locator('.status-badge').textContent()).toBe(fa('fulfilmentStatus.processing'));
    expect(await towelShipment.locator('.tracking-code').textContent()).toBe('IR1234567890');
    const timeline = page.locator('.timeline');
    expect(await timeline.locator('li').count()).toBe(3);
    expect(await timeline.locator('li[data-type="shipped"]').textContent()).toContain(
      `\u2068${shops.towels}\u2069 مرسوله را با \u2068پست پیشتاز\u2069 فرستاد؛ کد رهگیری \u2068IR1234567890\u2069`,
    );
    // Jalali dates in Persian digits.
    expect(await timeline.locator('time').first().textContent()).toMatch(/۱۴[۰-۹]{2}/);
    // Nothing has shipped for the pickles, but one parcel left, so the order can no longer be cancelled.
    expect(await page.getByText(fa('order.cancel')).count()).toBe(0);

    // The same order in English reads left to right.
    await page.getByRole('button', { name: fa('language.switch') }).click();
    await page.getByRole('heading', { name: en('order.timeline') }).waitFor();
    expect(await htmlAttributes(page)).toEqual({ lang: 'en', dir: 'ltr' });
    expect(await timeline.locator('li[data-type="shipped"]').textContent()).toContain('sent their shipment with');
    expect(await page.locator('.order-page .status-badge').first().textContent()).toBe(en('orderStatus.paid'));

    await shopper.context.close();
    expect(shopper.errors, 'errors in the buyer’s browser').toEqual([]);
  }, 90_000);

  it('adds to a guest’s cart and shows it without JavaScript, in English', async () => {
    const context = await stack.browser.newContext({ locale: 'en-US', javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(url(`/listings/${ids.pickle}`));
    // Below the minimum of two, the form says so beside the quantity.
    await page.getByLabel(en('addToCart.quantity')).fill('1');
    await page.getByRole('button', { name: en('addToCart.submit') }).click();
    await page.locator('#field-quantity-error').waitFor();
    expect(await page.locator('#field-quantity-error').textContent()).toBe('The minimum order for this listing is 2.');
    await page.getByLabel(en('addToCart.quantity')).fill('4');
    await page.getByRole('button', { name: en('addToCart.submit') }).click();
    await page.getByRole('link', { name: 'Cart, 1 item' }).waitFor();
    expect(await htmlAttributes(page)).toEqual({ lang: 'en', dir: 'ltr' });

    await page.getByRole('link', { name: 'Cart, 1 item' }).click();
    const line = page.getByRole('article', { name: 'ترشی لیته' });
    expect(await line.locator('.cart-line-total').textContent()).toContain('360,000 toman');
    expect(await page.locator('.cart-summary .order-sums-total').textContent()).toContain('395,000 toman');
    // Checkout asks a guest to sign in first, and comes back to it.
    await page.getByRole('link', { name: en('cart.checkout') }).click();
    await page.waitForURL(/\/login\?redirectTo=%2Fcheckout$/);
    await context.close();
  });
});
