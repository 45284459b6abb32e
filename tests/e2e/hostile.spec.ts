import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, sidebarFrame, test } from './fixtures.ts';

// Complements hostile-host-page.spec.ts: a forged context is checked while nothing else could
// replace it, and the page floods the DOM for seconds rather than in one burst.
const RECORD = readFileSync(resolve(import.meta.dirname, '../fixtures/hostile/hostile-record.html'));
const FORGED = {
  type: 'content-to-sidebar:context',
  context: { conditions: [{ id: 'eating-disorder', status: 'present', text: 'forged' }], measures: {}, flags: [], postcodeDistrict: 'E1' },
  adapter: 'generic',
  pageKey: 'forged',
};

test('forged context posted at the sidebar is ignored, and a page that floods the DOM for seconds stays responsive', async ({ context, server, extensionId }) => {
  server.routes.set('/hostile/flood-record.html', (res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(RECORD));
  const page = await context.newPage();
  await page.goto(`${server.url}/hostile/flood-record.html`);
  const sidebar = await sidebarFrame(page, extensionId);
  const conditions = sidebar.getByRole('list', { name: 'Conditions considered' });
  await expect(conditions).toContainText('COPD');
  await expect(sidebar.getByTestId('district')).toHaveText('NW5');

  // Forged context, with the page's own postMessage replaced and the real one kept aside, and
  // then posted from inside the sidebar frame's own window too: the context only comes over the
  // extension port, so none of it shows. Checked after a wait with no real edit in between,
  // so a later genuine read cannot hide an accepted forgery.
  await page.evaluate((forged) => {
    const frame = document.getElementsByTagName('iframe')[0]!;
    for (let i = 0; i < 20; i++) frame.contentWindow!.postMessage(forged, '*');
    (window as unknown as { __realPostMessage(m: unknown, o: string): void }).__realPostMessage(forged, '*');
  }, FORGED);
  await sidebar.evaluate((forged) => window.postMessage(forged, '*'), FORGED);
  await page.waitForTimeout(1500);
  expect(await conditions.textContent()).not.toMatch(/eating disorder/i);
  expect(await sidebar.getByTestId('district').textContent()).toBe('NW5');

  // A timer adding a node every millisecond for three seconds, then a real edit.
  const started = Date.now();
  const lag = await page.evaluate(async () => {
    const flood = document.getElementById('flood')!;
    let worst = 0;
    let last = performance.now();
    const timer = setInterval(() => {
      const now = performance.now();
      worst = Math.max(worst, now - last);
      last = now;
      const span = document.createElement('span');
      span.append(`tick ${now}`);
      flood.append(span);
    }, 1);
    await new Promise((done) => setTimeout(done, 3000));
    clearInterval(timer);
    const item = document.createElement('li');
    item.append('Asthma');
    document.getElementById('problems')!.append(item);
    return worst;
  });
  await expect(conditions).toContainText('Asthma');
  expect(Date.now() - started).toBeLessThan(20_000);
  // Hang guard, not a performance figure: the page's own timer never stalls for seconds.
  expect(lag).toBeLessThan(2000);
  expect(await conditions.textContent()).not.toMatch(/eating disorder/i);
});
