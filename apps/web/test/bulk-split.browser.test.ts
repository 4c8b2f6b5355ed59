import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerAdmin, registerProducer } from './support/api.ts';
import { messages } from './support/messages.ts';
import { formatCalendarDay } from '../app/lib/dates.ts';
import { type BrowserStack, logIn as logInAt, openVisitor, startBrowserStack } from './support/browser-stack.ts';

/** The day it is at `moment` in Tehran, the marketplace's time zone, as the API's calendar dates are written. */
const calendarDateAt = (moment: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Tehran' }).format(moment);

let stack: BrowserStack;
let leader: Awaited<ReturnType<typeof registerProducer>>;
const members: Array<Awaited<ReturnType<typeof registerProducer>> & { shopName: string }> = [];
let invitee: Awaited<ReturnType<typeof registerProducer>>;
let admin: Awaited<ReturnType<typeof registerAdmin>>;
let networkId = '';
let bulkOrderId = '';

beforeAll(async () => {
  stack = await startBrowserStack();
  const { api } = stack;
  admin = await registerAdmin(api);
  leader = await registerProducer(api, admin, { shop: { shopName: 'حوله‌بافی سرپرست' } });
  const created = await api.app.inject({
    method: 'POST',
    url: '/v1/networks',
    headers: leader.auth,
    payload: { name: 'شبکهٔ حوله‌بافان یزد', provinceCode: 'IR-21', trades: ['towels'] },
  });
  if (created.statusCode !== 201) throw new Error(`network: ${created.statusCode} ${created.body}`);
  networkId = (created.json() as { id: string }).id;
  // Three members making 7, 14 and 21 towels a week: over two weeks, room for 14, 28 and 42.
  for (const [shopName, capacityPerWeek] of [['حوله‌بافی الف', 7], ['حوله‌بافی ب', 14], ['حوله‌بافی ج', 21]] as const) {
    const member = await registerProducer(api, admin, { shop: { shopName } });
    const invited = await api.app.inject({ method: 'POST', url: `/v1/networks/${networkId}/members`, headers: leader.auth, payload: { producerId: member.producer.id, capacityPerWeek } });
    if (invited.statusCode !== 201) throw new Error(`invite: ${invited.statusCode} ${invited.body}`);
    const joined = await api.app.inject({ method: 'POST', url: `/v1/networks/${networkId}/members/accept`, headers: member.auth });
    if (joined.statusCode !== 200) throw new Error(`accept: ${joined.statusCode} ${joined.body}`);
    members.push({ ...member, shopName });
  }
  // A fourth shop is invited and answers from the dashboard.
  invitee = await registerProducer(api, admin, { shop: { shopName: 'حوله‌بافی د' } });
  const invitation = await api.app.inject({ method: 'POST', url: `/v1/networks/${networkId}/members`, headers: leader.auth, payload: { producerId: invitee.producer.id, capacityPerWeek: 10 } });
  if (invitation.statusCode !== 201) throw new Error(`invite: ${invitation.statusCode} ${invitation.body}`);
  // Two whole weeks of work before the end of the due day in Tehran.
  const due = calendarDateAt(new Date(Date.now() + 14 * 86_400_000));
  const order = await api.app.inject({
    method: 'POST',
    url: `/v1/networks/${networkId}/bulk-orders`,
    headers: leader.auth,
    payload: { title: 'حولهٔ هتل', categorySlug: 'towels', quantity: 30, dueDate: due, unitPriceMinor: 1_000_000, currency: 'IRR' },
  });
  if (order.statusCode !== 201) throw new Error(`bulk order: ${order.statusCode} ${order.body}`);
  bulkOrderId = (order.json() as { id: string }).id;
});

afterAll(async () => {
  await stack?.close();
});

const fa = (key: keyof typeof messages) => messages[key].fa;
const url = (path: string) => `${stack.baseUrl}${path}`;
const logIn = (page: Page, path: string, who: { user: { email: string }; password: string }) => logInAt(page, stack.baseUrl, path, who);
const shareLabel = (shopName: string) => fa('bulk.unitsFor').replace('{shop}', `\u2068${shopName}\u2069`);


describe('a bulk order split among a network’s members in the browser', () => {
  it('suggests a split by capacity, sends the leader’s adjusted numbers, and lets a member accept their share', async () => {
    const [a, b, c] = members as [(typeof members)[0], (typeof members)[0], (typeof members)[0]];
    const leaderVisit = await openVisitor(stack.browser);
    const { page } = leaderVisit;
    await logIn(page, `/dashboard/bulk-orders/${bulkOrderId}`, leader);
    await page.getByRole('heading', { level: 2, name: fa('bulk.suggested') }).waitFor();

    // 30 towels in proportion to 14 : 28 : 42 free.
    const share = (who: { shopName: string }) => page.getByLabel(shareLabel(who.shopName), { exact: true });
    expect(await share(a).inputValue()).toBe('5');
    expect(await share(b).inputValue()).toBe('10');
    expect(await share(c).inputValue()).toBe('15');

    // A total that does not add up is refused above the form; then two numbers moved, keeping 30.
    await share(a).fill('۹');
    await page.getByRole('button', { name: fa('bulk.send') }).click();
    await page.locator('.split-form .form-alert').filter({ hasText: '۳۴' }).waitFor();
    await share(a).fill('۷');
    await share(b).fill('۸');
    await page.getByRole('button', { name: fa('bulk.send') }).click();
    await page.getByRole('status').filter({ hasText: fa('bulk.sent') }).waitFor();

    const card = (producerId: string) => page.locator(`.allocation-card[data-producer="${producerId}"]`);
    await expect.poll(() => card(a.producer.id).locator('.allocation-quantity').textContent()).toBe('۷');
    expect(await card(b.producer.id).locator('.allocation-quantity').textContent()).toBe('۸');
    expect(await card(c.producer.id).locator('.allocation-quantity').textContent()).toBe('۱۵');
    expect(await card(a.producer.id).getAttribute('data-status')).toBe('offered');
    expect(await page.getByRole('heading', { name: fa('bulk.suggested') }).count()).toBe(0);
    await leaderVisit.context.close();
    expect(leaderVisit.errors, 'errors in the leader’s browser').toEqual([]);

    // Member A finds their share of 7 in their task list, follows it to the order's page and accepts it.
    const memberVisit = await openVisitor(stack.browser);
    const memberPage = memberVisit.page;
    await logIn(memberPage, '/dashboard/tasks', a);
    const line = memberPage.locator('.task-line');
    await line.first().waitFor();
    expect(await line.count()).toBe(1);
    expect(await line.getAttribute('data-status')).toBe('offered');
    expect(await line.textContent()).toContain(fa('tasks.share').replace('{count}', '۷'));
    await line.getByRole('link', { name: fa('tasks.respond') }).click();
    await memberPage.waitForURL(url(`/dashboard/bulk-orders/${bulkOrderId}`));
    const task = memberPage.locator('.task-card');
    expect(await task.locator('.allocation-quantity').textContent()).toBe('۷');
    await task.getByRole('button', { name: fa('bulk.accept') }).click();
    await memberPage.getByRole('status').filter({ hasText: fa('bulk.acceptedNotice') }).waitFor();
    await expect.poll(() => task.getAttribute('data-status')).toBe('accepted');
    await task.getByLabel(fa('bulk.doneQuantity')).waitFor();
    expect(await memberPage.evaluate(() => document.documentElement.dir)).toBe('rtl');
    // The offer is answered, and nothing is made yet: the API offers only the progress report, and so does the page.
    expect(await task.getByRole('button', { name: fa('bulk.accept') }).count()).toBe(0);
    expect(await task.getByRole('button', { name: fa('bulk.deliver') }).count()).toBe(0);
    await task.getByLabel(fa('bulk.doneQuantity')).fill('۳');
    await task.getByRole('button', { name: fa('bulk.report') }).click();
    await memberPage.getByRole('status').filter({ hasText: fa('bulk.reported') }).waitFor();
    await task.getByRole('button', { name: fa('bulk.deliver') }).waitFor();

    // Back on the list, the share is accepted and the order's page is where progress is reported.
    await memberPage.getByRole('link', { name: fa('tasks.back') }).click();
    await memberPage.waitForURL(url('/dashboard/tasks'));
    await expect.poll(() => line.getAttribute('data-status')).toBe('accepted');
    await line.getByRole('link', { name: fa('tasks.work') }).waitFor();
    await memberVisit.context.close();
    expect(memberVisit.errors, 'errors in the member’s browser').toEqual([]);
  }, 90_000);

  it('lists an invited producer’s network on the dashboard and lets them accept from there', async () => {
    const visit = await openVisitor(stack.browser);
    const { page } = visit;
    await logIn(page, '/dashboard', invitee);
    const line = page.locator(`.network-line[data-network="${networkId}"]`);
    expect(await line.getAttribute('data-role')).toBe('invited');
    expect(await line.textContent()).toContain(fa('networks.role.invited'));
    await line.getByRole('button', { name: fa('networks.acceptInvitation') }).click();
    await page.getByRole('status').filter({ hasText: fa('networks.joined') }).waitFor();
    await expect.poll(() => line.getAttribute('data-role')).toBe('member');
    expect(await line.getByRole('button', { name: fa('networks.acceptInvitation') }).count()).toBe(0);

    // As a member now, the network's page lists its bulk order.
    await line.getByRole('link').click();
    await page.waitForURL(url(`/dashboard/networks/${networkId}`));
    await page.locator(`a[href="/dashboard/bulk-orders/${bulkOrderId}"]`).waitFor();
    await visit.context.close();
    expect(visit.errors, 'errors in the invitee’s browser').toEqual([]);
  }, 60_000);

  it('creates a bulk order from the day typed in the form and shows that same day, in Jalali', async () => {
    const visit = await openVisitor(stack.browser);
    const { page } = visit;
    await logIn(page, `/dashboard/networks/${networkId}`, leader);
    // 21 March next year: the first of Farvardin, where a day's shift either way would change the Jalali year or month.
    const day = `${Number(calendarDateAt(new Date()).slice(0, 4)) + 1}-03-21`;
    const yesterday = calendarDateAt(new Date(Date.now() - 86_400_000));
    await page.getByText(fa('networks.newBulkOrder'), { exact: true }).click();
    await page.getByLabel(fa('bulk.title')).fill('رومیزی نوروزی');
    await page.getByLabel(fa('bulk.quantity')).fill('۱۲');
    await page.getByLabel(fa('bulk.unitPrice')).fill('۲۵۰۰۰۰');
    await page.getByLabel(fa('bulk.dueDate')).fill(yesterday);
    await page.getByRole('button', { name: fa('bulk.create') }).click();
    // The API's refusal of a past day is shown at the date box, and what was typed stays.
    await page.locator('#field-dueDate-error').filter({ hasText: 'گذشته' }).waitFor();
    expect(await page.getByLabel(fa('bulk.dueDate')).inputValue()).toBe(yesterday);

    await page.getByLabel(fa('bulk.dueDate')).fill(day);
    await page.getByRole('button', { name: fa('bulk.create') }).click();
    await page.waitForURL(/\/dashboard\/bulk-orders\/[0-9a-f-]{36}$/);
    const id = page.url().split('/').pop()!;
    const stored = await stack.api.app.inject({ method: 'GET', url: `/v1/bulk-orders/${id}`, headers: leader.auth });
    expect(stored.json()).toMatchObject({ title: 'رومیزی نوروزی', quantity: 12, dueDate: day });
    const jalali = formatCalendarDay(day, 'fa');
    expect(jalali).toMatch(/فروردین/);
    await page.locator('.page-lead').filter({ hasText: jalali }).waitFor();
    await visit.context.close();
    expect(visit.errors, 'errors in the leader’s browser').toEqual([]);
  }, 60_000);

  it('shows each caller the buttons the API offers them on the network’s page, and an admin may run it as its leader does', async () => {
    const adminVisit = await openVisitor(stack.browser);
    await logIn(adminVisit.page, `/dashboard/networks/${networkId}`, admin);
    await adminVisit.page.getByRole('heading', { level: 2, name: fa('networkSettings.title') }).waitFor();
    await adminVisit.page.getByRole('heading', { level: 3, name: fa('networks.invite') }).waitFor();
    const rows = await adminVisit.page.locator('.members-table tbody tr').count();
    expect(await adminVisit.page.getByRole('button', { name: fa('networks.remove') }).count()).toBe(rows);
    await adminVisit.page.goto(url(`/networks/${networkId}`));
    await adminVisit.page.getByRole('link', { name: fa('networkPage.manage') }).waitFor();
    await adminVisit.context.close();
    expect(adminVisit.errors, 'errors in the admin’s browser').toEqual([]);

    // A member may leave, and do nothing else to the network or the others.
    const memberVisit = await openVisitor(stack.browser);
    const { page } = memberVisit;
    await logIn(page, `/dashboard/networks/${networkId}`, members[1]!);
    await page.locator(`a[href="/dashboard/bulk-orders/${bulkOrderId}"]`).waitFor();
    expect(await page.locator('.members-table button').allTextContents()).toEqual([fa('networks.leave')]);
    expect(await page.getByRole('heading', { name: fa('networks.invite') }).count()).toBe(0);
    expect(await page.getByRole('heading', { name: fa('networkSettings.title') }).count()).toBe(0);
    expect(await page.getByRole('button', { name: fa('networks.acceptInvitation') }).count()).toBe(0);
    await memberVisit.context.close();
    expect(memberVisit.errors, 'errors in the member’s browser').toEqual([]);
  }, 60_000);
});
