import { resolve } from 'node:path';
import { expect, test } from './fixtures.ts';

const FIXTURES = resolve(import.meta.dirname, '../fixtures/e2e');

test('an admin imports a council CSV, reads the report, publishes, finds it in the sidebar and rolls back', async ({ context, extensionId, openRecord }) => {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.getByLabel('Choose a file').setInputFiles(resolve(FIXTURES, 'islington-council.csv'));

  const review = options.getByTestId('import-review');
  await expect(review.getByTestId('import-summary')).toContainText('4 rows: 3 ready to publish, 1 with errors');
  const issues = review.getByTestId('import-issues');
  // The nameless row: named by its spreadsheet row and column.
  await expect(issues.locator('tr', { hasText: 'Error' })).toContainText('4');
  await expect(issues.locator('tr', { hasText: 'Error' })).toContainText('Activity Name');
  // The javascript: link is dropped with a warning, not rendered.
  await expect(issues).toContainText('javascript:alert(1)');
  // The unknown column is listed and can be mapped.
  await expect(review.getByRole('group', { name: 'Columns not recognised' })).toContainText('Notes for staff');

  await review.getByLabel('Directory name').fill('Islington Council activities');
  await review.getByLabel('Publisher').fill('Islington Council');
  await review.getByLabel('Licence').fill('OGL v3.0');
  await review.getByRole('button', { name: 'Publish 3 valid listings' }).click();
  await expect(options.getByTestId('import-done')).toContainText('Published 3 listings');
  const row = options.locator('[data-source-id="islington-council-activities"]');
  await expect(row.getByTestId('source-count')).toHaveText('3');

  const { sidebar } = await openRecord('aisha-rahman');
  await sidebar.getByRole('searchbox').fill('chair yoga');
  await expect(sidebar.getByRole('list', { name: 'Local options' })).toContainText('Caledonian Chair Yoga');

  // A second version, then one click back to the first.
  await options.getByLabel('Choose a file').setInputFiles(resolve(FIXTURES, 'islington-council-v2.csv'));
  await options.getByLabel('Directory name').fill('Islington Council activities');
  await options.getByLabel('Publisher').fill('Islington Council');
  await options.getByLabel('Licence').fill('OGL v3.0');
  await options.getByRole('button', { name: 'Publish 1 valid listings' }).click();
  await expect(row.getByTestId('source-count')).toHaveText('1');
  await row.getByRole('button', { name: /Roll back/ }).click();
  await expect(row.getByTestId('source-count')).toHaveText('3');
});

test('a file that cannot be read changes nothing', async ({ context, extensionId }) => {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.getByLabel('Choose a file').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"format": "pa-signpost-region-pack", "activities": [') });
  await expect(options.getByTestId('import-review').or(options.getByTestId('import-failed'))).toContainText(/broken\.json/);
  await expect(options.locator('[data-source-id="sample-camden-islington"]').getByTestId('source-count')).toHaveText('34');
});
