// Adds up vitest's JSON reports into the one line CI reads: `N passed, N failed, N skipped`.
// Each argument is `step=exitCode`, or `report.json=exitCode` for a vitest run. A step that failed
// without a failing test, a missing report, or a run with no tests counts as one failure, so a
// broken or empty run cannot pass unseen.
import { existsSync, readFileSync } from 'node:fs';

let passed = 0;
let failed = 0;
let skipped = 0;
for (const argument of process.argv.slice(2)) {
  const separator = argument.lastIndexOf('=');
  const file = argument.slice(0, separator);
  const exitCode = Number(argument.slice(separator + 1));
  if (!file.endsWith('.json')) {
    console.log(`${file}: ${exitCode === 0 ? 'ok' : `failed (exit ${exitCode})`}`);
    if (exitCode !== 0) failed += 1;
    continue;
  }
  if (!existsSync(file)) {
    console.log(`${file}: no report written (exit ${exitCode})`);
    failed += 1;
    continue;
  }
  const report = JSON.parse(readFileSync(file, 'utf8'));
  const runSkipped = report.numPendingTests + report.numTodoTests;
  console.log(`${file}: ${report.numPassedTests} passed, ${report.numFailedTests} failed, ${runSkipped} skipped (exit ${exitCode})`);
  passed += report.numPassedTests;
  skipped += runSkipped;
  failed += report.numFailedTests;
  if (report.numTotalTests === 0 || (exitCode !== 0 && report.numFailedTests === 0)) failed += 1;
}
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 ? 1 : 0);
