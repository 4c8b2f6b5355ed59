import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { registerUser } from './support/api.ts';
import { messages } from './support/messages.ts';
import { htmlAttributes, openVisitor, startBrowserStack, type BrowserStack } from './support/browser-stack.ts';

let stack: BrowserStack;
let baseUrl = '';

beforeAll(async () => {
  stack = await startBrowserStack();
  baseUrl = stack.baseUrl;
});

afterAll(async () => {
  await stack?.close();
});

let context: BrowserContext;
let page: Page;
let pageErrors: string[];

beforeEach(async () => {
  // A visitor whose browser asks for Persian, as most of Bazaarche's do.
  ({ context, page, errors: pageErrors } = await openVisitor(stack.browser));
});

afterEach(async () => {
  await context.close();
  expect(pageErrors, 'errors in the browser').toEqual([]);
});

describe('the web app in a browser', () => {
  it('registers a person, signs them in and remembers their switch to English', async () => {
    await page.goto(baseUrl);
    expect(await htmlAttributes(page)).toEqual({ lang: 'fa', dir: 'rtl' });

    await page.getByRole('link', { name: messages['account.register'].fa, exact: true }).click();
    await page.waitForURL(/\/register/);
    await page.getByLabel(messages['field.name'].fa).fill('سارا محمدی');
    await page.getByLabel(messages['field.email'].fa).fill(`sara-${Date.now()}@example.com`);
    await page.getByLabel(messages['field.password'].fa).fill('short');
    await page.getByRole('button', { name: messages['register.submit'].fa }).click();
    // The API's own objection, in Persian, right under the password field.
    await expect.poll(() => page.locator('#field-password-error').textContent()).toMatch(/۱۰|10/);

    await page.getByLabel(messages['field.password'].fa).fill('a long enough password');
    await page.getByRole('button', { name: messages['register.submit'].fa }).click();
    await page.waitForURL(`${baseUrl}/`);
    const accountMenu = page.getByRole('navigation', { name: messages['account.label'].fa });
    await expect.poll(() => accountMenu.textContent()).toContain('سارا محمدی');

    await page.getByRole('button', { name: messages['language.switch'].fa }).click();
    await page.waitForSelector('html[lang="en"][dir="ltr"]');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(messages['home.title'].en);

    await page.reload();
    expect(await htmlAttributes(page)).toEqual({ lang: 'en', dir: 'ltr' });
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(messages['home.title'].en);
    expect(await page.getByRole('navigation', { name: messages['account.label'].en }).textContent()).toContain('سارا محمدی');

    // Logging out is in the account menu, a disclosure under the person's name.
    await accountMenuOf(page, 'en').locator('summary').click();
    await page.getByRole('button', { name: messages['account.logout'].en }).click();
    await page.getByRole('link', { name: messages['account.login'].en, exact: true }).waitFor();
    await page.reload();
    expect(await page.getByRole('navigation', { name: messages['account.label'].en }).textContent()).not.toContain('سارا محمدی');
  });

  it('tells a person their password is wrong', async () => {
    const { user } = await registerUser(stack.api.app);
    await page.goto(`${baseUrl}/login`);
    await page.getByLabel(messages['field.email'].fa).fill(user.email);
    await page.getByLabel(messages['field.password'].fa).fill('not the password at all');
    await page.getByRole('button', { name: messages['login.submit'].fa }).click();
    await expect.poll(() => page.getByRole('alert').first().textContent()).toBe(messages['error.invalidCredentials'].fa);
    expect(new URL(page.url()).pathname).toBe('/login');
  });
});

function accountMenuOf(target: Page, locale: 'fa' | 'en') {
  return target.getByRole('navigation', { name: messages['account.label'][locale] });
}
