import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { createTestApp, type TestApp } from './api.ts';
import { messages } from './messages.ts';

const webDir = fileURLToPath(new URL('../..', import.meta.url));
const serverBuild = join(webDir, 'build/server/index.js');

/** The API in-process on a fresh database, the built web server in front of it, and a headless Chromium. */
export interface BrowserStack {
  api: TestApp;
  baseUrl: string;
  browser: Browser;
  close(): Promise<void>;
}

/** `apiEnv`: configuration for the API beyond the test defaults (e.g. a payee card number). */
export async function startBrowserStack(options: { apiEnv?: Record<string, string> } = {}): Promise<BrowserStack> {
  if (!existsSync(serverBuild)) {
    throw new Error(`${serverBuild} is missing: build the web app first (pnpm --filter @bazaarche/web build; pnpm test does it for you).`);
  }
  const webPort = await freePort();
  const baseUrl = `http://127.0.0.1:${webPort}`;
  // The API names photos under the storefront's address, which proxies /media to it.
  const api = await createTestApp({ ...options.apiEnv, PUBLIC_URL: baseUrl });
  await api.app.listen({ port: 0, host: '127.0.0.1' });
  const apiPort = (api.app.server.address() as AddressInfo).port;
  const webOutput: string[] = [];
  const web = spawn(process.execPath, [join(webDir, 'server.mjs')], {
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
  let browser: Browser | undefined;
  const close = async () => {
    await browser?.close();
    if (web.exitCode === null) {
      const exited = new Promise((resolve) => web.once('exit', resolve));
      web.kill('SIGTERM');
      await exited;
    }
    await api.close();
  };
  try {
    await waitUntilAnswering(`${baseUrl}/favicon.svg`, web, webOutput);
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
  } catch (error) {
    await close();
    throw error;
  }
  return { api, baseUrl, browser, close };
}

/** A browser context whose page collects errors the app should never cause. */
export async function openVisitor(browser: Browser, locale = 'fa-IR'): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await browser.newContext({ locale });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    // A 4xx answer to a form (or a 404 page) is the app working; the browser still logs it as a failed load.
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) errors.push(message.text());
  });
  return { context, page, errors };
}

export async function htmlAttributes(target: Page) {
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

async function waitUntilAnswering(url: string, server: ChildProcess, output: string[]): Promise<void> {
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`the web server exited with ${server.exitCode}:\n${output.join('')}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`the web server did not answer within 15 s:\n${output.join('')}`);
}

/** Opens `path` on the stack, signs in on the login page it is sent to (in Persian), and waits to be back at `path`. */
export async function logIn(page: Page, baseUrl: string, path: string, who: { user: { email: string }; password: string }) {
  await page.goto(`${baseUrl}${path}`);
  await page.waitForURL((address) => address.pathname === '/login');
  await page.getByLabel(messages['field.email'].fa).fill(who.user.email);
  await page.getByLabel(messages['field.password'].fa).fill(who.password);
  await page.getByRole('button', { name: messages['login.submit'].fa }).click();
  await page.waitForURL(`${baseUrl}${path}`);
}
