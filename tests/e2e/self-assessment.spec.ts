import { expect, test, type Page } from '@playwright/test';
import { downloadedPdfText, expectNoSeriousA11yViolations, useEnglish } from './helpers';

const SHOTS = process.env.WIZARD_SHOTS;

async function nextStep(page: Page, shot: string) {
  await expectNoSeriousA11yViolations(page);
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/${shot}.png`, fullPage: true });
  await page.getByRole('button', { name: 'Next', exact: true }).click();
}

test('a manager alone goes from the new-workshop page through the wizard to a PDF with their answers', async ({
  page,
}) => {
  await useEnglish(page);
  await page.getByRole('link', { name: 'New workshop' }).click();
  await page.getByLabel(/^Organisation/).fill('Kotihoito Lähellä');
  await page.getByLabel(/^Workshop title/).fill('Spring self-assessment');
  await page.getByLabel('Facilitator').fill('Riikka');
  await page.getByRole('radio', { name: 'Self-assessment' }).check();
  await page.getByRole('radio', { name: 'From a sector template' }).check();
  await page
    .getByLabel('Sector template', { exact: true })
    .selectOption({ label: 'Health and social care' });
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/0-new-workshop.png`, fullPage: true });
  await page.getByRole('button', { name: 'Create workshop' }).click();

  await expect(page).toHaveURL(/\/self-assessment\/organisation$/);
  await expect(page.getByText('Step 1 of 10')).toBeVisible();
  await page.getByLabel('Mission').fill('We help older people live safely at home.');
  await page.getByRole('button', { name: '+ Add value' }).click();
  const value = page.getByRole('group', { name: 'Value 1' });
  await value.getByLabel('Value', { exact: true }).fill('Closeness');
  await value
    .getByLabel('What it says about our service culture')
    .fill('We take the time to listen at every visit.');
  await nextStep(page, '1-organisation');

  await expect(page.getByRole('heading', { level: 1, name: 'Feedback' })).toBeVisible();
  await page.getByLabel('New praise').fill('The nurse explained the new medication calmly');
  await page.getByLabel('Where from (optional)').first().fill('Patient feedback survey');
  await page.getByLabel('New praise').press('Enter');
  await page.getByLabel('New complaint').fill('Nobody called back about the blood test results');
  await page.getByRole('button', { name: 'Add' }).nth(1).click();
  await expect(page.getByText('Nobody called back about the blood test results')).toBeVisible();
  await expect(page.getByText('(Patient feedback survey)')).toBeVisible();
  await nextStep(page, '2-feedback');

  // The template proposed the journey: mark one of its moments critical and rate it.
  await expect(page.getByRole('heading', { name: 'Follow-up' })).toBeVisible();
  await page.getByRole('checkbox', { name: /Results and next steps/ }).check();
  await page.getByLabel('Importance of Results and next steps').selectOption('5');
  await page.getByLabel('How well we do at Results and next steps').selectOption('2');
  await nextStep(page, '3-moments');

  const scores = { 'Genuine encounter': '4', Smoothness: '3', Communication: '2' } as const;
  for (const [principle, score] of Object.entries(scores)) {
    await page
      .getByRole('group', { name: new RegExp(`^${principle}`) })
      .getByRole('radio', { name: score, exact: true })
      .check();
  }
  await page.getByLabel('Comment on Communication').fill('Relatives often do not know who to call');
  await nextStep(page, '4-rate');

  // The staff experience check, answered by the manager alone.
  await expect(page.getByRole('heading', { level: 1, name: 'Staff experience' })).toBeVisible();
  await page
    .getByRole('group', { name: /^Time to serve/ })
    .getByRole('radio', { name: '2', exact: true })
    .check();
  await page
    .getByRole('group', { name: /^Climate at work/ })
    .getByRole('radio', { name: '4', exact: true })
    .check();
  await nextStep(page, '5-staff');

  const targetOf = (name: RegExp) =>
    page.getByRole('listitem').filter({ has: page.getByLabel(name) });
  await expect(targetOf(/Target for Communication/)).toContainText('Today: 2.0');
  await page.getByLabel(/Target for Communication/).selectOption('5');
  await page.getByLabel(/Target for Smoothness/).selectOption('4');
  // The staff statements get targets too, so the staff check has a gap of its own.
  await expect(targetOf(/Target for Time to serve/)).toContainText('Today: 2.0');
  await page.getByLabel(/Target for Time to serve/).selectOption('4');
  await nextStep(page, '6-targets');

  await expect(page.getByText('Largest gaps: Communication, Smoothness.')).toBeVisible();
  await expect(page.getByText('Your strongest principles: Genuine encounter.')).toBeVisible();
  await page
    .getByLabel('Current-state statement')
    .fill('Our carers are warm, but information gets lost between visits.');
  await page.getByRole('button', { name: '+ Add strength' }).click();
  await page
    .getByRole('textbox', { name: 'Strength 1' })
    .fill('Carers who know their clients well');
  await page.getByRole('button', { name: '+ Add weakness' }).click();
  await page.getByRole('textbox', { name: 'Weakness 1' }).fill('Messages between shifts get lost');
  await page.getByRole('radio', { name: 'No: we formulate a target culture' }).check();
  await page
    .getByLabel('Target-culture statement')
    .fill('Every client and relative knows what happens next and whom to call.');
  await nextStep(page, '7-statements');

  await expect(page.getByRole('heading', { name: 'Ideas for Communication' })).toBeVisible();
  await expect(
    page.getByRole('heading', { name: 'Typical in the sector: Health and social care' }),
  ).toBeVisible();
  const ideas = [
    'Tell the customer proactively what happens next at every stage',
    'Give every client a short written summary of what was agreed and whom to call',
    'Walk through the customer journey and remove the three worst hassles',
  ];
  for (const idea of ideas) {
    await page
      .getByRole('listitem')
      .filter({ hasText: idea })
      .getByRole('button', { name: 'Pick' })
      .click();
  }
  await page.getByLabel('Your own action').fill('Name a contact nurse for every new client');
  await page.getByRole('button', { name: 'Add action' }).click();
  await expect(page.getByText('Actions picked: 4.')).toBeVisible();
  await nextStep(page, '8-actions');

  await page.getByRole('checkbox', { name: /Name a contact nurse for every new client/ }).check();
  await page.getByLabel('Owner: Name a contact nurse for every new client').fill('Riikka');
  await expect(page.getByText('★ 1.')).toBeVisible();
  await nextStep(page, '9-quick-wins');

  await expect(page.getByText('Step 10 of 10')).toBeVisible();
  await expect(
    page.getByText(
      'Feedback items: 2 · Critical moments: 1 · Principles rated: 3 / 7 · Actions: 4',
    ),
  ).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/10-plan.png`, fullPage: true });
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download PDF plan' }).click(),
  ]);
  if (SHOTS) await download.saveAs(`${SHOTS}/plan.pdf`);
  const text = await downloadedPdfText(download);
  expect(text).toContain('Kotihoito Lähellä');
  expect(text).toContain('Our carers are warm, but information gets lost between visits.');
  expect(text).toContain('Every client and relative knows what happens next and whom to call.');
  expect(text).toContain('Name a contact nurse for every new client (Riikka)');
  expect(text).toContain(
    'Give every client a short written summary of what was agreed and whom to call',
  );
  expect(text).toContain('Results and next steps');
  expect(text).toContain('We help older people live safely at home.');
  expect(text).toContain('Carers who know their clients well');
  expect(text).toContain('Messages between shifts get lost');
  expect(text).toContain('Closeness We take the time to listen at every visit.');
  // One person's ratings: no spread or group columns that could only hold dashes.
  expect(text).not.toContain('Spread (SD)');
  expect(text).not.toContain('Groups differ');
  expect(text).toContain('Staff experience check');
  expect(text).toMatch(/Time to serve\s+2\.0/);
  expect(text).toMatch(/Time to serve \(Staff experience\)\s+2\.0\s+4\b/);

  // Back keeps what was typed; the workshop's own screens show the same answers.
  await page.getByRole('link', { name: 'Statements' }).click();
  await expect(page.getByLabel('Target-culture statement')).toHaveValue(
    'Every client and relative knows what happens next and whom to call.',
  );
  await page.getByRole('link', { name: 'Target state', exact: true }).click();
  await expect(page.getByLabel('Target-culture statement')).toHaveValue(
    'Every client and relative knows what happens next and whom to call.',
  );
});
