import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publishedListing, registerAdmin, registerProducer, registerUser, shippingAddressInput } from './support/api.ts';
import { messages } from './support/messages.ts';
import { type BrowserStack, logIn as logInAt, openVisitor, startBrowserStack } from './support/browser-stack.ts';

let stack: BrowserStack;
let towels: Awaited<ReturnType<typeof registerProducer>>;
let buyer: Awaited<ReturnType<typeof registerUser>>;
let towelId = '';

beforeAll(async () => {
  stack = await startBrowserStack();
  const { api } = stack;
  const admin = await registerAdmin(api);
  towels = await registerProducer(api, admin, { shop: { shopName: 'حوله‌بافی مهرگان', provinceCode: 'IR-21', city: 'یزد', trades: ['towels'] } });
  // One towel at 450,000 toman, shipped free: the buyer will owe exactly that at the door.
  const towel = await publishedListing(api, towels, { priceMinor: 4_500_000, stock: 5 });
  towelId = towel.id;
  buyer = await registerUser(api.app);
  const line = await api.app.inject({ method: 'PUT', url: '/v1/cart/items', headers: buyer.auth, payload: { listingId: towel.id, quantity: 1 } });
  if (line.statusCode !== 200) throw new Error(`cart: ${line.statusCode} ${line.body}`);
});

afterAll(async () => {
  await stack?.close();
});

const fa = (key: keyof typeof messages) => messages[key].fa;
const en = (key: keyof typeof messages) => messages[key].en;
const url = (path: string) => `${stack.baseUrl}${path}`;
const logIn = (page: Page, path: string, who: { user: { email: string }; password: string }) => logInAt(page, stack.baseUrl, path, who);

