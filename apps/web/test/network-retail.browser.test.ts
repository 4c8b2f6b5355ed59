import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { confirmTransferAsFinance, publishedListing, registerAdmin, registerProducer, registerUser, shippingAddressInput } from './support/api.ts';
import { messages } from './support/messages.ts';
import { type BrowserStack, logIn as logInAt, openVisitor, startBrowserStack } from './support/browser-stack.ts';

const NETWORK = 'شبکهٔ حوله‌بافان یزد';
const MAKER = 'حوله‌بافی الف';
const SENDER = 'حوله‌بافی ب';

let stack: BrowserStack;
let sender: Awaited<ReturnType<typeof registerProducer>>;
let leader: Awaited<ReturnType<typeof registerProducer>>;
let buyer: Awaited<ReturnType<typeof registerUser>>;
let networkId = '';
let orderId = '';
let partId = '';

beforeAll(async () => {
  stack = await startBrowserStack();
  const { api } = stack;
  const call = async (method: 'POST' | 'PATCH', url: string, who: { auth: Record<string, string> }, payload?: object) => {
    const response = await api.app.inject({ method, url, headers: who.auth, ...(payload && { payload }) });
    if (response.statusCode >= 300) throw new Error(`${method} ${url}: ${response.statusCode} ${response.body}`);
    return response.json();
  };
  const admin = await registerAdmin(api);
  leader = await registerProducer(api, admin, { shop: { shopName: 'حوله‌بافی سرپرست' } });
  networkId = (await call('POST', '/v1/networks', leader, { name: NETWORK, provinceCode: 'IR-21', trades: ['towels'], coordinationFeeBps: 500 })).id;
  await call('PATCH', `/v1/networks/${networkId}`, leader, { shipping: { flatFeeMinor: 300_000, freeAboveMinor: null } });
  const maker = await registerProducer(api, admin, { shop: { shopName: MAKER } });
  sender = await registerProducer(api, admin, { shop: { shopName: SENDER, provinceCode: 'IR-23', city: 'تهران' } });
  for (const member of [maker, sender]) {
    await call('POST', `/v1/networks/${networkId}/members`, leader, { producerId: member.producer.id, capacityPerWeek: 20 });
    await call('POST', `/v1/networks/${networkId}/members/accept`, member);
  }
  // One member lists a towel under the network; a buyer orders two and the transfer is confirmed.
  const towel = await publishedListing(api, maker, { networkId, stock: 50 });
  buyer = await registerUser(api.app);
  const order = await call('POST', '/v1/orders', buyer, { shippingAddress: shippingAddressInput, paymentMethod: 'manual', items: [{ listingId: towel.id, quantity: 2 }] });
  orderId = order.id;
  partId = order.fulfilments[0].id;
  await confirmTransferAsFinance(stack.api, order.id);
});

afterAll(async () => {
  await stack?.close();
});

const fa = (key: keyof typeof messages) => messages[key].fa;
const url = (path: string) => `${stack.baseUrl}${path}`;
const logIn = (page: Page, path: string, who: { user: { email: string }; password: string }) => logInAt(page, stack.baseUrl, path, who);

describe('a network’s retail order in the browser', () => {
  it('is given by the leader to a member, who ships it; the buyer sees only the network', async () => {
    // The leader works without JavaScript: the assignment forms are plain posts.
    const leaderContext = await stack.browser.newContext({ locale: 'fa-IR', javaScriptEnabled: false });
    const leaderPage = await leaderContext.newPage();
    await logIn(leaderPage, `/dashboard/networks/${networkId}`, leader);
    const card = leaderPage.locator(`.network-part-card[data-fulfilment="${partId}"]`);
    expect(await card.locator('.network-part-assignee').textContent()).toBe(fa('networkOrders.unassigned'));
    expect(await card.textContent()).toContain(fa('place.cityProvince').replace('{city}', '\u2068تهران\u2069').replace('{province}', '\u2068تهران\u2069'));

    // Assigning with no member chosen is refused beside the box, in Persian.
    await card.getByRole('button', { name: fa('networkOrders.assign'), exact: true }).click();
    await card.locator('.field-error', { hasText: fa('networkOrders.memberRequired') }).waitFor();

    await card.getByLabel(fa('networkOrders.member')).selectOption({ label: `${SENDER} (ظرفیت ۲۰ در هفته)` });
    await card.getByRole('button', { name: fa('networkOrders.assign'), exact: true }).click();
    await card.getByRole('status').filter({ hasText: fa('networkOrders.assigned').replace('{shop}', `\u2068${SENDER}\u2069`) }).waitFor();
    expect(await card.locator('.network-part-assignee').textContent()).toBe(SENDER);
    expect(await card.getAttribute('data-assigned')).toBe('true');
    await leaderContext.close();

    // The member finds the part in their orders, marked as the network's, and ships it.
    const member = await openVisitor(stack.browser);
    await logIn(member.page, '/dashboard/orders', sender);
    const part = member.page.locator('.fulfilment-card');
    await part.first().waitFor();
    expect(await part.count()).toBe(1);
    expect(await part.locator('.network-part').getAttribute('data-assignment')).toBe('own');
    expect(await part.locator('.network-part').textContent()).toContain(NETWORK);
    await part.getByLabel(fa('sellerOrders.carrier')).fill('پست پیشتاز');
    await part.getByLabel(fa('sellerOrders.trackingCode')).fill('NET1234');
    await part.getByRole('button', { name: fa('sellerOrders.ship') }).click();
    await member.page.getByRole('status').filter({ hasText: fa('sellerOrders.shipped') }).waitFor();
    await part.locator('.status-badge', { hasText: fa('fulfilmentStatus.shipped') }).waitFor();

    // With a parcel still on its way, the member cannot leave the network yet, and is told why.
    await member.page.goto(url(`/dashboard/networks/${networkId}`));
    await member.page.getByRole('button', { name: fa('networks.leave') }).click();
    await member.page.getByRole('alert').filter({ hasText: 'کارِ در دستِ شبکه' }).waitFor();
    await member.context.close();
    expect(member.errors, 'errors in the member’s browser').toEqual([]);

    // The buyer's order names the network, marked as one and linked to its page, and no member.
    const shopper = await openVisitor(stack.browser);
    await logIn(shopper.page, `/orders/${orderId}`, buyer);
    const shipment = shopper.page.locator('.shipment');
    const seller = shipment.locator(`a[href="/networks/${networkId}"]`);
    expect(await seller.textContent()).toBe(`${fa('seller.network')} ${NETWORK}`);
    expect(await shipment.locator('.status-badge').textContent()).toBe(fa('fulfilmentStatus.shipped'));
    const text = (await shopper.page.locator('main').textContent()) ?? '';
    expect(text).not.toContain(SENDER);
    expect(text).not.toContain(MAKER);

    // The network's public page lists the towel.
    await seller.click();
    await shopper.page.waitForURL(url(`/networks/${networkId}`));
    await shopper.page.getByRole('heading', { level: 1, name: NETWORK }).waitFor();
    expect(await shopper.page.locator('.listing-grid .listing-card').count()).toBe(1);
    await shopper.context.close();
    expect(shopper.errors, 'errors in the buyer’s browser').toEqual([]);
  }, 60_000);
});
