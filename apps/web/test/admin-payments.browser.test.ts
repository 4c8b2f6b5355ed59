import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publishedListing, registerAdmin, registerFinance, registerProducer, registerUser } from './support/api.ts';
import { formatMoney, formatNumber } from '@bazaarche/i18n';
import { messages } from './support/messages.ts';
import { formatDateTime } from '../app/lib/dates.ts';
import { logIn, openVisitor, startBrowserStack, type BrowserStack } from './support/browser-stack.ts';

let stack: BrowserStack;
let buyer: Awaited<ReturnType<typeof registerUser>>;
let finance: Awaited<ReturnType<typeof registerFinance>>;
const fa = (key: keyof typeof messages) => messages[key].fa;
const persianDigits = (ascii: string) => ascii.replace(/\d/g, (d) => '۰۱۲۳۴۵۶۷۸۹'[Number(d)]!);

beforeAll(async () => {
  stack = await startBrowserStack();
  const { api } = stack;
  const admin = await registerAdmin(api);
  finance = await registerFinance(api);
  const shop = await registerProducer(api, admin, { shop: { shopName: 'عسل کوهستان سبلان', provinceCode: 'IR-24', city: 'اردبیل', trades: ['towels'] } });
  const honey = await publishedListing(api, shop, { title: { fa: 'عسل طبیعی گون' }, priceMinor: 8_000_000, stock: 5 });
  buyer = await registerUser(api.app, { name: 'سارا احمدی' });
  const added = await api.app.inject({ method: 'PUT', url: '/v1/cart/items', headers: buyer.auth, payload: { listingId: honey.id, quantity: 1 } });
  if (added.statusCode >= 300) throw new Error(`cart: ${added.statusCode} ${added.body}`);
});

afterAll(async () => {
  await stack?.close();
});

describe('platform finance confirms a bank transfer on /admin/payments', () => {
  it('finds the buyer’s transfer by the reference on the statement, refuses a wrong one in Persian, and confirms it', async () => {
    // The buyer checks out by bank transfer.
    const shopper = await openVisitor(stack.browser);
    await logIn(shopper.page, stack.baseUrl, '/checkout', buyer);
    const checkout = shopper.page;
    await checkout.getByLabel(fa('checkout.phone')).fill('۰۹۱۲۳۴۵۶۷۸۹');
    await checkout.getByLabel(fa('checkout.province')).selectOption('IR-24');
    await checkout.getByLabel(fa('checkout.city')).fill('اردبیل');
    await checkout.getByLabel(fa('checkout.addressLine')).fill('خیابان امام، کوچهٔ ۳، پلاک ۴');
    await checkout.getByLabel(fa('checkout.postalCode')).fill('۵۶۱۵۶۷۸۹۰۱');
    await checkout.getByRole('button', { name: fa('checkout.submit') }).click();
    await checkout.waitForURL(/\/orders\/[0-9a-f-]{36}\?placed=1$/);
    const orderId = new URL(checkout.url()).pathname.split('/').pop()!;
    const reference = await checkout.locator('.bank-transfer-reference .copy-value-text').textContent();
    expect(reference).toMatch(/^\d{12}$/);

    // Finance works without scripts: every step is a plain form.
    const context = await stack.browser.newContext({ locale: 'fa-IR', javaScriptEnabled: false });
    const page = await context.newPage();
    await logIn(page, stack.baseUrl, '/admin/payments', finance);
    expect(await page.locator('.account-links a[href="/admin/payments"]').textContent()).toBe(fa('account.adminPayments'));
    const order = (await stack.api.app.inject({ method: 'GET', url: `/v1/orders/${orderId}`, headers: buyer.auth })).json() as { totalMinor: number; expiresAt: string };
    const card = page.getByRole('article', { name: /سارا احمدی/ });
    const pending = await card.textContent();
    // Toman with Persian digits, the rial figure banks ask for, and a Jalali deadline.
    expect(pending).toContain(formatMoney(order.totalMinor, 'IRR', 'fa'));
    expect(pending).toContain(messages['transfer.rials'].fa.replace('{amount}', formatNumber(order.totalMinor, 'fa')));
    expect(pending).toContain(formatDateTime(order.expiresAt, 'fa'));
    expect(formatDateTime(order.expiresAt, 'fa')).toMatch(/۱۴۰[۰-۹]/);
    expect(pending).toContain(fa('adminPayments.statusPending'));

    // As the bank statement shows it: Persian digits in groups of four.
    await page.getByRole('textbox', { name: fa('adminPayments.search') }).fill(persianDigits(reference!).replace(/(.{4})(?=.)/g, '$1 '));
    await page.getByRole('button', { name: fa('adminPayments.searchSubmit') }).click();
    await page.waitForURL((address) => address.searchParams.has('reference'));
    await page.getByRole('heading', { name: new RegExp(fa('adminPayments.resultsFor').split('«')[0]!) }).waitFor();
    expect(await page.getByRole('article').count()).toBe(1);
    const found = page.getByRole('article', { name: /سارا احمدی/ });
    expect(await found.locator('.payment-reference').textContent()).toBe(reference);

    const form = found.getByRole('form');
    await form.getByLabel(fa('adminPayments.quotedReference')).fill('۱۲۳۴ ۵۶۷۸');
    await form.getByLabel(fa('adminPayments.bankReference')).fill('SATNA-8812');
    await form.getByRole('button', { name: fa('adminPayments.submit') }).click();
    // The API decided, in Persian, beside the field.
    await found.getByText('این شناسه با شناسهٔ پرداخت این سفارش یکی نیست.').waitFor();
    expect(await form.getByLabel(fa('adminPayments.bankReference')).inputValue()).toBe('SATNA-8812');
    const stillPending = (await stack.api.app.inject({ method: 'GET', url: `/v1/orders/${orderId}`, headers: buyer.auth })).json();
    expect(stillPending.status).toBe('pending_payment');

    await form.getByLabel(fa('adminPayments.quotedReference')).fill(persianDigits(reference!));
    await form.getByRole('button', { name: fa('adminPayments.submit') }).click();
    await page.getByRole('status').filter({ hasText: 'تأیید شد' }).waitFor();
    const confirmed = page.getByRole('article', { name: /سارا احمدی/ });
    expect(await confirmed.textContent()).toContain(fa('adminPayments.statusSucceeded'));
    expect(await confirmed.textContent()).toContain('SATNA-8812');
    expect(await confirmed.getByRole('form').count()).toBe(0);
    await context.close();

    // The buyer's order page says it is paid.
    await shopper.page.goto(`${stack.baseUrl}/orders/${orderId}`);
    expect(await shopper.page.locator('main').textContent()).toContain(fa('orderStatus.paid'));
    await shopper.context.close();
    expect(shopper.errors, 'errors in the buyer’s browser').toEqual([]);
  }, 90_000);

  it('is not there for a buyer', async () => {
    const visitor = await openVisitor(stack.browser);
    await visitor.page.goto(`${stack.baseUrl}/login`);
    await visitor.page.getByLabel(fa('field.email')).fill(buyer.user.email);
    await visitor.page.getByLabel(fa('field.password')).fill(buyer.password);
    await visitor.page.getByRole('button', { name: fa('login.submit') }).click();
    await visitor.page.waitForURL((address) => address.pathname !== '/login');
    const response = await visitor.page.goto(`${stack.baseUrl}/admin/payments`);
    expect(response?.status()).toBe(404);
    expect(await visitor.page.locator('.account-links a[href="/admin/payments"]').count()).toBe(0);
    await visitor.context.close();
  });
});
