import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, registerUser, type TestApp } from '../../api/test/support.ts';
import { messages } from '../app/i18n/messages.ts';

const webDir = fileURLToPath(new URL('..', import.meta.url));
const serverBuild = join(webDir, 'build/server/index.js');

let api: TestApp | undefined;
let web: ChildProcess | undefined;
let browser: Browser | undefined;
let baseUrl = '';
const webOutput: string[] = [];

beforeAll(async () => {
  if (!existsSync(serverBuild)) {
    throw new Error(`${serverBuild} is missing: build the web app first (pnpm --filter @bazaarche/web build; pnpm test does it for you).`);
  }
  api = await createTestApp();
  await api.app.listen({ port: 0, host: '127.0.0.1' });
  const apiPort = (api.app.server.address() as AddressInfo).port;
  const webPort = await freePort();
  baseUrl = `http://127.0.0.1:${webPort}`;
  web = spawn(process.execPath, [join(webDir, 'server.mjs')], {
    env: {
      ...process.env,
      NODE_ENV: 'test',
      HOST: '127.0.0.1',
      WEB_PORT: String(webPort),
      PUBLIC_URL: baseUrl,
      API_URL: `http://127.0.0.1:${apiPort}`,
      DATA_DIR: mkdtempSync(join(tmpdir(), 'bz-web-')),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  web.stdout?.on('data', (chunk: Buffer) => webOutput.push(chunk.toString()));
  web.stderr?.on('data', (chunk: Buffer) => webOutput.push(chunk.toString()));
  await waitUntilAnswering(`${baseUrl}/favicon.svg`, web);
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
});

afterAll(async () => {
  await browser?.close();
  if (web && web.exitCode === null) {
    const exited = new Promise((resolve) => web?.once('exit', resolve));
    web.kill('SIGTERM');
    await exited;
  }
  await api?.close();
});

let context: BrowserContext;
let page: Page;
let pageErrors: string[];

beforeEach(async () => {
  // A visitor whose browser asks for Persian, as most of Bazaarche's do.
  context = await browser!.newContext({ locale: 'fa-IR' });
  page = await context.newPage();
  pageErrors = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('console', (message) => {
    // A 4xx answer to a form is the app working; the browser still logs it as a failed load.
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) pageErrors.push(message.text());
  });
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

    await page.getByRole('button', { name: messages['account.logout'].en }).click();
    await page.getByRole('link', { name: messages['account.login'].en, exact: true }).waitFor();
    await page.reload();
    expect(await page.getByRole('navigation', { name: messages['account.label'].en }).textContent()).not.toContain('سارا محمدی');
  });

  it('tells a person their password is wrong', async () => {
    const { user } = await registerUser(api!.app);
    await page.goto(`${baseUrl}/login`);
    await page.getByLabel(messages['field.email'].fa).fill(user.email);
    await page.getByLabel(messages['field.password'].fa).fill('not the password at all');
    await page.getByRole('button', { name: messages['login.submit'].fa }).click();
    await expect.poll(() => page.getByRole('alert').first().textContent()).toBe(messages['error.invalidCredentials'].fa);
    expect(new URL(page.url()).pathname).toBe('/login');
  });
});

async function htmlAttributes(target: Page) {
  return target.evaluate(() => ({ lang: document.documentElement.lang, dir: document.documentElement.dir }));
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

async function waitUntilAnswering(url: string, server: ChildProcess): Promise<void> {
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`the web server exited with ${server.exitCode}:\n${webOutput.join('')}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`the web server did not answer within 15 s:\n${webOutput.join('')}`);
}
