import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import AxeBuilder from '../tools/axe.ts';

// Adds Breathe Easy to the handout and prints it, recording what each print would print: the
// page's own print (counted), or a print frame's (its compatibility mode, then its text, caught as
// the frame is added, which then closes its dialog as the browser would).
async function printBreatheEasy(page: Page): Promise<{ printed: string; printedPage: number }> {
  const panel = page.locator('pa-signpost');
  const local = panel.getByRole('list', { name: 'Local options' });
  await expect(local).toContainText('Breathe Easy');
  await local.getByRole('listitem').filter({ hasText: 'Breathe Easy' }).getByRole('button', { name: 'Add to note' }).click();
  await page.evaluate(() => {
    const w = window as unknown as { printedPage: number; printedFrames: string[] };
    w.printedPage = 0;
    w.printedFrames = [];
    window.print = () => void (w.printedPage += 1);
    const append = Element.prototype.append;
    Element.prototype.append = function (this: Element, ...nodes: (Node | string)[]) {
      append.apply(this, nodes);
      for (const node of nodes) {
        if (node instanceof HTMLIFrameElement && node.contentWindow) {
          const frame = node;
          frame.contentWindow!.print = () => {
            w.printedFrames.push(`${frame.contentDocument!.compatMode}\n${frame.contentDocument!.body.innerText}`);
            frame.contentWindow!.dispatchEvent(new Event('afterprint'));
          };
        }
      }
    };
  });
  await panel.getByRole('button', { name: 'Print handout' }).click();
  await expect.poll(() => page.evaluate(() => (window as unknown as { printedFrames: string[] }).printedFrames.length)).toBe(1);
  return page.evaluate(() => {
    const w = window as unknown as { printedPage: number; printedFrames: string[] };
    return { printed: w.printedFrames[0]!, printedPage: w.printedPage };
  });
}

