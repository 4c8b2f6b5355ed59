// `pnpm start`: build the web app, start the API (which migrates and seeds an empty database) and
// the web server, and say where they are. Plain Node, so it runs before anything is compiled.
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => join(root, 'node_modules', '.bin', name);
const env = { ...process.env, TURBO_TELEMETRY_DISABLED: '1', DATA_DIR: process.env.DATA_DIR || join(root, '.data') };
const apiPort = env.API_PORT || '3000';
const webPort = env.WEB_PORT || '3001';
const apiUrl = env.API_URL || `http://127.0.0.1:${apiPort}`;

const build = spawnSync(bin('turbo'), ['run', 'build', '--filter=@bazaarche/web', '--output-logs=errors-only'], { cwd: root, env, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const children = [];
let stopping = false;
function start(name, command, args) {
  const child = spawn(command, args, { cwd: root, env, stdio: 'inherit' });
  child.on('exit', (code, signal) => {
    if (stopping) return;
    console.error(`${name} stopped (${signal ?? `exit ${code}`}); stopping the rest.`);
    stop(code || 1);
  });
  children.push(child);
  return child;
}
function stop(code) {
  stopping = true;
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  setTimeout(() => process.exit(code), 200).unref();
  Promise.all(children.map((c) => (c.exitCode === null ? new Promise((r) => c.once('exit', r)) : null))).then(() => process.exit(code));
}
process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));

async function waitFor(url, name) {
  for (let i = 0; i < 600 && !stopping; i++) {
    try {
      if ((await fetch(url)).status < 500) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 250));
  }
  if (!stopping) {
    console.error(`${name} did not answer at ${url}.`);
    stop(1);
  }
}

start('API', bin('tsx'), ['apps/api/src/server.ts', '--seed-if-empty']);
await waitFor(`${apiUrl}/health`, 'The API');
start('Web', process.execPath, ['apps/web/server.mjs']);
await waitFor(`http://127.0.0.1:${webPort}/`, 'The web app');

if (!stopping) {
  const accounts = JSON.parse(readFileSync(join(root, 'apps/api/src/seed/demo-accounts.json'), 'utf8'));
  console.log(`
  بازارچه · Bazaarche is running
    Storefront   http://127.0.0.1:${webPort}
    API          ${apiUrl}   (OpenAPI: ${apiUrl}/docs)
    Database     ${env.DATABASE_URL ? 'PostgreSQL (DATABASE_URL)' : `embedded PGlite in ${env.DATA_DIR}`}

  Demo accounts:
${accounts.map((a) => `    ${a.email.padEnd(28)} ${a.password.padEnd(18)} ${a.admin ? 'admin' : a.finance ? 'finance (confirms bank transfers at /admin/payments)' : a.organization ? `organisation admin (${a.organization.kind}: ${a.organization.name})` : 'buyer'}`).join('\n')}
    fateme.dehghani@demo.bazaarche.test and the 39 other demo shop owners: password bazaarche-demo

  Ctrl+C stops both.
`);
}
