import { expect, test, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { largeWorkshopBackup } from '../perf/large-workshop';
import { useEnglish } from './helpers';

/** Restores the benchmark's large workshop (5,000 evidence items) and opens its report. */
async function openLargeReport(page: Page, { shouldSeeRestoreSteps = false } = {}) {
  const { text, content } = largeWorkshopBackup(new Date());
  await page.goto('/data');
  await page.getByLabel('Restore from a backup file').setInputFiles({
    name: 'large-backup.json',
    mimeType: 'application/json',
    buffer: Buffer.from(text),
  });
  if (shouldSeeRestoreSteps) {
    // Writing 6,870 records takes a while on any machine: its step is there to be seen.
    await expect(page.getByRole('progressbar', { name: 'Restoring the backup' })).toBeVisible();
    await expect(page.getByText('Step 2 of 2: saving on this device')).toBeVisible();
  }
  await expect(page.getByText('Workshops restored: 1.')).toBeVisible({ timeout: 60_000 });
  await page.goto(`/workshops/${content.workshop.id}/report`);
  await page.getByRole('checkbox', { name: 'Appendix: all evidence items' }).check();
  await page.getByRole('checkbox', { name: 'Appendix: participants’ ratings' }).check();
}

test('the large plan with both appendices shows its progress, then downloads', async ({ page }) => {
  await useEnglish(page);
  await openLargeReport(page, { shouldSeeRestoreSteps: true });
  const downloaded = page.waitForEvent('download', { timeout: 120_000 });
  await page.getByRole('button', { name: 'Export PDF' }).click();
  const bar = page.getByRole('progressbar', { name: 'Creating the PDF' });
  await expect(bar).toBeVisible();
  // The step under way is named, and the bar moves on as sections are drawn.
  await expect(page.getByText(/^Section [2-6] of 6: .+ · \d+ pages so far$/)).toBeVisible();
  await expect
    .poll(async () => Number((await bar.getAttribute('value')) ?? 0), { timeout: 60_000 })
    .toBeGreaterThan(0);
  // Cancel holds the focus while the work runs.
  await expect(page.getByRole('button', { name: 'Cancel' })).toBeFocused();

  const download = await downloaded;
  await expect(bar).toBeHidden();
  await expect(page.getByRole('button', { name: 'Export PDF' })).toBeFocused();
  const info = execFileSync('pdfinfo', [await download.path()], { encoding: 'utf8' });
  expect(Number(/Pages:\s+(\d+)/.exec(info)?.[1])).toBeGreaterThan(200);
});

test('Cancel stops the export: nothing downloads, and the next export works', async ({ page }) => {
  await useEnglish(page);
  await openLargeReport(page);
  let downloads = 0;
  page.on('download', () => (downloads += 1));
  await page.getByRole('button', { name: 'Export PDF' }).click();
  await expect(page.getByText(/^Section \d of 6: /)).toBeVisible();
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(
    page.getByText('The PDF export was cancelled. Nothing was downloaded.'),
  ).toBeVisible();
  await expect(page.getByRole('progressbar', { name: 'Creating the PDF' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Export PDF' })).toBeEnabled();

  // A new export after the cancelled one runs to its end.
  await page.getByRole('checkbox', { name: 'Appendix: all evidence items' }).uncheck();
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 120_000 }),
    page.getByRole('button', { name: 'Export PDF' }).click(),
  ]);
  expect(await download.failure()).toBeNull();
  expect(downloads).toBe(1);
});
