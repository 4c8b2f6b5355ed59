import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publishedListing, registerAdmin, registerProducer, registerUser } from './support/api.ts';
import { messages } from './support/messages.ts';
import { logIn, openVisitor, startBrowserStack, type BrowserStack } from './support/browser-stack.ts';

let stack: BrowserStack;
let buyer: Awaited<ReturnType<typeof registerUser>>;
const payeeCard = '6037991123456786';
const fa = (key: keyof typeof messages) => messages[key].fa;

beforeAll(async () => {
  // The demo payee's Sheba, with a card number configured so card-to-card is offered too.
  stack = await startBrowserStack({ apiEnv: { MANUAL_PAYEE_CARD: '6037 9911 2345 6786' } });
  const { api } = stack;
  const admin = await registerAdmin(api);
  const shop = await registerProducer(api, admin, { shop: { shopName: 'گلیم‌بافی نسرین', provinceCode: 'IR-07', city: 'شیراز', trades: ['towels'] } });
  const rug = await publishedListing(api, shop, { title: { fa: 'گلیم دستباف' }, priceMinor: 15_000_000, stock: 3 });
  buyer = await registerUser(api.app);
  const added = await api.app.inject({ method: 'PUT', url: '/v1/cart/items', headers: buyer.auth, payload: { listingId: rug.id, quantity: 1 } });
  if (added.statusCode >= 300) throw new Error(`cart: ${added.statusCode} ${added.body}`);
});

afterAll(async () => {
  await stack?.close();
});

describe('paying for an order by bank transfer', () => {
  it('shows after checkout where to send the exact amount, and copies the bare reference and Sheba', async () => {
    const shopper = await openVisitor(stack.browser);
    const { page, context } = shopper;
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: stack.baseUrl });
    await logIn(page, stack.baseUrl, '/checkout', buyer);

    // The API says a card is configured, so the method is named with card-to-card.
    await page.getByText(fa('checkout.paymentManualCard')).waitFor();
    await page.getByLabel(fa('checkout.phone')).fill('۰۹۱۲۳۴۵۶۷۸۹');
    await page.getByLabel(fa('checkout.province')).selectOption('IR-07');
    await page.getByLabel(fa('checkout.city')).fill('شیراز');
    await page.getByLabel(fa('checkout.addressLine')).fill('خیابان زند، کوچهٔ ۵، پلاک ۸');
    await page.getByLabel(fa('checkout.postalCode')).fill('۷۱۳۴۵۶۷۸۹۰');
    await page.getByRole('button', { name: fa('checkout.submit') }).click();
    await page.waitForURL(/\/orders\/[0-9a-f-]{36}\?placed=1$/);
    const orderId = new URL(page.url()).pathname.split('/').pop()!;
    const order = (await stack.api.app.inject({ method: 'GET', url: `/v1/orders/${orderId}`, headers: buyer.auth })).json();
    const reference: string = order.payment.transfer.reference;
    expect(reference).toMatch(/^\d{12}$/);

    const pay = page.getByRole('region', { name: fa('order.payTitle') });
    await pay.waitFor();
    const text = await pay.textContent();
    expect(text).toContain('۱٬۵۰۰٬۰۰۰ تومان');
    expect(text).toContain('۱۵٬۰۰۰٬۰۰۰ ریال');
    expect(text).toContain('بازارچه (حساب نمونه)');
    expect(text).toContain(fa('transfer.confirmation'));
    // Grouped on screen by spacing alone, so the text itself is the bare number.
    const sheba = pay.locator('.copy-value-text').filter({ hasText: 'IR06' });
    expect(await sheba.textContent()).toBe('IR062960000000100324200001');
    expect(await sheba.locator('.digit-group').allTextContents()).toEqual(['IR06', '2960', '0000', '0010', '0324', '2000', '01']);
    expect(await pay.locator('.copy-value-text').filter({ hasText: '6037' }).textContent()).toBe(payeeCard);
    expect(await pay.locator('.bank-transfer-reference .copy-value-text').textContent()).toBe(reference);

    const copyReference = pay.getByRole('button', { name: `${fa('copy.action')} ${fa('transfer.reference')}` });
    await copyReference.click();
    await pay.getByRole('button', { name: new RegExp(`^${fa('copy.done')}`) }).waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(reference);
    await pay.getByRole('button', { name: `${fa('copy.action')} ${fa('transfer.sheba')}` }).click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe('IR062960000000100324200001');
    await pay.getByRole('button', { name: `${fa('copy.action')} ${fa('transfer.amount')}` }).click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe('15000000');

    await context.close();
    expect(shopper.errors, 'errors in the buyer’s browser').toEqual([]);
  }, 60_000);

  it('without JavaScript, shows the same numbers as text that selects whole, and no copy buttons', async () => {
    const context = await stack.browser.newContext({ locale: 'fa-IR', javaScriptEnabled: false });
    const page = await context.newPage();
    const orders = (await stack.api.app.inject({ method: 'GET', url: '/v1/orders', headers: buyer.auth })).json();
    await logIn(page, stack.baseUrl, `/orders/${orders.items[0].id}`, buyer);
    const pay = page.getByRole('region', { name: fa('order.payTitle') });
    const reference = pay.locator('.bank-transfer-reference .copy-value-text');
    expect(await reference.textContent()).toMatch(/^\d{12}$/);
    expect(await reference.evaluate((element) => getComputedStyle(element).userSelect)).toBe('all');
    expect(await pay.getByRole('button').count()).toBe(0);
    await context.close();
  });
});
