// `pnpm lint:openapi`: the API's OpenAPI document, as `GET /docs/json` serves it, checked by Redocly's
// `recommended` rules (.redocly.yaml) and by Spectral with spectral:oas and the OWASP API rules
// (.spectral.yaml). Prints every error and a count per rule; exits 1 when either linter finds an error.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exportOpenApi } from '../apps/api/src/export-openapi.ts';

interface Problem {
  rule: string;
  severity: 'error' | 'warning';
  where: string;
  message: string;
}

const root = new URL('..', import.meta.url).pathname;
const bin = (name: string) => join(root, 'node_modules', '.bin', name);
const dir = mkdtempSync(join(tmpdir(), 'bz-openapi-'));
const document = join(dir, 'openapi.json');

try {
  writeFileSync(document, await exportOpenApi());
  const results = [
    report('Redocly (recommended)', redocly()),
    report('Spectral (spectral:oas + OWASP)', spectral()),
  ];
  process.exit(results.every((errors) => errors === 0) ? 0 : 1);
} finally {
  rmSync(dir, { recursive: true, force: true });
}

function redocly(): Problem[] {
  const run = spawnSync(bin('redocly'), ['lint', document, '--config', join(root, '.redocly.yaml'), '--format', 'json', '--max-problems', '100000'], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
  });
  const output = parse<{ problems: Array<{ ruleId: string; severity: string; message: string; location: Array<{ pointer?: string }> }> }>(run, run.stdout);
  return output.problems.map((p) => ({
    rule: p.ruleId,
    severity: p.severity === 'error' ? 'error' : 'warning',
    where: p.location[0]?.pointer ?? '',
    message: p.message,
  }));
}

function spectral(): Problem[] {
  const out = join(dir, 'spectral.json');
  const run = spawnSync(bin('spectral'), ['lint', document, '--ruleset', join(root, '.spectral.yaml'), '--format', 'json', '--output', out, '--quiet', '--fail-severity', 'error'], {
    encoding: 'utf8',
  });
  const output = parse<Array<{ code: string; severity: number; message: string; path: Array<string | number> }>>(run, readIfThere(out));
  return output.map((p) => ({
    rule: p.code,
    severity: p.severity === 0 ? 'error' : 'warning',
    where: `#/${p.path.map((part) => String(part).replaceAll('~', '~0').replaceAll('/', '~1')).join('/')}`,
    message: p.message,
  }));
}

/** Prints one linter's errors, one a line, then its count per rule; returns how many errors it found. */
function report(title: string, problems: Problem[]): number {
  const errors = problems.filter((p) => p.severity === 'error');
  console.log(`\n=== ${title}`);
  for (const p of errors) console.log(`error  ${p.rule}  ${p.where}  ${p.message}`);
  const counts = new Map<string, number>();
  for (const p of problems) counts.set(`${p.severity.padEnd(7)} ${p.rule}`, (counts.get(`${p.severity.padEnd(7)} ${p.rule}`) ?? 0) + 1);
  for (const [rule, n] of [...counts].sort((a, b) => b[1] - a[1])) console.log(`${String(n).padStart(6)}  ${rule}`);
  console.log(`${title}: ${errors.length} errors, ${problems.length - errors.length} warnings`);
  return errors.length;
}

function parse<T>(run: ReturnType<typeof spawnSync>, text: string): T {
  try {
    return JSON.parse(text) as T;
  } catch {
    // No report means the linter itself failed: show why rather than count nothing.
    throw new Error(`the linter wrote no report (exit ${run.status}): ${String(run.stderr).trim().slice(0, 2000)}`);
  }
}

function readIfThere(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}
