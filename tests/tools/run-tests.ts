import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { ensureChromium } from './ensure-chromium.ts';

// `npm test`: unit tests (vitest), a fresh build, then e2e tests (Playwright + Chromium with the
// extension loaded). Ends with one line totalling every suite: "N passed, N failed".
const root = resolve(import.meta.dirname, '../..');
const results = resolve(root, 'tests/.results');
rmSync(results, { recursive: true, force: true });
mkdirSync(results, { recursive: true });

const run = (command: string, args: string[]) => spawnSync(command, args, { cwd: root, stdio: 'inherit', env: process.env }).status ?? 1;
const totals = { passed: 0, failed: 0, skipped: 0 };

const unitJson = resolve(results, 'unit.json');
run('npx', ['vitest', 'run', '--config', 'tests/vitest.config.ts', '--reporter=default', '--reporter=json', `--outputFile.json=${unitJson}`]);
if (existsSync(unitJson)) {
  const unit = JSON.parse(readFileSync(unitJson, 'utf8')) as { numPassedTests: number; numFailedTests: number; numPendingTests: number; numTodoTests: number; numTotalTestSuites: number; testResults: { status: string }[] };
  totals.passed += unit.numPassedTests;
  totals.failed += unit.numFailedTests;
  totals.skipped += unit.numPendingTests + unit.numTodoTests;
  // A test file that fails to load has no tests to count: count it as a failure.
  const brokenFiles = unit.testResults.filter((file) => file.status === 'failed').length;
  if (brokenFiles > 0 && unit.numFailedTests === 0) totals.failed += brokenFiles;
} else totals.failed += 1;

if (!process.argv.includes('--unit-only')) {
  let ready = true;
  try {
    ensureChromium();
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    ready = false;
  }
  if (ready && run('npm', ['run', 'build']) !== 0) ready = false;
  const e2eJson = resolve(results, 'e2e.json');
  if (ready) run('npx', ['playwright', 'test', '--config', 'tests/playwright.config.ts']);
  if (ready && existsSync(e2eJson)) {
    const e2e = JSON.parse(readFileSync(e2eJson, 'utf8')) as { stats: { expected: number; unexpected: number; flaky: number; skipped: number }; errors?: unknown[] };
    totals.passed += e2e.stats.expected + e2e.stats.flaky;
    totals.failed += e2e.stats.unexpected + (e2e.errors?.length ?? 0);
    totals.skipped += e2e.stats.skipped;
  } else totals.failed += 1;
}

// The Firefox build in Firefox itself, where one is installed (CI installs it).
if (!process.argv.includes('--unit-only')) {
  run('npx', ['wxt', 'build', '-b', 'firefox']);
  run('npx', ['tsx', 'tests/tools/check-firefox.ts']);
  const firefoxJson = resolve(results, 'firefox.json');
  if (existsSync(firefoxJson)) {
    const firefox = JSON.parse(readFileSync(firefoxJson, 'utf8')) as { passed: number; failed: number; skipped: number };
    totals.passed += firefox.passed;
    totals.failed += firefox.failed;
    totals.skipped += firefox.skipped;
  } else totals.failed += 1;
}

process.stdout.write(`\n${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}\n`);
process.exitCode = totals.failed > 0 ? 1 : 0;
