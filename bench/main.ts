// `pnpm bench [api] [photos] [search] [checkout] [split]`: the named benchmarks in turn, or api and photos
// when none is named (search and checkout need DATABASE_URL; search takes minutes). Each runs in its own process.
import { spawnSync } from 'node:child_process';

const suites: Record<string, string> = { api: 'run.ts', photos: 'photo-pipeline.ts', search: 'search.ts', checkout: 'checkout.ts', split: 'split.ts' };
const names = process.argv.slice(2);
for (const name of names) {
  if (!(name in suites)) {
    console.error(`Unknown benchmark "${name}"; choose from ${Object.keys(suites).join(', ')}.`);
    process.exit(2);
  }
}
for (const name of names.length ? names : ['api', 'photos']) {
  const { status } = spawnSync(process.execPath, ['--import', 'tsx', new URL(`./${suites[name]}`, import.meta.url).pathname], { stdio: 'inherit' });
  if (status !== 0) process.exit(status ?? 1);
}
