import type { Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createListing, drainSearchOutbox, registerAdmin, registerProducer } from './support/api.ts';
import { messages } from './support/messages.ts';
import { htmlAttributes, openVisitor, startBrowserStack, type BrowserStack } from './support/browser-stack.ts';

let stack: BrowserStack;
const ids = { bathTowel: '', beachTowel: '', pickle: '' };
// Typed on an Arabic keyboard: ي (U+064A) where Persian has ی (U+06CC).
const arabicQuery = 'حوله نخي';

beforeAll(async () => {
  stack = await startBrowserStack();
  const { api } = stack;
  const admin = await registerAdmin(api);
  const yazd = await registerProducer(api, admin, { shop: { shopName: 'حوله‌بافی مهرگان', provinceCode: 'IR-21', city: 'یزد', trades: ['towels'] } });
  const isfahan = await registerProducer(api, admin, {
    shop: { shopName: 'بازارچهٔ نقش جهان', provinceCode: 'IR-10', city: 'اصفهان', trades: ['towels', 'pickles'] },
  });
  const publish = async (session: typeof yazd, overrides: Record<string, unknown>) => {
    const { id } = await createListing(api, session, overrides);
    const published = await api.app.inject({ method: 'POST', url: `/v1/listings/${id}/publish`, headers: session.auth });
    if (published.statusCode !== 200) throw new Error(`publish failed: ${published.statusCode} ${published.body}`);
    return id;
  };
  ids.bathTowel = await publish(yazd, { title: { fa: 'حوله حمام نخی', en: 'Cotton bath towel' }, priceMinor: 4_500_000 });
  ids.beachTowel = await publish(isfahan, { title: { fa: 'حوله ساحلی نخی', en: 'Cotton beach towel' }, priceMinor: 2_000_000 });
  ids.pickle = await publish(isfahan, { title: { fa: 'ترشی لیته' }, description: { fa: 'ترشی خانگی بادمجان.' }, categorySlug: 'pickles', priceMinor: 900_000 });
  await drainSearchOutbox(api);
});

afterAll(async () => {
  await stack?.close();
});

const fa = (key: keyof typeof messages) => messages[key].fa;
const en = (key: keyof typeof messages) => messages[key].en;
const url = (path: string) => `${stack.baseUrl}${path}`;

