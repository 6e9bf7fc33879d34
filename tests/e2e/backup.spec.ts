import { expect, test } from '@playwright/test';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { expectNoSeriousA11yViolations, useEnglish } from './helpers';

test('a backup restores a deleted workshop, and a broken file is refused with a clear message', async ({
  page,
}) => {
  await useEnglish(page);
  await page.getByRole('button', { name: 'Open sample workshop' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Current state' })).toBeVisible();
  await page.getByRole('link', { name: 'Backup and data' }).click();
  await expectNoSeriousA11yViolations(page);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download a backup of all workshops' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(
    /^lakeheart-spa-hotel-sample-service-culture-workshop-2026-backup-\d{4}-\d{2}-\d{2}\.json$/,
  );
  const backupPath = await download.path();

  await page.getByRole('link', { name: 'Palvelupolku' }).click();
  await page.getByRole('button', { name: 'Delete' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByText('No workshops yet.')).toBeVisible();

  await page.getByRole('link', { name: 'Backup and data' }).click();
  const broken = join(tmpdir(), 'not-a-backup.json');
  await writeFile(
    broken,
    '{"format":"palvelupolku-backup","version":1,"exportedAt":"x","workshops":[{"workshop":{"title":42}}]}',
  );
  await page.getByLabel('Restore from a backup file').setInputFiles(broken);
  await expect(
    page
      .getByRole('alert')
      .filter({ hasText: 'The backup has invalid content, so nothing was imported.' }),
  ).toBeVisible();

  await page.getByLabel('Restore from a backup file').setInputFiles(backupPath);
  await expect(page.getByText('Workshops restored: 1.')).toBeVisible();
  await page.getByRole('link', { name: 'Palvelupolku' }).click();
  await page.getByRole('link', { name: 'Service culture workshop 2026' }).click();
  await page
    .getByRole('navigation', { name: 'Parts of the current state' })
    .getByRole('link', { name: 'Evidence' })
    .click();
  await expect(page.getByText('30 of 30 items')).toBeVisible();

  await page.getByRole('link', { name: 'Backup and data' }).click();
  await page.getByLabel('Restore from a backup file').setInputFiles(backupPath);
  await expect(page.getByRole('dialog', { name: 'Some workshops already exist' })).toBeVisible();
  await page.getByRole('button', { name: 'Keep both' }).click();
  await page.getByRole('link', { name: 'Palvelupolku' }).click();
  await expect(page.getByRole('link', { name: 'Service culture workshop 2026' })).toHaveCount(2);
});
