import { expect, test } from '@playwright/test';
import { useEnglish } from './helpers';

test('no page ever sends a request to another origin', async ({ page }) => {
  const foreign: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (
      !['127.0.0.1', 'localhost'].includes(url.hostname) &&
      !['data:', 'blob:'].includes(url.protocol)
    )
      foreign.push(request.url());
  });
  await useEnglish(page);
  await page.getByRole('button', { name: 'Open sample workshop' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Current state' })).toBeVisible();
  const root = page.url().replace(/\/current$/, '');
  for (const part of [
    'current/evidence',
    'current/import',
    'current/journey',
    'current/context',
    'target',
    'target/participants',
    'target/rate',
    'target/results',
    'target/promises',
    'target/indicators',
    'path',
    'path/prioritise',
    'path/roadmap',
    'path/follow-up',
    'history',
    'report',
  ]) {
    await page.goto(`${root}/${part}`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  }
  await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export PDF' }).click(),
  ]);
  await page.goto('/data');
  await expect(page.getByRole('heading', { level: 1, name: 'Backup and data' })).toBeVisible();
  expect(foreign).toEqual([]);
});

test('an edit typed just before the tab is closed is there when the app is opened again', async ({
  page,
  context,
}) => {
  await useEnglish(page);
  await page.getByRole('button', { name: 'Open sample workshop' }).click();
  await page.waitForURL(/\/current$/);
  const url = page.url().replace(/current$/, 'target');
  await page.goto(url);
  await page.getByLabel('Target-culture statement').fill('Kirjoitettu juuri ennen sulkemista');
  // Close at once, inside the autosave delay: the edit is flushed when the page is hidden.
  await page.close({ runBeforeUnload: true });
  const again = await context.newPage();
  await again.goto(url);
  await expect(again.getByLabel('Target-culture statement')).toHaveValue(
    'Kirjoitettu juuri ennen sulkemista',
  );
});

test('text pasted as HTML is shown literally and never runs', async ({ page }) => {
  let dialogs = 0;
  page.on('dialog', (dialog) => {
    dialogs += 1;
    void dialog.dismiss();
  });
  await useEnglish(page);
  await page.getByRole('button', { name: 'Open sample workshop' }).click();
  await page.waitForURL(/\/current$/);
  await page.goto(page.url().replace(/current$/, 'current/evidence'));
  const hostile = '<img src=x onerror=alert(1)><script>alert(2)</script>';
  await page.getByLabel('What was said or observed').first().fill(hostile);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('textbox', { name: 'What was said or observed' }).nth(1)).toHaveValue(
    hostile,
  );
  await page.goto(page.url().replace(/current\/evidence$/, 'report'));
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  expect(dialogs).toBe(0);
});
