// `pnpm bench api` (and plain `pnpm bench`): load the API over real HTTP with autocannon and print a table for BENCHMARKS.md.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import autocannon from 'autocannon';

const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const server = spawn(process.execPath, ['--import', 'tsx', new URL('./serve-api.ts', import.meta.url).pathname], {
  stdio: ['ignore', 'pipe', 'inherit'],
});
const [line] = (await once(createInterface({ input: server.stdout! }), 'line')) as [string];
const { port, accessToken } = JSON.parse(line) as { port: number; accessToken: string };
const url = `http://127.0.0.1:${port}`;

const scenarios = [
  { name: 'GET /v1/categories (anonymous, tree of 30 trades)', connections: 16, requests: [{ method: 'GET', path: '/v1/categories' }] },
  {
    name: 'GET /v1/me (JWT + live-session check + profile)',
    connections: 16,
    requests: [{ method: 'GET', path: '/v1/me', headers: { authorization: `Bearer ${accessToken}` } }],
  },
  {
    name: 'POST /v1/auth/login (argon2id verify + new session)',
    connections: 4,
    requests: [
      {
        method: 'POST',
        path: '/v1/auth/login',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'bench@example.com', password: 'bench password 1' }),
      },
    ],
  },
] as const;

const rows: string[] = [];
for (const scenario of scenarios) {
  const result = await autocannon({ url, duration: seconds, connections: scenario.connections, requests: [...scenario.requests] as autocannon.Request[] });
  const ok = result['2xx'];
  rows.push(
    `| ${scenario.name} | ${scenario.connections} | ${Math.round(ok / seconds)} | ${result.latency.p50} | ${result.latency.p99} | ${result.non2xx + result.errors} |`,
  );
}
server.kill('SIGTERM');

console.log(`\nAPI over HTTP on 127.0.0.1, ${seconds} s per row, database: ${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite (in memory)'}\n`);
console.log('| request | connections | 2xx per second | p50 ms | p99 ms | errors |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
for (const row of rows) console.log(row);
