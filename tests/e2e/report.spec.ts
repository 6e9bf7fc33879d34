import { expect, test } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { downloadedPdfText, expectNoSeriousA11yViolations, useEnglish } from './helpers';

test('the export dialog shapes the PDF: Letter paper, anonymised, with the evidence appendix', async ({
  page,
}) => {
  await useEnglish(page);
  await page.getByRole('button', { name: 'Open sample workshop' }).click();
  await page.getByRole('link', { name: 'Report', exact: true }).click();
  await page
    .getByRole('checkbox', { name: 'Anonymise participants (no names in the PDF)' })
    .focus();
  await page.keyboard.press('Space');
  await page.getByRole('checkbox', { name: 'Appendix: all evidence items' }).check();
  await page.getByRole('radio', { name: 'Letter' }).check();
  await expectNoSeriousA11yViolations(page);

  await page.getByRole('button', { name: 'Check the layout' }).click();
  const outline = page.getByRole('table', { name: 'Sections and the pages they start on' });
  await expect(outline.getByRole('row', { name: /Appendix: evidence/ })).toBeVisible();

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export PDF' }).click(),
  ]);
  const text = await downloadedPdfText(download);
  expect(text).toContain('Participants 6 (names withheld)');
  expect(text).toContain('Appendix: evidence');
  expect(text).toContain('Minna at the reception remembered our names from last time');
  const info = execFileSync('pdfinfo', [await download.path()], { encoding: 'utf8' });
  expect(info).toMatch(/Page size:\s+612 x 792 pts/);

  // The choices are remembered.
  await page.reload();
  await expect(page.getByRole('radio', { name: 'Letter' })).toBeChecked();
});
