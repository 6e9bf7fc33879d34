import { expect, test } from '@playwright/test';
import { createWorkshop, expectNoSeriousA11yViolations, useEnglish, waitForSaved } from './helpers';

test('three participants rate, targets are set, and the gap ranking follows', async ({ page }) => {
  await useEnglish(page);
  await createWorkshop(page, { organisation: 'Kauppa Oy', title: 'Arviointi' });
  await page.getByRole('link', { name: 'Target state', exact: true }).click();
  const parts = page.getByRole('navigation', { name: 'Parts of the target state' });

  await parts.getByRole('link', { name: '1 Participants' }).click();
  for (const [name, group] of [
    ['Anna', 'Management'],
    ['Ben', 'Staff'],
    ['Cecilia', 'Staff'],
  ]) {
    await page.getByLabel('Name or role').first().fill(name!);
    await page.getByLabel('Group').first().selectOption({ label: group! });
    await page.getByRole('button', { name: 'Add participant' }).click();
  }
  await expect(page.getByText('3 participants')).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await parts.getByRole('link', { name: '2 Rate' }).click();
  // Genuine encounter: 4, 3, 3; Smoothness: 4, 2, 2.
  const rate = async (scores: string[]) => {
    for (const [index, name] of ['Anna', 'Ben', 'Cecilia'].entries()) {
      await page
        .getByRole('group', { name })
        .getByRole('radio', { name: scores[index]!, exact: true })
        .check();
    }
  };
  await rate(['4', '3', '3']);
  for (let i = 0; i < 3; i += 1)
    await page.getByRole('button', { name: 'Next principle →' }).click();
  await expect(page.getByRole('heading', { name: 'Smoothness' })).toBeVisible();
  await rate(['4', '2', '2']);
  await expect(page.getByText('6 of 21 ratings given')).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await parts.getByRole('link', { name: '3 Results' }).click();
  const stats = page.getByRole('table', { name: 'Statistics per principle' });
  await expect(stats.getByRole('row', { name: /^Smoothness/ })).toContainText('2.7');
  await expect(stats.getByRole('row', { name: /^Smoothness/ })).toContainText(
    'Groups differ by 2.0 points',
  );
  await expectNoSeriousA11yViolations(page);

  await parts.getByRole('link', { name: '4 Target culture' }).click();
  await page.getByRole('radio', { name: 'No: we formulate a target culture' }).check();
  await page.getByLabel('Target for Genuine encounter').selectOption('5');
  await page.getByLabel('Target for Smoothness').selectOption('4');
  const gaps = page.getByRole('table', { name: 'Ranked by weight: gap × importance.' });
  // With equal importance the larger gap leads: 5 − 3.3 beats 4 − 2.7.
  await expect(gaps.getByRole('row').nth(1)).toContainText('Genuine encounter');
  await page.getByLabel('Importance of Genuine encounter').selectOption('1');
  await page.getByLabel('Importance of Smoothness').selectOption('5');
  await expect(gaps.getByRole('row').nth(1)).toContainText('Smoothness');
  await expectNoSeriousA11yViolations(page);

  await page.reload();
  await expect(gaps.getByRole('row').nth(1)).toContainText('Smoothness');
  await expect(gaps.getByRole('row').nth(2)).toContainText('Genuine encounter');
});

test('promises and indicators are recorded and kept', async ({ page }) => {
  await useEnglish(page);
  await createWorkshop(page, { organisation: 'Kunta', title: 'Lupaukset' });
  await page.goto(page.url().replace(/current$/, 'target/promises'));
  await page.getByRole('button', { name: '+ Add promise' }).click();
  await page
    .getByLabel('Promise 1', { exact: true })
    .fill('Vastaamme jokaiseen viestiin yhden työpäivän kuluessa.');
  await page
    .getByRole('group', { name: 'Principles it serves' })
    .getByRole('checkbox', { name: 'Communication' })
    .check();
  await page.getByRole('checkbox', { name: 'Recruiting' }).check();
  await expectNoSeriousA11yViolations(page);
  // The promise's text is saved before the page is left (the indicators add no typing).
  await waitForSaved(page);
  await page.goto(page.url().replace(/promises$/, 'indicators'));
  // Word of mouth is one indicator with two numbers: the target raises the good, shrinks the bad.
  await page.getByRole('button', { name: 'Start from 6/12' }).click();
  await expect(page.getByLabel('Target: people told about a good experience')).toHaveValue('6');
  await expect(page.getByLabel('Target: people told about a bad experience')).toHaveValue('12');
  await page.getByLabel('Target: people told about a bad experience').fill('10');
  await expect(page.getByText('From –/– to 6/10')).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.goto(page.url().replace(/indicators$/, 'promises'));
  await expect(page.getByLabel('Promise 1', { exact: true })).toHaveValue(
    'Vastaamme jokaiseen viestiin yhden työpäivän kuluessa.',
  );
  await expect(
    page
      .getByRole('group', { name: 'Principles it serves' })
      .getByRole('checkbox', { name: 'Communication' }),
  ).toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'Recruiting' })).toBeChecked();
});
