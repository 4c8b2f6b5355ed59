// `pnpm bench split`: splitByCapacity of a 100,000-unit bulk order over 1,000 members with seeded random
// free capacities (target under 5 ms a split), then a re-split after one member declines, and the
// check of a leader's manual split of the same size. Pure functions in-process; prints a table for BENCHMARKS.md.
import { checkManualSplit, resplitDeclined, splitByCapacity, type BulkAllocation, type MemberCapacity } from '@bazaarche/domain';

const QUANTITY = 100_000;
const MEMBERS = 1_000;
const RUNS = Number(process.env.SPLIT_RUNS ?? 1_000);
const WARM_UP = 200;
const SEED = 20_250_301;

/** mulberry32: a small seeded generator, so every run splits the same network. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}
const next = random(SEED);
// 20 to 400 units each by the due date: Σ ≈ 210,000, so the split is proportional rather than everyone-takes-all.
const members: MemberCapacity[] = Array.from({ length: MEMBERS }, (_, i) => ({ producerId: `producer-${String(i).padStart(4, '0')}`, freeCapacity: 20 + Math.floor(next() * 381) }));
const tight = members.map((m) => ({ ...m, freeCapacity: Math.floor(m.freeCapacity / 3) }));

function time(label: string, run: (i: number) => unknown): string {
  for (let i = 0; i < WARM_UP; i++) run(i);
  const ms: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    run(i);
    ms.push(performance.now() - start);
  }
  ms.sort((a, b) => a - b);
  const at = (p: number) => ms[Math.min(ms.length - 1, Math.floor(p * ms.length))]!;
  const f = (n: number) => n.toFixed(3);
  return `| ${label} | ${f(ms[0]!)} | ${f(at(0.5))} | ${f(at(0.95))} | ${f(ms[ms.length - 1]!)} |`;
}

const split = splitByCapacity(QUANTITY, members);
const placed = split.allocations.reduce((s, a) => s + a.quantity, 0);
if (placed + split.unplaced !== QUANTITY || split.unplaced !== 0) throw new Error('the split does not add up');
const offered: BulkAllocation[] = split.allocations.map((a) => ({ ...a, status: 'offered' }));
const requested = split.allocations.map((a) => ({ producerId: a.producerId, quantity: a.quantity }));
if (!checkManualSplit(QUANTITY, requested, members).ok) throw new Error('the split fails its own check');

const rows = [
  time('splitByCapacity (Σ free ≈ 2.1 × quantity)', () => splitByCapacity(QUANTITY, members)),
  time('splitByCapacity, members in reverse order', () => splitByCapacity(QUANTITY, [...members].reverse())),
  time('splitByCapacity (Σ free ≈ 0.7 × quantity, some unplaced)', () => splitByCapacity(QUANTITY, tight)),
  time('resplitDeclined (one member declines, 999 others)', (i) => resplitDeclined(offered, offered[i % offered.length]!.producerId, members)),
  time('checkManualSplit (1,000 lines)', () => checkManualSplit(QUANTITY, requested, members)),
];

console.log(`\nBulk-order split: ${QUANTITY.toLocaleString('en')} units over ${MEMBERS.toLocaleString('en')} members (seed ${SEED}), ${RUNS} timed runs after ${WARM_UP} warm-up, Node ${process.version}.\n`);
console.log('| operation | min ms | median ms | p95 ms | max ms |');
console.log('| --- | ---: | ---: | ---: | ---: |');
for (const row of rows) console.log(row);
console.log(`\nTarget: under 5 ms a split. Command: pnpm bench split  (SPLIT_RUNS=${RUNS})`);
