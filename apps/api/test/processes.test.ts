import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = new URL('../../../', import.meta.url).pathname;
const tsx = join(root, 'node_modules/.bin/tsx');
const baseEnv = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', LOG_LEVEL: 'warn' };

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

describe('the API and CLI processes', () => {
  const running: ChildProcess[] = [];
  afterAll(() => running.forEach((child) => child.kill('SIGTERM')));

  it('stop at start with one line naming a bad variable', () => {
    const result = spawnSync(tsx, ['apps/api/src/server.ts'], { cwd: root, env: { ...baseEnv, API_PORT: 'abc' }, encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe('Invalid configuration: API_PORT must be a number (got "abc")');
  });

  it('stop at start with one line when Stripe cannot charge in the marketplace currency', () => {
    const stripe = { STRIPE_SECRET_KEY: 'sk_test_123', STRIPE_WEBHOOK_SECRET: 'whsec_abc' };
    const irr = spawnSync(tsx, ['apps/api/src/server.ts'], { cwd: root, env: { ...baseEnv, ...stripe }, encoding: 'utf8' });
    expect(irr.status).toBe(1);
    expect(irr.stderr.trim()).toMatch(
      /^Invalid configuration: Stripe does not support the Iranian rial \(IRR\): charge in one of USD, EUR, .* or leave STRIPE_SECRET_KEY unset to take manual bank transfers$/,
    );
    const xyz = spawnSync(tsx, ['apps/api/src/server.ts'], { cwd: root, env: { ...baseEnv, ...stripe, CURRENCY: 'XYZ' }, encoding: 'utf8' });
    expect(xyz.status).toBe(1);
    expect(xyz.stderr.trim()).toMatch(/^Invalid configuration: Stripe payments are not set up for "XYZ"/);
  });

  it('refuse to open an embedded database that a running API holds, then serve it after', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'bz-proc-'));
    const port = await freePort();
    const env = { ...baseEnv, DATA_DIR: dataDir, API_PORT: String(port) };
    const api = spawn(tsx, ['apps/api/src/server.ts'], { cwd: root, env, stdio: 'ignore' });
    running.push(api);
    let health: Response | undefined;
    for (let i = 0; i < 120 && !health; i++) {
      health = await fetch(`http://127.0.0.1:${port}/health`).catch(() => undefined);
      if (!health) await new Promise((r) => setTimeout(r, 250));
    }
    expect(await health?.json()).toMatchObject({ ok: true, db: { adapter: 'pglite', state: 'up' } });
    const register = await fetch(`http://127.0.0.1:${port}/v1/auth/register`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'first@example.com', password: 'first user pass', name: 'First' }),
    });
    expect(register.status).toBe(201);

    const cli = spawnSync(tsx, ['apps/api/src/cli.ts', 'migrate'], { cwd: root, env, encoding: 'utf8' });
    expect(cli.status).toBe(1);
    expect(cli.stderr).toMatch(/already open in another Bazaarche process/);

    api.kill('SIGTERM');
    await new Promise((resolve) => api.once('exit', resolve));
    const after = spawnSync(tsx, ['apps/api/src/cli.ts', 'user:create', '--email', 'op@example.com', '--password', 'operator pass', '--admin'], {
      cwd: root,
      env,
      encoding: 'utf8',
    });
    expect(after.stderr).toBe('');
    expect(after.stdout).toMatch(/^Created user op@example.com \(.+\) with admin role\.$/m);
  }, 60_000);
});
