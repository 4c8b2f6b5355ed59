import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { confirmTransferAsFinance, publishedListing, registerAdmin, registerProducer, registerUser, shippingAddressInput } from './support/api.ts';
import { messages } from './support/messages.ts';
import { type BrowserStack, logIn as logInAt, openVisitor, startBrowserStack } from './support/browser-stack.ts';

let stack: BrowserStack;
let admin: Awaited<ReturnType<typeof registerAdmin>>;
let towels: Awaited<ReturnType<typeof registerProducer>>;
const shopName = 'حوله‌بافی مهرگان';
const validSheba = 'IR062960000000100324200001';
let orderId = '';

beforeAll(async () => {
  stack = await startBrowserStack();
  const { api } = stack;
  admin = await registerAdmin(api);
  towels = await registerProducer(api, admin, { shop: { shopName, provinceCode: 'IR-21', city: 'یزد', trades: ['towels'] } });
  const towel = await publishedListing(api, towels, { priceMinor: 4_500_000, stock: 5 });
  // The buyer orders two towels (900,000 toman, shipped free) to pay by bank transfer.
  const buyer = await registerUser(api.app);
  const line = await api.app.inject({ method: 'PUT', url: '/v1/cart/items', headers: buyer.auth, payload: { listingId: towel.id, quantity: 2 } });
  if (line.statusCode !== 200) throw new Error(`cart: ${line.statusCode} ${line.body}`);
  const placed = await api.app.inject({
    method: 'POST',
    url: '/v1/orders',
    headers: { ...buyer.auth, 'idempotency-key': `earnings-${Date.now()}` },
    payload: { shippingAddress: shippingAddressInput, paymentMethod: 'manual' },
  });
  if (placed.statusCode !== 201) throw new Error(`order: ${placed.statusCode} ${placed.body}`);
  orderId = (placed.json() as { id: string }).id;
});

afterAll(async () => {
  await stack?.close();
});

const fa = (key: keyof typeof messages) => messages[key].fa;
const url = (path: string) => `${stack.baseUrl}${path}`;
const logIn = (page: Page, path: string, who: { user: { email: string }; password: string }) => logInAt(page, stack.baseUrl, path, who);


