import { resolve } from 'node:path';
import { expect, test } from './fixtures.ts';

test('a service loads its own scripts; an invalid pack is refused and the current scripts stay', async ({ context, extensionId, openRecord }) => {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.getByLabel('Load a content pack').setInputFiles(resolve(import.meta.dirname, '../fixtures/e2e/content-pack.json'));
  await expect(options.getByTestId('content-pack-current')).toContainText('Camden Talking Therapies scripts');

  const { sidebar } = await openRecord('tom-gallagher');
  await sidebar.getByRole('radio', { name: /30 seconds/ }).check();
  await expect(sidebar.locator('.pa-advice')).toContainText('Our respiratory team says');

  await options.getByLabel('Load a content pack').setInputFiles({
    name: 'sneaky.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ format: 'pa-signpost-content-pack', version: 1, name: 'x', publisher: 'y', groups: {}, safety: { disable: true } })),
  });
  await expect(options.getByTestId('content-pack-errors')).toContainText('safety rules cannot be changed');
  await expect(options.getByTestId('content-pack-current')).toContainText('Camden Talking Therapies scripts');
});
