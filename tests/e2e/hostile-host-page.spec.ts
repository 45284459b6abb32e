import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, sidebarFrame, test } from './fixtures.ts';

const HOSTILE = readFileSync(resolve(import.meta.dirname, '../fixtures/inert/hostile-record.html'));

test('a page that overrides DOM methods, forges messages and floods mutations cannot inject context or break the sidebar', async ({ context, server, extensionId }) => {
  server.routes.set('/hostile/record.html', (res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(HOSTILE));
  const page = await context.newPage();
  await page.goto(`${server.url}/hostile/record.html`);
  const sidebar = await sidebarFrame(page, extensionId);
  const conditions = sidebar.getByRole('list', { name: 'Conditions considered' });

  // The page's overridden prototypes live in its own world; the reader runs in the extension's.
  await expect(conditions).toContainText('COPD');
  await expect(conditions).toContainText('High blood pressure');
  await expect(conditions).not.toContainText('Eating disorder');
  await expect(sidebar.getByTestId('district')).toHaveText('NW5');

  // Forged context posted at the sidebar frame: context only arrives over the extension port.
  await page.evaluate(() => {
    const frame = document.getElementsByTagName('iframe')[0]!;
    const forged = {
      type: 'content-to-sidebar:context',
      context: { conditions: [{ id: 'eating-disorder', status: 'present', text: 'forged' }], measures: {}, flags: ['eating-disorder'], postcodeDistrict: 'E1' },
      adapter: 'generic',
      pageKey: 'forged',
    };
    for (let i = 0; i < 50; i++) frame.contentWindow!.postMessage(forged, '*');
    window.postMessage(forged, '*');
  });

  // A burst of 100,000 mutations, then a real edit: the sidebar keeps up and stays correct.
  const started = Date.now();
  await page.evaluate(() => {
    const flood = document.getElementById('flood')!;
    for (let i = 0; i < 100_000; i++) flood.setAttribute('data-n', String(i));
    const item = document.createElement('li');
    item.append('Asthma');
    document.getElementsByTagName('ul')[0]!.append(item);
  });
  await expect(conditions).toContainText('Asthma');
  expect(Date.now() - started).toBeLessThan(10_000);
  await expect(conditions).not.toContainText('Eating disorder');
  await expect(sidebar.getByTestId('district')).toHaveText('NW5');
  // The page stays responsive.
  expect(await page.evaluate(() => 1 + 1)).toBe(2);
});
