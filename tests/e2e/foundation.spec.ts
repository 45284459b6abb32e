import AxeBuilder from '../tools/axe.ts';
import { addCollapsedPanel, setCollapsed } from '../tools/collapsed-panel.ts';
import { addSessionForm } from '../tools/session-form.ts';
import { addTypedNote } from '../tools/typed-note.ts';
import { expect, sidebarFrame, test } from './fixtures.ts';

test.describe('sidebar on a demo record', () => {
  test('opens by itself and shows what the page says', async ({ openRecord }) => {
    const { sidebar } = await openRecord('aisha-rahman');
    await expect(sidebar.getByRole('list', { name: 'Conditions considered' })).toContainText('Type 2 diabetes');
    await expect(sidebar.getByRole('list', { name: 'Conditions considered' })).toContainText('Depression');
    await expect(sidebar.getByTestId('phq9')).toHaveText('16 (moderately severe), 01/10/2026');
    await expect(sidebar.getByTestId('district')).toHaveText('N7');
    await expect(sidebar.getByTestId('age')).toHaveText('54');
  });

  test('is docked beside the record, not over it, and collapses', async ({ openRecord }) => {
    const { page, sidebar } = await openRecord('aisha-rahman');
    const wrapper = page.locator('[data-pa-signpost-ui]');
    const box = (await wrapper.boundingBox())!;
    expect(box.x + box.width).toBeCloseTo(page.viewportSize()!.width, 0);
    // The record is narrowed, so its own controls stay visible beside the sidebar.
    const add = (await page.getByRole('button', { name: 'Add', exact: true }).boundingBox())!;
    expect(add.x + add.width).toBeLessThanOrEqual(box.x);
    await sidebar.getByRole('button', { name: 'Collapse sidebar' }).click();
    await expect.poll(async () => (await wrapper.boundingBox())!.width).toBe(48);
    await sidebar.getByRole('button', { name: 'PA Signpost' }).click();
    await expect.poll(async () => (await wrapper.boundingBox())!.width).toBe(380);
  });

  test('closes, gives the page back its width, and reopens from the toolbar message with a fresh read', async ({ openRecord, context, extensionId }) => {
    const { page, sidebar } = await openRecord('aisha-rahman');
    await sidebar.getByRole('button', { name: 'Close sidebar' }).click();
    await expect(page.locator('[data-pa-signpost-ui]')).toHaveCount(0);
    expect(await page.evaluate(() => document.documentElement.style.marginRight)).toBe('');
    // While closed, edits are not read; reopening reads the page as it is now.
    await page.getByLabel('Add problem').fill('COPD');
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    const worker = context.serviceWorkers()[0]!;
    await worker.evaluate(async (url) => {
      const api = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id: number; url: string }[]>; sendMessage(id: number, m: object, o: object): Promise<unknown> } } }).chrome;
      const [tab] = (await api.tabs.query({})).filter((t) => t.url === url);
      await api.tabs.sendMessage(tab!.id, { type: 'background-to-content:toggle' }, { frameId: 0 });
    }, page.url());
    const reopened = await sidebarFrame(page, extensionId);
    await expect(reopened.getByRole('list', { name: 'Conditions considered' })).toContainText('COPD');
  });

  test('follows DOM edits and single-page navigation without a reload', async ({ openRecord, extensionId }) => {
    const { page, sidebar } = await openRecord('aisha-rahman');
    await page.getByLabel('Add problem').fill('Asthma');
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    await expect(sidebar.getByRole('list', { name: 'Conditions considered' })).toContainText('Asthma');

    await page.evaluate(() => ((window as unknown as { marker: number }).marker = 1));
    await page.getByRole('link', { name: 'T. Gallagher' }).click();
    const frame = await sidebarFrame(page, extensionId);
    await expect(frame.getByRole('list', { name: 'Conditions considered' })).toContainText('COPD');
    await expect(frame.getByTestId('district')).toHaveText('NW5');
    expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(1);
  });

  test('does not read what the page\'s style sheet hides, and reads it once shown', async ({ openRecord }) => {
    const { page, sidebar } = await openRecord('aisha-rahman');
    const conditions = sidebar.getByRole('list', { name: 'Conditions considered' });
    await expect(conditions).toContainText('Depression');
    await page.evaluate(addCollapsedPanel, 'Diagnosed with COPD in 2024.');
    await expect(conditions).toContainText('COPD');
    await expect(conditions).not.toContainText('Asthma');
    await page.evaluate(setCollapsed, false);
    await expect(conditions).toContainText('Asthma');
    await page.evaluate(setCollapsed, true);
    await expect(conditions).not.toContainText('Asthma');
  });

  test('reads a note shown as typed by its lines: a score table lined up with spaces', async ({ openRecord }) => {
    const { page, sidebar } = await openRecord('aisha-rahman');
    await expect(sidebar.getByTestId('phq9')).toHaveText('16 (moderately severe), 01/10/2026');
    await page.evaluate(addTypedNote, 'Scores since\nDate        PHQ-9  GAD-7\n06/11/2026  DNA    DNA\n20/11/2026  9      7');
    await expect(sidebar.getByTestId('phq9')).toHaveText('9 (mild), 20/11/2026');
  });

  test('follows a score typed and a box ticked in the record\'s own form', async ({ openRecord }) => {
    const { page, sidebar } = await openRecord('aisha-rahman');
    await page.evaluate(addSessionForm);
    const stop = sidebar.getByRole('heading', { name: /Seek medical review before increasing activity/ });
    await expect(sidebar.getByTestId('phq9')).toHaveText('16 (moderately severe), 01/10/2026');
    await expect(stop).toHaveCount(0);
    // Typed and ticked: the page's DOM does not change, only the fields' values.
    await page.getByLabel('PHQ-9 total').pressSequentially('21');
    await expect(sidebar.getByTestId('phq9')).toHaveText('21 (severe), 27/11/2026');
    await page.getByLabel('Chest pain on exertion').check();
    await expect(stop).toBeVisible();
    await page.getByLabel('Chest pain on exertion').uncheck();
    await expect(stop).toHaveCount(0);
  });

  test('the therapist can correct the context', async ({ openRecord }) => {
    const { sidebar } = await openRecord('tom-gallagher');
    await sidebar.getByRole('button', { name: 'Remove Hypertension' }).or(sidebar.getByRole('button', { name: 'Remove High blood pressure' })).click();
    await expect(sidebar.getByRole('list', { name: 'Conditions considered' })).not.toContainText('High blood pressure');
    await sidebar.getByLabel('Change district').fill('N19 5QT');
    await sidebar.getByRole('button', { name: 'Set' }).click();
    await expect(sidebar.getByTestId('district')).toHaveText('N19');
    await sidebar.getByRole('button', { name: 'Undo my changes' }).click();
    await expect(sidebar.getByTestId('district')).toHaveText('NW5');
  });

  test('axe finds no accessibility violations in the sidebar', async ({ openRecord }) => {
    const { sidebar } = await openRecord('aisha-rahman');
    await sidebar.waitForSelector('[data-testid="directory-note"]');
    const results = await new AxeBuilder(sidebar).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
});

