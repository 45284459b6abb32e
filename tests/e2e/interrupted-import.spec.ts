import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './fixtures.ts';

test('closing the options page in the middle of publishing leaves the previous directory intact', async ({ context, extensionId }) => {
  const rows = ['name,venue_postcode,lat,lng,days,start,end,cost_type'];
  for (let i = 0; i < 300_000; i++) rows.push(`Session ${i},N7 6RT,51.55,-0.117,Tue,10:00,11:00,free`);
  const file = join(mkdtempSync(join(tmpdir(), 'pa-interrupt-')), 'big-council.csv');
  writeFileSync(file, `${rows.join('\n')}\n`);

  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.getByLabel('Choose a file').setInputFiles(file);
  await options.getByTestId('import-review').waitFor({ timeout: 120_000 });
  await options.getByLabel('Publisher').fill('Council');
  await options.getByLabel('Licence').fill('OGL');
  await options.getByRole('button', { name: /^Publish/ }).click();
  await options.getByTestId('import-progress').getByText('Publishing').first().waitFor();
  await options.close();

  const again = await context.newPage();
  await again.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(again.locator('[data-source-id="sample-camden-islington"]').getByTestId('source-count')).toHaveText('34');
  await expect(again.locator('[data-source-id="big-council"]')).toHaveCount(0);
});
