import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import puppeteer, { type Frame, type Page } from 'puppeteer-core';
import { addCollapsedPanel, setCollapsed } from './collapsed-panel.ts';
import { addSessionForm } from './session-form.ts';
import { serveStatic } from './serve-static.ts';

// The Firefox build, checked in Firefox itself (Playwright cannot drive a stock Firefox; puppeteer
// can, over WebDriver BiDi). Installs .output/firefox-mv2 as a temporary add-on, then checks the
// sidebar on a demo record, single-page navigation and style-sheet visibility (the options page is checked by hand:
// the driver cannot open an extension page as a tab in Firefox). Writes a summary for
// `npm test`; where no Firefox is installed the checks are reported as skipped.
const root = resolve(import.meta.dirname, '../..');
const extension = resolve(root, '.output/firefox-mv2');
const out = resolve(root, 'tests/.results/firefox.json');
const firefox = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'].find((p): p is string => Boolean(p && existsSync(p)));

type Check = { name: string; run(page: Page): Promise<void> };
const results: { name: string; ok: boolean; error?: string }[] = [];

async function until(what: string, test: () => Promise<boolean>, ms = 20_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await test().catch(() => false))) {
    if (Date.now() > deadline) throw new Error(`expected ${what}, found it still missing after ${ms / 1000} s`);
    await new Promise((done) => setTimeout(done, 200));
  }
}

function sidebarOf(page: Page): Frame | undefined {
  return page.frames().find((f) => f !== page.mainFrame());
}

async function sidebarText(page: Page): Promise<string> {
  return (await sidebarOf(page)?.evaluate(() => document.body.innerText)) ?? '';
}

async function conditionsText(page: Page): Promise<string> {
  return (await sidebarOf(page)?.evaluate(() => (document.querySelector('[aria-label="Conditions considered"]') as HTMLElement | null)?.innerText ?? '')) ?? '';
}

async function main(): Promise<void> {
  mkdirSync(resolve(root, 'tests/.results'), { recursive: true });
  const checks: Check[] = [];
  const server = await serveStatic(resolve(root, 'public'));
  const browser = await puppeteer.launch({ browser: 'firefox', executablePath: firefox!, headless: true, extraPrefsFirefox: { 'xpinstall.signatures.required': false } });
  checks.push({
    name: 'Firefox: the sidebar reads a demo record',
    async run(page) {
      await page.goto(`${server.url}/demo/aisha-rahman.html`);
      await until('the sidebar to show the record', async () => /Type 2 diabetes/.test(await sidebarText(page)) && /16 \(moderately severe\)/.test(await sidebarText(page)));
      const text = await sidebarText(page);
      for (const expected of ['Depression', 'Osteoarthritis', 'N7', 'Risk of hypos']) if (!text.includes(expected)) throw new Error(`expected "${expected}" in the sidebar, found: ${text.slice(0, 300)}`);
    },
  });
  checks.push({
    name: 'Firefox: the sidebar follows single-page navigation',
    async run(page) {
      await page.locator('a[href="tom-gallagher.html"]').click();
      await until('the sidebar to show the next record', async () => /COPD/.test(await sidebarText(page)) && /NW5/.test(await sidebarText(page)));
    },
  });
  checks.push({
    name: 'Firefox: what the page\'s style sheet hides is not read, until it is shown',
    async run(page) {
      await page.evaluate(addCollapsedPanel, 'Diagnosed with osteoporosis in 2024.');
      await until('the sidebar to read the marker', async () => /Osteoporosis/i.test(await conditionsText(page)));
      if (/Asthma/i.test(await conditionsText(page))) throw new Error(`expected no asthma while its panel is hidden, found: ${await conditionsText(page)}`);
      await page.evaluate(setCollapsed, false);
      await until('the sidebar to read the panel once shown', async () => /Asthma/i.test(await conditionsText(page)));
    },
  });
  checks.push({
    name: 'Firefox: a score typed and a box ticked in the record\'s form are read',
    async run(page) {
      await page.evaluate(addSessionForm);
      await page.type('#phq-today', '21');
      await until('the sidebar to read the typed score', async () => /21 \(severe\)/.test(await sidebarText(page)));
      if (/Seek medical review before increasing activity/.test(await sidebarText(page))) throw new Error('expected no cardiac card before the box is ticked, found one');
      await page.click('#cp');
      await until('the sidebar to raise the cardiac card', async () => /Seek medical review before increasing activity/.test(await sidebarText(page)));
    },
  });
  try {
    await browser.installExtension(extension);
    const page = await browser.newPage();
    for (const check of checks) {
      try {
        await check.run(page);
        results.push({ name: check.name, ok: true });
        process.stdout.write(`  ✓ ${check.name}\n`);
      } catch (error) {
        results.push({ name: check.name, ok: false, error: error instanceof Error ? error.message : String(error) });
        process.stdout.write(`  ✘ ${check.name}: ${results.at(-1)!.error}\n`);
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

if (!firefox || !existsSync(resolve(extension, 'manifest.json'))) {
  process.stdout.write(`Firefox checks skipped: ${firefox ? 'no Firefox build (run npm run build:firefox)' : 'no Firefox found (set FIREFOX_PATH)'}\n`);
  writeFileSync(out, JSON.stringify({ passed: 0, failed: 0, skipped: 4 }));
} else {
  await main();
  const passed = results.filter((r) => r.ok).length;
  writeFileSync(out, JSON.stringify({ passed, failed: results.length - passed, skipped: 0 }));
  process.exitCode = passed === results.length ? 0 : 1;
}