describe('searching in the browser', () => {
  it('suggests as you type, searches Persian typed on an Arabic keyboard, filters by province and opens a result', async () => {
    const { context, page, errors } = await openVisitor(stack.browser);
    await page.goto(url('/'));
    const box = page.getByRole('combobox', { name: fa('header.searchLabel') });
    // The box becomes a combobox once the page is live.
    await box.waitFor();
    expect(await box.getAttribute('aria-expanded')).toBe('false');

    await box.pressSequentially(arabicQuery, { delay: 20 });
    const listbox = page.getByRole('listbox', { name: fa('header.suggestions') });
    await listbox.getByRole('option', { name: 'حوله حمام نخی' }).waitFor();
    await listbox.getByRole('option', { name: 'حوله ساحلی نخی' }).waitFor();
    expect(await box.getAttribute('aria-expanded')).toBe('true');
    expect(await listbox.getByRole('option').allTextContents()).not.toContain('ترشی لیته');

    // Enter with no suggestion chosen sends the search as typed.
    await box.press('Enter');
    await page.waitForURL((address) => address.pathname === '/search' && address.searchParams.get('q') === arabicQuery);
    // The address changes as the navigation ends, a moment before the page shows it.
    await page.getByRole('heading', { level: 1, name: fa('search.resultsFor').replace('{query}', `\u2068${arabicQuery}\u2069`) }).waitFor();
    expect(await htmlAttributes(page)).toEqual({ lang: 'fa', dir: 'rtl' });
    // The header box keeps what was searched for.
    expect(await box.inputValue()).toBe(arabicQuery);
    const results = page.locator('.search-results .listing-grid');
    expect(await resultNames(results)).toEqual(expect.arrayContaining(['حوله حمام نخی', 'حوله ساحلی نخی']));
    expect(await resultNames(results)).toHaveLength(2);
    expect(await page.locator('.search-count').textContent()).toContain('۲ محصول');

    // The province facet lists both provinces with their counts; choosing Yazd narrows to the Yazd towel.
    const provinces = page.getByRole('region', { name: fa('search.facetProvince') });
    expect(await provinces.getByRole('link').allTextContents()).toEqual(expect.arrayContaining([expect.stringContaining('یزد'), expect.stringContaining('اصفهان')]));
    await provinces.getByRole('link', { name: /یزد/ }).click();
    await page.waitForURL((address) => address.searchParams.get('province') === 'IR-21');
    expect(new URL(page.url()).searchParams.get('q')).toBe(arabicQuery);
    await expect.poll(() => resultNames(results)).toEqual(['حوله حمام نخی']);
    expect(await provinces.locator('[aria-current="true"]').textContent()).toContain('یزد');
    // The choice shows as a chip that undoes it.
    await page.getByRole('link', { name: fa('search.removeFilter').replace('{filter}', 'یزد') }).waitFor();

    await results.getByRole('link', { name: 'حوله حمام نخی' }).click();
    await page.waitForURL(url(`/listings/${ids.bathTowel}`));
    await page.getByRole('heading', { level: 1, name: 'حوله حمام نخی' }).waitFor();

    await context.close();
    expect(errors).toEqual([]);
  });

  it('opens a suggestion chosen with the arrow keys, and closes the list with Escape', async () => {
    const { context, page, errors } = await openVisitor(stack.browser);
    await page.goto(url('/'));
    const box = page.getByRole('combobox', { name: fa('header.searchLabel') });
    await box.waitFor();
    await box.pressSequentially('ساحل', { delay: 20 });
    const option = page.getByRole('option', { name: 'حوله ساحلی نخی' });
    await option.waitFor();

    await box.press('Escape');
    expect(await box.getAttribute('aria-expanded')).toBe('false');
    expect(await box.inputValue()).toBe('ساحل');

    await box.press('ArrowDown');
    expect(await box.getAttribute('aria-expanded')).toBe('true');
    expect(await box.getAttribute('aria-activedescendant')).toBe(await option.getAttribute('id'));
    expect(await option.getAttribute('aria-selected')).toBe('true');
    await box.press('Enter');
    await page.waitForURL(url(`/listings/${ids.beachTowel}`));
    await page.getByRole('heading', { level: 1, name: 'حوله ساحلی نخی' }).waitFor();

    await context.close();
    expect(errors).toEqual([]);
  });

  it('keeps words typed into the box before the page came alive', async () => {
    const { context, page, errors } = await openVisitor(stack.browser);
    // A slow connection: the scripts arrive well after the page can be typed into.
    await page.route('**/assets/**/*.js', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      await route.continue();
    });
    await page.goto(url('/'), { waitUntil: 'domcontentloaded' });
    await page.getByRole('searchbox', { name: fa('header.searchLabel') }).pressSequentially('حوله', { delay: 10 });
    const box = page.getByRole('combobox', { name: fa('header.searchLabel') });
    await box.waitFor();
    expect(await box.inputValue()).toBe('حوله');
    await context.close();
    expect(errors).toEqual([]);
  });

  it('works without scripts, in English and left to right: price in toman, made to order, the empty state', async () => {
    const context = await stack.browser.newContext({ locale: 'en-US', javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(url('/'));
    await page.getByRole('searchbox', { name: en('header.searchLabel') }).fill('towel');
    await page.getByRole('button', { name: en('header.searchSubmit'), exact: true }).click();
    await page.waitForURL(url('/search?q=towel'));
    expect(await htmlAttributes(page)).toEqual({ lang: 'en', dir: 'ltr' });
    const results = page.locator('.search-results .listing-grid');
    expect((await resultNames(results)).sort()).toEqual(['Cotton bath towel', 'Cotton beach towel']);

    // Persian digits and separators in the Toman box; the address comes back tidy, in Toman.
    await page.getByLabel(en('search.priceMin'), { exact: true }).fill('۳۰۰٬۰۰۰');
    await page.getByRole('button', { name: en('search.apply') }).click();
    await page.waitForURL(url('/search?q=towel&priceMin=300000'));
    expect(await resultNames(results)).toEqual(['Cotton bath towel']);
    expect(await page.getByLabel(en('search.priceMin'), { exact: true }).inputValue()).toBe('300000');

    // A price that is not one is pointed out next to its box, and the rest of the search still runs.
    await page.getByLabel(en('search.priceMin'), { exact: true }).fill('cheap');
    await page.getByRole('button', { name: en('search.apply') }).click();
    await page.locator('#field-priceMin-error').waitFor();
    expect(await page.locator('#field-priceMin-error').textContent()).toBe(en('search.priceInvalid'));
    expect((await resultNames(results)).sort()).toEqual(['Cotton bath towel', 'Cotton beach towel']);

    // Nothing is made to order here, so that filter leaves nothing, and the page says what to try.
    await page.getByLabel(en('search.priceMin'), { exact: true }).fill('');
    await page.getByLabel(en('search.supplyMadeToOrder')).check();
    await page.getByRole('button', { name: en('search.apply') }).click();
    await page.waitForURL(url('/search?q=towel&madeToOrder=true'));
    const empty = page.locator('.search-empty');
    expect(await empty.getByRole('heading').textContent()).toBe(en('search.noResultsFor').replace('{query}', '\u2068towel\u2069'));
    await empty.getByRole('link', { name: en('search.removeFilter').replace('{filter}', en('search.supplyMadeToOrder')) }).click();
    await page.waitForURL(url('/search?q=towel'));
    expect(await resultNames(results)).toHaveLength(2);

    // An old link past the last page says so and leads back to the first.
    await page.goto(url('/search?q=towel&page=9'));
    await page.getByText(en('search.pageEmpty')).waitFor();
    await page.getByRole('link', { name: en('search.firstPage') }).click();
    await page.waitForURL(url('/search?q=towel'));

    // The trade facet narrows by trade and says so in the heading of a search without words.
    await page.goto(url('/search'));
    await page.getByRole('region', { name: en('search.facetCategory') }).getByRole('link', { name: /Pickles/ }).click();
    await page.waitForURL(url('/search?category=pickles'));
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Pickles');
    expect(await resultNames(results)).toEqual(['ترشی لیته']);

    await context.close();
  });

  it('turns an address the API refuses into a message with a way out', async () => {
    const { context, page, errors } = await openVisitor(stack.browser);
    const response = await page.goto(url('/search?q=x&province=Yazd'));
    expect(response?.status()).toBe(400);
    expect(await page.getByRole('alert').textContent()).toContain(fa('search.invalid'));
    await page.getByRole('link', { name: fa('search.invalidField').replace('{filter}', fa('search.facetProvince')) }).click();
    await page.waitForURL(url('/search?q=x'));
    await context.close();
    expect(errors).toEqual([]);
  });
});

function resultNames(grid: Locator): Promise<string[]> {
  return grid.locator('.listing-card-name').allTextContents();
}