describe('a producer’s earnings and payouts in the browser', () => {
  it('holds a paid order, makes it payable less commission on delivery, and shows it paid out after an admin’s payout', async () => {
    const seller = await openVisitor(stack.browser);
    const { page } = seller;

    // Platform finance confirms the bank transfer arrived; the seller ships and marks the parcel delivered.
    await confirmTransferAsFinance(stack.api, orderId);
    await logIn(page, '/dashboard/orders', towels);
    const card = page.locator('.fulfilment-card');

    // Paid but not delivered: the money is held.
    await page.goto(url('/dashboard/earnings'));
    const balance = (key: string) => page.locator(`.balance[data-balance="${key}"] .balance-amount`);
    expect(await balance('held').textContent()).toBe('۹۰۰٬۰۰۰ تومان');
    expect(await balance('payable').textContent()).toBe('۰ تومان');

    await page.goto(url('/dashboard/orders'));
    await card.getByLabel(fa('sellerOrders.carrier')).fill('پست پیشتاز');
    await card.getByLabel(fa('sellerOrders.trackingCode')).fill('IR1234567890');
    await card.getByRole('button', { name: fa('sellerOrders.ship') }).click();
    await page.getByRole('status').filter({ hasText: fa('sellerOrders.shipped') }).waitFor();
    await card.getByRole('button', { name: fa('sellerOrders.deliver') }).click();
    await page.getByRole('status').filter({ hasText: fa('sellerOrders.delivered') }).waitFor();
    // The notice shows while the page's data is still being reloaded; the menu is keyed by the location, so
    // opening it before that navigation ends would see it close again.
    await card.locator('.status-badge', { hasText: fa('fulfilmentStatus.delivered') }).waitFor();

    // Found from the account menu: delivered, so payable less 10 % commission on the goods.
    await page.locator('.account-details summary').click();
    await page.getByRole('link', { name: fa('account.earnings') }).click();
    await page.waitForURL(url('/dashboard/earnings'));
    await page.getByRole('heading', { level: 1, name: fa('earnings.title') }).waitFor();
    expect(await balance('held').textContent()).toBe('۰ تومان');
    expect(await balance('payable').textContent()).toBe('۸۱۰٬۰۰۰ تومان');
    expect(await balance('paid-out').textContent()).toBe('۰ تومان');

    // Newest first: the commission with its rate, the delivery's two halves, the payment held.
    const rows = page.locator('.statement-table tbody tr');
    expect(await rows.count()).toBe(4);
    const commission = rows.first();
    expect(await commission.getAttribute('data-kind')).toBe('commission');
    expect(await commission.textContent()).toContain('کارمزد بازارچه (۱۰٪)');
    expect(await commission.locator('.amount-cell').textContent()).toBe('\u200e\u2212۹۰٬۰۰۰ تومان');
    expect(await rows.last().textContent()).toContain(fa('earnings.kind.payment_captured'));
    expect(await rows.last().locator('.amount-cell').textContent()).toBe('\u200e+۹۰۰٬۰۰۰ تومان');
    // Jalali dates in Persian digits, and a link to the order.
    expect(await rows.first().locator('time').textContent()).toMatch(/۱۴[۰-۹]{2}/);
    expect(await rows.first().getByRole('link').getAttribute('href')).toBe(`/orders/${orderId}`);

    // The statement downloads as a CSV file named after the shop.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: fa('earnings.downloadCsv') }).click()]);
    expect(download.suggestedFilename()).toMatch(/^bazaarche-.+-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = await readFile((await download.path())!, 'utf8');
    const lines = csv.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0]).toContain('تاریخ');
    expect(lines).toHaveLength(5);
    expect(csv).toContain(orderId);

    // An admin finds the shop owed 810,000 toman; with no Sheba yet the payout is refused, and says why.
    const reviewer = await openVisitor(stack.browser);
    await logIn(reviewer.page, '/admin/producers', admin);
    await reviewer.page.locator('.account-details summary').click();
    await reviewer.page.getByRole('link', { name: fa('account.adminPayouts') }).click();
    await reviewer.page.waitForURL(url('/admin/payouts'));
    const shopCard = reviewer.page.getByRole('article', { name: shopName });
    expect(await shopCard.locator('.payout-payable').textContent()).toBe('۸۱۰٬۰۰۰ تومان');
    expect(await shopCard.getByLabel(fa('adminPayouts.amount')).inputValue()).toBe('810000');
    await shopCard.getByLabel(fa('adminPayouts.reference')).fill('PAY-0001');
    await shopCard.getByRole('button', { name: fa('adminPayouts.submit') }).click();
    await shopCard.locator('.form-alert').waitFor();
    expect(await shopCard.locator('.form-alert').textContent()).toBe('این غرفه هنوز شمارهٔ شبای تسویه ثبت نکرده است.');

    // The seller gives a Sheba: a mistyped one is refused beside the box, the right one is kept.
    await page.getByLabel(fa('earnings.sheba')).fill('IR062960000000100324200002');
    await page.getByRole('button', { name: fa('earnings.shebaSave') }).click();
    await page.locator('#field-payoutSheba-error').waitFor();
    expect(await page.getByLabel(fa('earnings.sheba')).getAttribute('aria-invalid')).toBe('true');
    await page.getByLabel(fa('earnings.sheba')).fill(validSheba);
    await page.getByRole('button', { name: fa('earnings.shebaSave') }).click();
    await page.getByRole('status').filter({ hasText: fa('earnings.shebaSaved') }).waitFor();
    // The box shows it as the API kept it, grouped as banks print it.
    await expect.poll(() => page.getByLabel(fa('earnings.sheba')).inputValue()).toBe('IR06 2960 0000 0010 0324 2000 01');
    expect(await page.getByText(fa('earnings.shebaMissing')).count()).toBe(0);

    // Paying more than is owed is refused too; then the whole amount, typed in Persian digits, is recorded.
    await reviewer.page.reload();
    expect(await shopCard.locator('.sheba').textContent()).toBe('IR06 2960 0000 0010 0324 2000 01');
    await shopCard.getByLabel(fa('adminPayouts.amount')).fill('۹۰۰۰۰۰');
    await shopCard.getByLabel(fa('adminPayouts.reference')).fill('PAY-0001');
    await shopCard.getByRole('button', { name: fa('adminPayouts.submit') }).click();
    await shopCard.locator('.form-alert').filter({ hasText: 'مبلغ تسویه از طلب قابل پرداخت فروشنده (پس از کسر بدهی کارمزد او) بیشتر است.' }).waitFor();
    await shopCard.getByLabel(fa('adminPayouts.amount')).fill('۸۱۰٬۰۰۰');
    await shopCard.getByRole('button', { name: fa('adminPayouts.submit') }).click();
    await reviewer.page.getByRole('status').filter({ hasText: 'واریز ۸۱۰٬۰۰۰ تومان' }).waitFor();
    // Paid in full, the shop leaves the list and the payout is among the recent ones (once the page has reloaded its data).
    await expect.poll(() => shopCard.count()).toBe(0);
    const payoutRow = reviewer.page.locator('.payouts-table tbody tr').first();
    await expect.poll(() => payoutRow.textContent()).toContain(shopName);
    expect(await payoutRow.textContent()).toContain('PAY-0001');
    expect(await payoutRow.locator('.sheba').textContent()).toBe('IR06 2960 0000 0010 0324 2000 01');

    // On the order, the admin may record a refund per shipment; this one is more than the seller is owed now.
    await reviewer.page.goto(url(`/orders/${orderId}`));
    const shipment = reviewer.page.locator('.shipment');
    await shipment.getByText(fa('refund.title')).click();
    expect(await shipment.getByLabel(fa('refund.amount')).inputValue()).toBe('900000');
    await shipment.getByLabel(fa('refund.reference')).fill('REF-0001');
    await shipment.getByRole('button', { name: fa('refund.submit') }).click();
    await shipment.locator('.form-alert').waitFor();
    expect(await shipment.locator('.form-alert').textContent()).not.toBe('');
    await reviewer.context.close();
    expect(reviewer.errors, 'errors in the admin’s browser').toEqual([]);

    // The seller sees it paid out.
    await page.reload();
    expect(await balance('payable').textContent()).toBe('۰ تومان');
    expect(await balance('paid-out').textContent()).toBe('۸۱۰٬۰۰۰ تومان');
    expect(await rows.first().getAttribute('data-kind')).toBe('payout');
    expect(await rows.first().textContent()).toContain(fa('earnings.kind.payout'));
    await seller.context.close();
    expect(seller.errors, 'errors in the producer’s browser').toEqual([]);
  }, 90_000);
});