test.describe('directory and options', () => {
  test('the sample pack is in the extension IndexedDB after install', async ({ context, extensionId }) => {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/options.html`);
    const row = page.locator('[data-source-id="sample-camden-islington"]');
    await expect(row).toContainText('Sample data');
    await expect(row.getByTestId('source-count')).toHaveText('34');
    const stored = await page.evaluate(async () => {
      const db = await new Promise<IDBDatabase>((ok, fail) => {
        const request = indexedDB.open('pa-signpost-directory');
        request.onsuccess = () => ok(request.result);
        request.onerror = () => fail(request.error);
      });
      const count = await new Promise<number>((ok) => {
        const request = db.transaction('activityChunks').objectStore('activityChunks').getAll();
        request.onsuccess = () => ok((request.result as { activities: unknown[] }[]).reduce((n, chunk) => n + chunk.activities.length, 0));
      });
      db.close();
      return count;
    });
    expect(stored).toBe(34);
  });

  test('the sidebar reads the directory from the extension IndexedDB', async ({ openRecord }) => {
    const { sidebar } = await openRecord('tom-gallagher');
    await expect(sidebar.getByTestId('directory-note')).toContainText('34 listings');
    await expect(sidebar.getByTestId('directory-note')).toContainText('Sample data');
  });

  test('the options page lists sites and refuses a bad pattern clearly', async ({ context, extensionId }) => {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/options.html`);
    await expect(page.getByRole('table', { name: 'Sites where the sidebar opens by itself' })).toContainText('http://127.0.0.1/*');
    await page.getByLabel('Add a site').fill('records.example.nhs.uk');
    await page.getByRole('button', { name: 'Add site' }).click();
    await expect(page.locator('#pa-site-error')).toContainText('expected a match pattern');
    await expect(page.getByLabel('Add a site')).toHaveAttribute('aria-invalid', 'true');
    await page.getByRole('button', { name: 'Remove http://localhost/*' }).click();
    await expect(page.getByRole('table', { name: 'Sites where the sidebar opens by itself' })).not.toContainText('http://localhost/*');
  });

  test('axe finds no accessibility violations in the options page', async ({ context, extensionId }) => {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/options.html`);
    await page.waitForSelector('[data-testid="sources"]');
    const results = await new AxeBuilder(page.mainFrame()).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });

  for (const name of ['sidebar', 'options'] as const) {
    test(`the ${name} page is readable at 320 px wide (no sideways scrolling)`, async ({ context, extensionId }) => {
      const page = await context.newPage();
      await page.setViewportSize({ width: 320, height: 700 });
      await page.goto(`chrome-extension://${extensionId}/${name}.html`);
      await page.waitForTimeout(500);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    });
  }
});

test('no request leaves 127.0.0.1', async ({ openRecord, context, extensionId, recorder, requests }) => {
  for (const name of ['aisha-rahman', 'tom-gallagher', 'jordan-ellis', 'priya-shah']) {
    const { page, sidebar } = await openRecord(name);
    await sidebar.waitForSelector('[data-testid="directory-note"]');
    await page.close();
  }
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.waitForSelector('[data-testid="sources"]');
  const offMachine = requests.filter((url) => !url.startsWith('http://127.0.0.1:') && !url.startsWith(`chrome-extension://${extensionId}/`) && !url.startsWith('data:') && !url.startsWith('blob:'));
  expect(offMachine).toEqual([]);
  expect(recorder.attempts).toEqual([]);
  expect(requests.length).toBeGreaterThan(4);
});
