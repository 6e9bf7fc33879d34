import { expect, test } from '@playwright/test';
import {
  createWorkshop,
  downloadedPdfText,
  expectNoSeriousA11yViolations,
  useEnglish,
} from './helpers';

const SHOTS = process.env.STAFF_SHOTS;

test('staff rate their experience, the results show where they and the customer side disagree, and the PDF says so', async ({
  page,
}) => {
  await useEnglish(page);
  await createWorkshop(page, { organisation: 'Kylpylä Oy', title: 'Henkilöstö' });
  await page.getByRole('link', { name: 'Target state', exact: true }).click();
  const parts = page.getByRole('navigation', { name: 'Parts of the target state' });
  await parts.getByRole('link', { name: '1 Participants' }).click();
  for (const [name, group] of [
    ['Anna', 'Management'],
    ['Ben', 'Customer-facing staff'],
  ]) {
    await page.getByLabel('Name or role').first().fill(name!);
    await page.getByLabel('Group').first().selectOption({ label: group! });
    await page.getByRole('button', { name: 'Add participant' }).click();
  }
  await expect(page.getByText('2 participants')).toBeVisible();

  // The customer side: the genuine encounter is rated well.
  await parts.getByRole('link', { name: '2 Rate' }).click();
  for (const name of ['Anna', 'Ben'])
    await page.getByRole('group', { name }).getByRole('radio', { name: '5', exact: true }).check();

  // The staff side: the climate at work is rated low, a "don't know" left out of the mean.
  await page.getByRole('link', { name: 'Current state', exact: true }).click();
  await page
    .getByRole('navigation', { name: 'Parts of the current state' })
    .getByRole('link', { name: 'Staff experience' })
    .click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Staff experience check' }),
  ).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Climate at work' })).toBeVisible();
  await page
    .getByRole('group', { name: 'Anna' })
    .getByRole('radio', { name: '3', exact: true })
    .check();
  await page
    .getByRole('group', { name: 'Ben' })
    .getByRole('radio', { name: '1', exact: true })
    .check();
  await page.getByRole('button', { name: 'Next statement →' }).click();
  await expect(page.getByRole('heading', { name: 'Being oneself' })).toBeVisible();
  await page
    .getByRole('group', { name: 'Ben' })
    .getByRole('radio', { name: 'Don’t know', exact: true })
    .check();
  await expect(page.getByText('3 of 14 ratings given')).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/staff-page.png`, fullPage: true });

  await page.getByRole('link', { name: 'Target state', exact: true }).click();
  await parts.getByRole('link', { name: '3 Results' }).click();
  const stats = page.getByRole('table', { name: 'Statistics per staff statement' });
  await expect(stats.getByRole('row', { name: /^Climate at work/ })).toContainText('2.0');
  await expect(stats.getByRole('row', { name: /^Climate at work/ })).toContainText(
    'Groups differ by 2.0 points',
  );
  const disagreement =
    'Staff give “Climate at work” a mean of 2.0, while “Genuine encounter” has 5.0 on the customer side: staff are 3.0 points lower.';
  await expect(page.getByText(disagreement)).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/staff-results.png`, fullPage: true });

  // A target for the climate puts it on the gap list, where an action can address it.
  await parts.getByRole('link', { name: '4 Target culture' }).click();
  await page.getByLabel('Target for Climate at work').selectOption('4');
  await page.getByLabel('Importance of Climate at work').selectOption('5');
  const gaps = page.getByRole('table', { name: 'Ranked by weight: gap × importance.' });
  await expect(gaps.getByRole('row').nth(1)).toContainText('Climate at work (Staff experience)');

  await page.getByRole('link', { name: 'Report', exact: true }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export PDF' }).click(),
  ]);
  if (SHOTS) await download.saveAs(`${SHOTS}/staff-plan.pdf`);
  const text = await downloadedPdfText(download);
  expect(text).toContain('Staff experience check');
  expect(text).toMatch(/Climate at work 2\.0 1–3 1\.0 4 2\.0/);
  expect(text).toContain(disagreement);
});