test.describe('<pa-signpost> on a host page', () => {
  test('shows the panel from a FHIR bundle and a pack URL, and emits its events', async ({ context, server }) => {
    const page = await context.newPage();
    await page.goto(`${server.url}/demo/widget-host.html`);
    const panel = page.locator('pa-signpost');
    await expect(page.locator('#event-log')).toContainText('pa-signpost-ready');
    const conditions = panel.getByRole('list', { name: 'Conditions considered' });
    await expect(conditions).toContainText('COPD');
    await expect(conditions).toContainText('Anxiety');
    // An entered-in-error condition is ignored; a resolved one counts as history, as "PMH:" would.
    await expect(conditions).not.toContainText('Type 2 diabetes');
    await expect(conditions).toContainText('Asthma');
    await expect(panel.getByTestId('district')).toHaveText('NW5');
    await expect(panel.getByTestId('phq9')).toContainText('9 (mild)');

    const local = panel.getByRole('list', { name: 'Local options' });
    await expect(local).toContainText('Breathe Easy');
    await local.getByRole('listitem').filter({ hasText: 'Breathe Easy' }).getByRole('button', { name: 'Add to note' }).click();
    await expect(page.locator('#event-log')).toContainText('pa-signpost-select: chose Breathe Easy Kentish Town');
    await panel.getByRole('button', { name: 'Copy record note' }).click();
    await expect(page.locator('#event-log')).toContainText('pa-signpost-note: 183073003');
  });

  test('takes context from attributes, and keeps working offline after the first load', async ({ context, server }) => {
    const page = await context.newPage();
    await page.goto(`${server.url}/demo/widget-host.html`);
    await expect(page.locator('#event-log')).toContainText('34 listings');
    await page.route('**/packs/**', (route) => route.abort('internetdisconnected'));
    await page.evaluate(() => {
      const el = document.createElement('pa-signpost');
      el.id = 'second';
      el.setAttribute('conditions', 'osteoarthritis,depression');
      el.setAttribute('phq9', '16');
      el.setAttribute('district', 'N7');
      el.setAttribute('directory-src', '../packs/sample-camden-islington.json');
      document.querySelector('aside')!.append(el);
    });
    const second = page.locator('#second');
    await expect(second.getByRole('list', { name: 'Conditions considered' })).toContainText('Osteoarthritis');
    await expect(second.getByTestId('phq9')).toContainText('16 (moderately severe)');
    await expect(second.getByTestId('directory-note')).toContainText('34 listings');
    await expect(second.getByRole('list', { name: 'Local options' })).toContainText('Joint Pain Programme');
  });

  test('a FHIR bundle it cannot read clears the last record and says why, without throwing at the host', async ({ context, server }) => {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${server.url}/demo/widget-host.html`);
    const panel = page.locator('pa-signpost');
    const conditions = panel.getByRole('list', { name: 'Conditions considered' });
    await expect(conditions).toContainText('COPD');
    const heard = await page.evaluate(() => {
      const el = document.getElementById('panel') as HTMLElement & { fhir: unknown };
      const events: string[] = [];
      el.addEventListener('pa-signpost-error', (event) => events.push(`${(event as CustomEvent).detail.source}: ${(event as CustomEvent).detail.message}`));
      el.fhir = { resourceType: 'Bundle', entry: [{ resource: { resourceType: 'Observation', status: 'final', code: { coding: [] }, valueQuantity: { value: 'high' } } }] };
      return events;
    });
    expect(heard).toEqual([expect.stringMatching(/^fhir: The record's FHIR data could not be read.*valueQuantity\.value: expected a number, found text shaped "aaaa"$/)]);
    await expect(panel.getByText(/could not be read, so nothing from it is shown/).first()).toBeVisible();
    // The last patient's conditions are gone with their record.
    await expect(conditions.getByText('COPD')).toHaveCount(0);
    await expect(panel.getByTestId('district')).toHaveText('not found');
    expect(errors).toEqual([]);
  });

  test('prints the handout on its own, never with the host page\'s record around it', async ({ context, server }) => {
    const page = await context.newPage();
    await page.goto(`${server.url}/demo/widget-host.html`);
    const panel = page.locator('pa-signpost');
    const { printed, printedPage } = await printBreatheEasy(page);
    // Laid out in standards mode, as the panel is.
    expect(printed.split('\n')[0]).toBe('CSS1Compat');
    expect(printed).toContain('Breathe Easy Kentish Town');
    // Nothing of the host's record page, and nothing of the panel around the handout.
    await expect(page.getByRole('heading', { name: 'GALLAGHER, Thomas (Mr)' })).toBeVisible();
    expect(printed).not.toContain('GALLAGHER');
    expect(printed).not.toContain('Conditions considered');
    expect(printed).not.toContain('Copy record note');
    expect(printedPage).toBe(0);
    // Printed, the frame is gone and the keyboard is back on the button.
    await expect(page.locator('iframe[title="Handout for printing"]')).toHaveCount(0);
    await expect(panel.getByRole('button', { name: 'Print handout' })).toBeFocused();
  });

  test('prints on a host page that enforces Trusted Types (in quirks mode there)', async ({ context, server }) => {
    const page = await context.newPage();
    await page.route('**/demo/widget-host.html', async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': "require-trusted-types-for 'script'" } });
    });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${server.url}/demo/widget-host.html`);
    const { printed } = await printBreatheEasy(page);
    expect(printed.split('\n')[0]).toBe('BackCompat');
    expect(printed).toContain('Breathe Easy Kentish Town');
    expect(errors).toEqual([]);
  });

  test('axe finds no accessibility violations in the widget', async ({ context, server }) => {
    const page = await context.newPage();
    await page.goto(`${server.url}/demo/widget-host.html`);
    await expect(page.locator('#event-log')).toContainText('pa-signpost-ready');
    await expect(page.locator('pa-signpost').getByRole('list', { name: 'Local options' })).toBeVisible();
    const results = await new AxeBuilder(page.mainFrame()).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
});
