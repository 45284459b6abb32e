import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from './fixtures.ts';

const PACK = resolve(import.meta.dirname, '../fixtures/inert/hostile-pack.json');
type Probe = { __pwned?: number };

test('directory text holding HTML, scripts and unsafe links renders as inert text everywhere', async ({ context, extensionId, openRecord }) => {
  const options = await context.newPage();
  const dialogs: string[] = [];
  options.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.getByLabel('Choose a file').setInputFiles(PACK);
  const review = options.getByTestId('import-review');
  await expect(review).toBeVisible();
  await review.getByRole('button', { name: /^Publish/ }).click();
  await expect(options.getByTestId('import-done')).toBeVisible();

  const { page, sidebar } = await openRecord('aisha-rahman');
  await sidebar.getByRole('radio', { name: 'Any distance' }).check();
  const list = sidebar.getByRole('list', { name: 'Local options' });
  await sidebar.getByRole('searchbox').fill('walking');
  // The markup arrives as visible text, not as elements.
  await expect(list).toContainText('<img src=x onerror=');
  const frameState = await sidebar.evaluate(() => ({
    pwned: (window as unknown as Probe).__pwned,
    title: document.title,
    injected: document.querySelectorAll('.pa-result img, .pa-result script, .pa-result svg, .pa-result iframe, .pa-result b').length,
    unsafeLinks: [...document.querySelectorAll('a')].map((a) => a.getAttribute('href') ?? '').filter((h) => !/^(https?:|tel:|mailto:)/i.test(h)),
  }));
  expect(frameState).toEqual({ pwned: undefined, title: 'PA Signpost sidebar', injected: 0, unsafeLinks: [] });

  // Add one to the handout and print it: the handout is inert too.
  await sidebar.evaluate(() => void (window.print = () => undefined));
  await list.getByRole('button', { name: 'Add to handout' }).first().click();
  await sidebar.getByRole('button', { name: 'Print handout' }).click();
  const handout = sidebar.getByTestId('handout');
  await expect(handout).toBeVisible();
  expect(await handout.evaluate((el) => el.querySelectorAll('script, iframe, svg, b, img:not([alt^="QR code"])').length)).toBe(0);
  expect(await handout.evaluate((el) => [...el.querySelectorAll('a')].map((a) => a.href).filter((h) => !/^(https?:|tel:|mailto:)/.test(h)))).toEqual([]);

  // Nothing ran in the host page or the options page either.
  expect(await page.evaluate(() => (window as unknown as Probe).__pwned)).toBeUndefined();
  expect(await options.evaluate(() => (window as unknown as Probe).__pwned)).toBeUndefined();
  expect(dialogs).toEqual([]);
});

test('the manifest allows no inline or remote script', async () => {
  const manifest = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../.output/chrome-mv3/manifest.json'), 'utf8')) as { content_security_policy: { extension_pages: string } };
  const csp = manifest.content_security_policy.extension_pages;
  const scriptSrc = /script-src ([^;]*)/.exec(csp)?.[1]?.trim().split(/\s+/) ?? [];
  expect(scriptSrc).toEqual(["'self'"]);
  expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|https?:/);
});

test('content-pack text holding markup renders as inert text in the options page and the sidebar', async ({ context, extensionId, openRecord }) => {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.getByLabel('Load a content pack').setInputFiles(resolve(import.meta.dirname, '../fixtures/inert/hostile-content-pack.json'));
  await expect(options.getByTestId('content-pack-current')).toContainText('<img src=x onerror=');
  const { page, sidebar } = await openRecord('aisha-rahman');
  await sidebar.getByRole('radio', { name: /30 seconds/ }).check();
  const advice = sidebar.locator('.pa-advice');
  await expect(advice).toContainText('<img src=x onerror=');
  expect(await advice.evaluate((el) => el.querySelectorAll('img, script, a[href^="javascript"]').length)).toBe(0);
  expect(await sidebar.evaluate(() => (window as unknown as Probe).__pwned)).toBeUndefined();
  expect(await options.evaluate(() => (window as unknown as Probe).__pwned)).toBeUndefined();
  expect(await page.evaluate(() => (window as unknown as Probe).__pwned)).toBeUndefined();
});
