import { expect, test } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { createWorkshop, expectNoSeriousA11yViolations, useEnglish } from './helpers';

const shots = '/tmp/grounding';

test('a tagged complaint shows in the principle matrix and beside the principle on the rating screen', async ({
  page,
}) => {
  mkdirSync(shots, { recursive: true });
  await useEnglish(page);
  await createWorkshop(page, { organisation: 'Hotelli Oy', title: 'Perusta', language: 'English' });
  const parts = page.getByRole('navigation', { name: 'Parts of the current state' });

  await parts.getByRole('link', { name: 'Journey' }).click();
  await page
    .getByRole('listitem')
    .filter({ hasText: 'Seeking information' })
    .getByRole('button', { name: 'Use this journey' })
    .click();
  await expect(
    page.getByRole('listitem', { name: 'Arrival and welcome', exact: true }),
  ).toBeVisible();

  await parts.getByRole('link', { name: 'Evidence' }).click();
  const text = 'We queued 40 minutes at the desk and nobody told us why.';
  const form = page.locator('form.evidence-form');
  await form.getByLabel('What was said or observed').fill(text);
  await form.getByLabel('Tone').selectOption('complaint');
  await form.getByLabel('Service or touchpoint').selectOption({ label: 'Arrival and welcome' });
  await form.getByRole('button', { name: 'Add evidence' }).click();

  const row = page.getByRole('listitem', { name: 'Evidence 1' });
  await expect(row.getByRole('button', { name: 'Accept Smoothness for item 1' })).toBeVisible();
  await expect(row.getByRole('button', { name: 'Accept Communication for item 1' })).toBeVisible();
  const views = page.getByRole('navigation', { name: 'Views of the evidence' });
  await expect(page.getByText('principle suggestions to decide: 1.')).toBeVisible();
  await row.getByRole('button', { name: 'Accept Smoothness for item 1' }).click();
  await expect(
    row.getByRole('button', { name: 'Remove principle Smoothness from item 1' }),
  ).toBeVisible();
  await views.getByRole('link', { name: 'Principles along the journey' }).click();
  const matrix = page.getByRole('region', { name: 'Principles along the journey' });
  const cell = matrix.getByRole('button', {
    name: 'Complaints: 1, Smoothness at Arrival and welcome: show',
  });
  await expect(cell).toHaveText('−1');
  await page.screenshot({ path: `${shots}/evidence-board.png`, fullPage: true });
  await expectNoSeriousA11yViolations(page);

  await cell.click();
  await expect(page.getByText('1 of 1 items')).toBeVisible();
  await expect(page.getByLabel('Principle', { exact: true })).toHaveValue('smoothness');

  // Survives a reload: it is stored, not only shown.
  await views.getByRole('link', { name: 'Principles along the journey' }).click();
  await page.reload();
  await expect(
    page
      .getByRole('region', { name: 'Principles along the journey' })
      .getByRole('button', { name: 'Complaints: 1, Smoothness at Arrival and welcome: show' }),
  ).toBeVisible();

  await page.getByRole('link', { name: 'Target state', exact: true }).click();
  const targetParts = page.getByRole('navigation', { name: 'Parts of the target state' });
  await targetParts.getByRole('link', { name: '1 Participants' }).click();
  await page.getByLabel('Name or role').first().fill('Anna');
  await page.getByRole('button', { name: 'Add participant' }).click();
  await targetParts.getByRole('link', { name: '2 Rate' }).click();
  await expect(page.getByText('Evidence: 0 for, 0 against')).toBeVisible();
  for (let i = 0; i < 3; i += 1)
    await page.getByRole('button', { name: 'Next principle →' }).click();
  await expect(page.getByRole('heading', { name: 'Smoothness' })).toBeVisible();
  const summary = page.getByText('Evidence: 0 for, 1 against');
  await summary.click();
  await expect(page.getByRole('heading', { name: 'Against: complaints (1)' })).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: text })).toBeVisible();
  await page.screenshot({ path: `${shots}/rate-principle.png`, fullPage: true });
  await expectNoSeriousA11yViolations(page);
});

test('the sample workshop shows its tagged evidence in the matrix and on the rating screen', async ({
  page,
}) => {
  mkdirSync(shots, { recursive: true });
  for (const [language, openSample, matrixTitle, rate] of [
    [
      'en',
      /Open sample workshop/,
      'Principles along the journey',
      /Evidence: \d+ for, \d+ against/,
    ],
    ['fi', /Avaa esimerkkityöpaja/, 'Periaatteet asiakaspolun varrella', /Havainnot: \d+ puolesta/],
  ] as const) {
    await page.goto('/');
    await page.getByLabel(/^(Language|Kieli)$/).selectOption(language);
    await page.getByRole('button', { name: openSample }).click();
    await expect(page).toHaveURL(/\/workshops\/[^/]+/);
    const id = /\/workshops\/([^/]+)/.exec(page.url())![1]!;
    await page.goto(`/workshops/${id}/current/evidence?view=principles`);
    const matrix = page.getByRole('region', { name: matrixTitle });
    await expect(matrix.getByRole('table')).toBeVisible();
    // The table can show before the evidence has been read: wait for its cells to fill.
    await expect.poll(() => matrix.getByRole('button').count()).toBeGreaterThan(10);
    await matrix.screenshot({ path: `${shots}/sample-matrix-${language}.png` });
    await page.goto(`/workshops/${id}/target/rate`);
    await expect(page.getByText(rate).first()).toBeVisible();
    await page.getByText(rate).first().click();
    await page.screenshot({ path: `${shots}/sample-rate-${language}.png`, fullPage: true });
  }
});
