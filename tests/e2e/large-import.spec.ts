import { expect, test } from '@playwright/test';
import { createWorkshop } from './helpers';

const rowCount = 2000;
const csv = [
  'Pvm;Palaute;Arvosana;Toimipiste',
  ...Array.from(
    { length: rowCount },
    (_, i) =>
      `${(i % 28) + 1}.3.2026;Palaute ${i + 1}: jono oli pitkä;${(i % 5) + 1};Piste ${i % 12}`,
  ),
].join('\n');

test('imports 2,000 feedback rows naming twelve new touchpoints in one go', async ({ page }) => {
  await createWorkshop(page, {
    organisation: 'Kaupunki',
    title: 'Iso tuonti',
    language: 'English',
  });
  await page.getByLabel(/^(Language|Kieli)$/).selectOption('en');
  await page.getByRole('link', { name: 'Import CSV' }).click();
  await page
    .getByLabel('CSV file')
    .setInputFiles({ name: 'palaute.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await page.getByRole('button', { name: `Import rows (${rowCount})` }).click();
  await expect(page.getByText(`Evidence items imported: ${rowCount}.`)).toBeVisible({
    timeout: 20_000,
  });
  await page.getByRole('link', { name: 'Open the evidence board' }).click();
  await expect(page.getByText(`${rowCount} of ${rowCount} items`)).toBeVisible();
  await page
    .getByRole('group', { name: 'Filter the evidence' })
    .getByLabel('Service or touchpoint')
    .selectOption({ label: 'Piste 11' });
  // Rows 12, 24, … name "Piste 11": 166 of the 2,000.
  await expect(page.getByText(`166 of ${rowCount} items`)).toBeVisible();
  // The board lists the first 20 and shows more on request; search still covers them all.
  const list = page.getByRole('region', { name: 'Evidence items' }).getByRole('listitem');
  await expect(list).toHaveCount(20);
  await page.getByRole('button', { name: 'Show 100 more' }).click();
  await expect(list).toHaveCount(120);
  await page.getByRole('button', { name: 'Show 46 more' }).click();
  await expect(list).toHaveCount(166);
  await expect(page.getByRole('button', { name: /^Show \d+ more$/ })).toHaveCount(0);
});

test('a file over the row limit is refused with a message naming the limit; nothing is imported', async ({
  page,
}) => {
  await createWorkshop(page, { organisation: 'Kaupunki', title: 'Liian iso', language: 'English' });
  await page.getByLabel(/^(Language|Kieli)$/).selectOption('en');
  await page.getByRole('link', { name: 'Import CSV' }).click();
  await expect(page.getByText('Up to 20 MB and 10,000 rows.', { exact: false })).toBeVisible();
  const tooLong = ['Palaute', ...Array.from({ length: 10_001 }, (_, i) => `Rivi ${i + 1}`)];
  await page.getByLabel('CSV file').setInputFiles({
    name: 'liian-pitka.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(tooLong.join('\n')),
  });
  const refusal = page
    .getByRole('alert')
    .filter({ hasText: 'The file has more than 10,000 rows, more than one import takes.' });
  await expect(refusal).toHaveText(
    'The file has more than 10,000 rows, more than one import takes. Split it into smaller files; nothing was imported.',
  );
  await expect(page.getByRole('button', { name: /^Import rows/ })).toHaveCount(0);

  // A file at the limit is read and offered for import.
  await page.getByLabel('CSV file').setInputFiles({
    name: 'juuri-sopiva.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(tooLong.slice(0, 10_001).join('\n')),
  });
  await expect(page.getByRole('button', { name: /^Import rows \(10[,\s]?000\)$/ })).toBeVisible();
  await expect(refusal).toHaveCount(0);
});
