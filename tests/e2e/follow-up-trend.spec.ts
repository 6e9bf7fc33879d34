import { expect, test, type Page } from '@playwright/test';
import { downloadedPdfText, expectNoSeriousA11yViolations, useEnglish } from './helpers';

/** The sample's follow-up screen: one held review and one planned. */
async function openSampleFollowUp(page: Page) {
  await page.getByRole('button', { name: 'Open sample workshop' }).click();
  await page.waitForURL(/\/current$/);
  await page.goto(page.url().replace(/current$/, 'path/follow-up'));
}

/** The plan exported from the report screen, as pdftotext reads it. */
async function exportedPlanText(page: Page) {
  await page.getByRole('link', { name: 'Report', exact: true }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export PDF' }).click(),
  ]);
  return downloadedPdfText(download);
}

const reviewCard = (page: Page, name: string) =>
  page.getByRole('listitem').filter({ has: page.getByRole('group', { name, exact: true }) });

test('the follow-up shows the trend per principle as charts with their table, and the PDF holds it', async ({
  page,
}) => {
  await useEnglish(page);
  await openSampleFollowUp(page);

  // The sample's second review is planned: hold it and rate communication again.
  const second = reviewCard(page, 'Review 2');
  await second.getByLabel('Date').fill('2027-06-01');
  await second.getByRole('checkbox', { name: 'Rate the principles again at this review' }).check();
  const communication = second.getByRole('group', { name: 'Communication' }).first();
  await communication.getByRole('radio', { name: '5' }).check();

  const principles = page.getByRole('region', { name: 'Trend per principle' });
  const chart = principles.getByRole('img', { name: /^Communication: / });
  // Workshop, the held review, and the review rated just now (one person: 5.0).
  await expect(chart).toHaveAccessibleName(/Workshop 2\.7, .* 3\.7, Jun 2027 5\.0; Target 4\.0$/);
  await expect(chart.getByText('5.0')).toBeVisible();
  await expect(principles.getByRole('img', { name: /: .*Workshop/ })).toHaveCount(7);

  await principles.getByText('Show the figures as a table').click();
  const table = principles.getByRole('table', {
    name: 'Mean per principle at the workshop and at each review, and the target',
  });
  await expect(table.getByRole('row', { name: /^Communication/ }).getByRole('cell')).toHaveText([
    '2.7',
    '3.7',
    '5.0',
    '4.0',
  ]);
  await expectNoSeriousA11yViolations(page);

  const text = await exportedPlanText(page);
  expect(text).toContain('Word of mouth over time');
  // The charts come after the follow-up's reviews: titles, targets, the dates on the axis and
  // the means printed by their points (pdftotext reads the two columns of charts interleaved).
  const start = text.indexOf('Trend per principle');
  expect(start).toBeGreaterThan(-1);
  const trend = text.slice(start);
  for (const words of ['Communication', 'Target 4.0', 'Jun 2027', '2.7', '3.7', '5.0'])
    expect(trend).toContain(words);
});

test('a review re-rates the staff experience: its chart and table follow, and the plan charts it', async ({
  page,
}) => {
  await useEnglish(page);
  await openSampleFollowUp(page);

  // The sample's second review is planned: date it and have one staff member rate again.
  const second = reviewCard(page, 'Review 2');
  await second.getByLabel('Date').fill('2027-06-01');
  await second
    .getByRole('checkbox', { name: 'Rate the staff experience again at this review' })
    .check();
  const workload = second.getByRole('group', { name: 'Time to serve' }).first();
  await workload.getByRole('radio', { name: '5' }).check();
  await expect(
    second.getByText('Staff experience ratings at this review (given: 1)'),
  ).toBeVisible();

  const staff = page.getByRole('region', { name: 'Trend of the staff experience' });
  const chart = staff.getByRole('img', { name: /^Time to serve: / });
  // The workshop's own check, the held review's re-rating, and the one given just now.
  await expect(chart).toHaveAccessibleName(/Workshop 1\.8, .* 2\.8, Jun 2027 5\.0; Target 3\.0$/);
  await expect(chart.getByText('5.0')).toBeVisible();
  await staff.getByText('Show the figures as a table').click();
  const table = staff.getByRole('table', {
    name: 'Mean per staff statement at the workshop and at each review, and the target',
  });
  await expect(table.getByRole('row', { name: /^Time to serve/ }).getByRole('cell')).toHaveText([
    '1.8',
    '2.8',
    '5.0',
    '3.0',
  ]);
  await expectNoSeriousA11yViolations(page);

  // The re-rating is stored, and the staff check's own results have not moved.
  await page.reload();
  await expect(
    page
      .getByRole('region', { name: 'Trend of the staff experience' })
      .getByRole('img', { name: /^Time to serve: / }),
  ).toHaveAccessibleName(/Jun 2027 5\.0; Target 3\.0$/);
  const text = await exportedPlanText(page);
  expect(text.replace(/\s+/g, ' ')).toMatch(/Time to serve 1\.8 1–3 0\.7 3 1\.2/);
  const start = text.indexOf('Trend of the staff experience');
  expect(start).toBeGreaterThan(-1);
  const trend = text.slice(start);
  for (const words of ['Time to serve', 'Target 3.0', 'Jun 2027', '1.8', '2.8', '5.0'])
    expect(trend).toContain(words);
});

test('a reading typed at a review joins the indicator’s chart and table, and the plan lists it', async ({
  page,
}) => {
  await useEnglish(page);
  await openSampleFollowUp(page);

  // The sample's second review is planned: date it and record what the complaints read.
  const second = reviewCard(page, 'Review 2');
  await second.getByLabel('Date').fill('2027-06-01');
  const readings = second.getByRole('group', { name: 'Indicator readings at this review' });
  const complaints = readings.getByLabel('Share of complaints about the reception');
  await expect(complaints).toHaveAccessibleDescription(/^Unit %, baseline 40%, target 15% by /);
  await complaints.fill('24%');

  const chart = page.getByRole('img', { name: /^Share of complaints about the reception \(%\): / });
  await expect(chart).toHaveAccessibleName(/ 40, .* 32, Jun 2027 24; Target 15%$/);
  await expect(chart.getByText('24', { exact: true })).toBeVisible();
  await page.getByText('Show the readings as a table').click();
  const table = page.getByRole('table', {
    name: 'Share of complaints about the reception (%): baseline, readings at the reviews and target',
  });
  await expect(table.getByRole('cell')).toHaveText(['40%', '32%', '24%', '15%']);
  await expectNoSeriousA11yViolations(page);

  // The reading is stored: it is still there after a reload.
  await page.reload();
  await expect(
    page
      .getByRole('group', { name: 'Indicator readings at this review' })
      .nth(1)
      .getByLabel('Share of complaints about the reception'),
  ).toHaveValue('24%');

  const text = (await exportedPlanText(page)).replace(/\s+/g, ' ');
  expect(text).toContain('Indicators: Share of complaints about the reception 24%');
  expect(text).toContain('Indicators over the reviews');
});
