import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

// `npm run bench` runs every tests/bench/*.bench.ts. Each exports `run()` returning flat figures
// keyed like "reader.1mb.ms"; printed as a table, or with --json as one flat JSON object.
// Figures only: nothing here asserts a time.
type Figures = Record<string, number | string>;
type BenchModule = { title: string; run(): Promise<Figures> };

const json = process.argv.includes('--json');
const only = process.argv.find((arg) => arg.startsWith('--only='))?.slice('--only='.length);
const dir = fileURLToPath(new URL('.', import.meta.url));
const files = readdirSync(dir).filter((f) => f.endsWith('.bench.ts') && (!only || f.startsWith(only))).sort();

const all: Figures = {};
for (const file of files) {
  const mod = (await import(new URL(file, import.meta.url).href)) as BenchModule;
  if (!json) process.stderr.write(`running ${mod.title}...\n`);
  const figures = await mod.run();
  Object.assign(all, figures);
  if (!json) {
    process.stdout.write(`\n${mod.title}\n`);
    for (const [key, value] of Object.entries(figures)) {
      process.stdout.write(`  ${key.padEnd(44)} ${typeof value === 'number' ? round(value) : value}\n`);
    }
  }
}
if (json) process.stdout.write(`${JSON.stringify(all)}\n`);

function round(value: number): string {
  return Math.abs(value) >= 100 ? value.toFixed(0) : value.toPrecision(3);
}
