import { expect, test } from './fixtures.ts';

test('the therapist picks a length, copies a note and prints a handout in under a minute', async ({ context, openRecord, server }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
  const { page, sidebar } = await openRecord('tom-gallagher');
  await sidebar.getByRole('radio', { name: /5 min/ }).check();
  const local = sidebar.getByRole('list', { name: 'Local options' });
  await expect(local).toContainText('Breathe Easy');
  await local.getByRole('listitem').filter({ hasText: 'Breathe Easy' }).getByRole('button', { name: 'Add to note' }).click();
  await expect(sidebar.getByTestId('chosen')).toContainText('Breathe Easy Kentish Town');

  await sidebar.getByRole('button', { name: 'Copy record note' }).click();
  await expect(sidebar.locator('.pa-notice')).toContainText('Record note copied');
  const note = await page.evaluate(() => navigator.clipboard.readText());
  expect(note).toContain('Breathe Easy Kentish Town');
  expect(note).toMatch(/183073003.*confirm locally/);
  expect(note).not.toContain('Gallagher');
  expect(note).not.toContain('NW5 2QE');

  await sidebar.evaluate(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => void ((window as unknown as { printed: number }).printed += 1);
  });
  await sidebar.getByRole('button', { name: 'Print handout' }).click();
  const handout = sidebar.getByTestId('handout');
  await expect(handout).toContainText('Breathe Easy Kentish Town');
  await expect(handout.getByRole('img', { name: /QR code for https:/ })).toBeVisible();
  expect(await handout.innerText()).not.toContain('Gallagher');
  await expect.poll(() => sidebar.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);

  await page.emulateMedia({ media: 'print' });
  await expect(sidebar.locator('.pa-sidebar__body')).toBeHidden();
  await expect(handout).toBeVisible();
  await expect(sidebar.getByRole('button', { name: 'Close handout preview' })).toBeHidden();
});