describe('cash on delivery in the browser', () => {
  it('a shop takes cash, a buyer pays at the door, the seller records the cash, and the commission is owed', async () => {
    const buying = await openVisitor(stack.browser);
    const selling = await openVisitor(stack.browser);

    // Before the shop takes cash, checkout offers only the bank transfer.
    await logIn(buying.page, '/checkout', buyer);
    expect(await buying.page.getByLabel(fa('checkout.paymentCod')).count()).toBe(0);

    // The shop turns cash on delivery on, told what it costs.
    await logIn(selling.page, '/dashboard/shop', towels);
    await selling.page.getByText(fa('shop.acceptsCodHint')).waitFor();
    await selling.page.getByLabel(fa('shop.acceptsCod')).check();
    await selling.page.getByRole('button', { name: fa('shop.codSave') }).click();
    await selling.page.getByRole('status').filter({ hasText: fa('shop.codSaved') }).waitFor();
    expect(await selling.page.getByLabel(fa('shop.acceptsCod')).isChecked()).toBe(true);

    // Now the cart may be paid at the door, and the buyer chooses that.
    const checkout = buying.page;
    await checkout.reload();
    await checkout.getByLabel(fa('checkout.phone')).fill('۰۹۱۲۳۴۵۶۷۸۹');
    await checkout.getByLabel(fa('checkout.province')).selectOption('IR-23');
    await checkout.getByLabel(fa('checkout.city')).fill('تهران');
    await checkout.getByLabel(fa('checkout.addressLine')).fill('خیابان انقلاب، کوچهٔ یاس، پلاک ۱۲');
    await checkout.getByLabel(fa('checkout.postalCode')).fill('۱۴۱۵۵۶۶۷۷۸');
    await checkout.getByLabel(fa('checkout.paymentCod')).check();
    await checkout.getByRole('button', { name: fa('checkout.submit') }).click();
    await checkout.waitForURL(/\/orders\/[0-9a-f-]{36}\?placed=1$/);
    const orderPath = new URL(checkout.url()).pathname;

    // The order is to be paid at the door: the exact amount in Persian digits, and no bank account to send it to.
    expect(await checkout.locator('.dashboard-header .status-badge').textContent()).toBe(fa('orderStatus.cash_on_delivery'));
    expect(await checkout.locator('[aria-labelledby="cod-title"]').textContent()).toContain('دقیقاً ۴۵۰٬۰۰۰ تومان را نقد به فروشنده بپردازید');
    expect(await checkout.locator('.bank-transfer').count()).toBe(0);

    // The seller ships; the parcel is then closed by the cash, not by a plain "delivered".
    const orders = selling.page;
    await orders.goto(url('/dashboard/orders'));
    const card = orders.locator('.fulfilment-card');
    await card.getByLabel(fa('sellerOrders.carrier')).fill('پست پیشتاز');
    await card.getByLabel(fa('sellerOrders.trackingCode')).fill('IR1234567890');
    await card.getByRole('button', { name: fa('sellerOrders.ship') }).click();
    await orders.getByRole('status').filter({ hasText: fa('sellerOrders.shipped') }).waitFor();
    await card.getByRole('button', { name: fa('sellerOrders.codCollect') }).waitFor();
    expect(await card.getByRole('button', { name: fa('sellerOrders.deliver') }).count()).toBe(0);
    expect(await card.textContent()).toContain('۴۵۰٬۰۰۰ تومان را نقد گرفتید');
    await card.getByRole('button', { name: fa('sellerOrders.codCollect') }).click();
    await orders.getByRole('status').filter({ hasText: fa('sellerOrders.codCollected') }).waitFor();
    await expect.poll(() => card.locator('.status-badge').first().textContent()).toBe(fa('fulfilmentStatus.delivered'));

    // The buyer's order is complete and its parcel delivered.
    await checkout.goto(url(orderPath));
    expect(await checkout.locator('.dashboard-header .status-badge').textContent()).toBe(fa('orderStatus.completed'));
    expect(await checkout.locator('.shipment .status-badge').textContent()).toBe(fa('fulfilmentStatus.delivered'));
    expect(await checkout.getByText(fa('order.codPaid')).count()).toBe(1);

    // The cash stayed with the seller: nothing payable, the 10 % commission owed, with its reason.
    await orders.goto(url('/dashboard/earnings'));
    const balance = (key: string) => orders.locator(`.balance[data-balance="${key}"]`);
    expect(await balance('owed').locator('.balance-amount').textContent()).toBe('۴۵٬۰۰۰ تومان');
    expect(await balance('owed').locator('.balance-hint').textContent()).toBe(fa('earnings.owedHint'));
    expect(await balance('payable').locator('.balance-amount').textContent()).toBe('۰ تومان');
    expect(await balance('unfunded').locator('.balance-amount').textContent()).toBe('۰ تومان');
    expect(await orders.locator('.statement-table tbody tr').first().textContent()).toContain('کارمزد بازارچه بر فروش پرداخت در محل (۱۰٪)');

    await buying.context.close();
    await selling.context.close();
    expect(buying.errors, 'errors in the buyer’s browser').toEqual([]);
    expect(selling.errors, 'errors in the seller’s browser').toEqual([]);
  }, 90_000);

  it('records the cash without JavaScript, and shows a refusal beside the form, in English', async () => {
    const { api } = stack;
    const call = async (method: 'PATCH' | 'POST', path: string, auth: Record<string, string>, payload: object) => {
      const response = await api.app.inject({ method, url: path, headers: auth, payload });
      if (response.statusCode >= 300) throw new Error(`${path}: ${response.statusCode} ${response.body}`);
      return response.json() as { fulfilments: Array<{ id: string }> };
    };
    await call('PATCH', `/v1/producers/${towels.producer.id}`, towels.auth, { acceptsCod: true });
    const placed = await call('POST', '/v1/orders', buyer.auth, { shippingAddress: shippingAddressInput, paymentMethod: 'cod', items: [{ listingId: towelId, quantity: 2 }] });
    await call('POST', `/v1/fulfilments/${placed.fulfilments[0]!.id}/ship`, towels.auth, { carrier: 'Post', trackingCode: 'IR9' });

    const context = await stack.browser.newContext({ locale: 'en-US', javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(url('/dashboard/orders'));
    await page.getByLabel(en('field.email')).fill(towels.user.email);
    await page.getByLabel(en('field.password')).fill(towels.password);
    await page.getByRole('button', { name: en('login.submit') }).click();
    await page.waitForURL(url('/dashboard/orders'));
    // A second tab left open on the same list, to send the same form again once the first has been recorded.
    const stale = await context.newPage();
    await stale.goto(url('/dashboard/orders'));

    const cashCard = (on: Page) => on.locator('.fulfilment-card').filter({ has: on.getByRole('button', { name: en('sellerOrders.codCollect') }) });
    expect(await cashCard(page).count()).toBe(1);
    expect(await cashCard(page).textContent()).toContain('taken 900,000 toman in cash');
    await cashCard(page).getByRole('button', { name: en('sellerOrders.codCollect') }).click();
    await page.getByRole('status').filter({ hasText: en('sellerOrders.codCollected') }).waitFor();
    expect(await cashCard(page).count()).toBe(0);

    await cashCard(stale).getByRole('button', { name: en('sellerOrders.codCollect') }).click();
    await stale.locator('.fulfilment-card .form-alert').filter({ hasText: 'The shipment is not in a state that allows this.' }).waitFor();
    await context.close();
  }, 60_000);
});
