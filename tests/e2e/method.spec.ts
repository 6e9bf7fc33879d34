import { expect, test } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { createWorkshop, expectNoSeriousA11yViolations, useEnglish, waitForSaved } from './helpers';

const SHOTS = '/tmp/method/shots';

test('a weekly routine stands apart on the roadmap, recurs in the calendar and is asked about at a review', async ({
  page,
}) => {
  await useEnglish(page);
  await createWorkshop(page, { organisation: 'Kahvila Oy', title: 'Rutiinit' });
  await page.goto(page.url().replace(/current$/, 'path'));
  await page
    .getByLabel('Action', { exact: true })
    .first()
    .fill('Kuvattu palvelutilanne viikkopalaverissa');
  await page.getByRole('button', { name: 'Add action' }).click();
  await page.getByLabel('Action', { exact: true }).first().fill('Uusi kassajärjestelmä');
  await page.getByRole('button', { name: 'Add action' }).click();
  const first = page.getByRole('group', { name: /^Action 1/ });
  await first.getByText('More details').click();
  await first.getByLabel('Kind of action').selectOption({ label: 'Weekly routine' });
  await expect(first.getByText('↻ Weekly routine')).toBeVisible();
  await first.getByLabel('Start date').fill('2027-01-08');
  await page
    .getByRole('group', { name: /^Action 2/ })
    .getByLabel('Due date')
    .fill('2027-03-31');

  const parts = page.getByRole('navigation', { name: 'Parts of the development path' });
  await parts.getByRole('link', { name: 'Roadmap' }).click();
  const routines = page.getByRole('region', { name: 'Routines' });
  await expect(
    routines.getByRole('row', { name: /Kuvattu palvelutilanne viikkopalaverissa Weekly routine/ }),
  ).toContainText('Not asked yet');
  const timeline = page.getByRole('table', { name: /Actions by period/ });
  await expect(timeline).toContainText('Uusi kassajärjestelmä');
  await expect(timeline).not.toContainText('Kuvattu palvelutilanne');

  await parts.getByRole('link', { name: 'Follow-up' }).click();
  await page.getByRole('button', { name: 'Schedule a review' }).click();
  const review = page.getByRole('listitem').filter({ hasText: 'Review 1' });
  await review.getByLabel('Date').fill('2027-02-01');
  await review.getByLabel('Held').check();
  const check = review.getByRole('group', { name: /Kuvattu palvelutilanne/ });
  await check.getByRole('radio', { name: 'Partly' }).check();
  await expect(review.getByText('1 partly', { exact: false })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await page.reload();
  await expect(
    page
      .getByRole('group', { name: /Kuvattu palvelutilanne/ })
      .getByRole('radio', { name: 'Partly' }),
  ).toBeChecked();
  await parts.getByRole('link', { name: 'Roadmap' }).click();
  await expect(page.getByRole('region', { name: 'Routines' })).toContainText('Partly');

  await parts.getByRole('link', { name: 'Actions' }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export the follow-up calendar (.ics)' }).click(),
  ]);
  const ics = (await readFile(await download.path(), 'utf8')).replace(/\r\n /g, '');
  const routine = ics.split('BEGIN:VEVENT').find((event) => event.includes('SUMMARY:Routine:'));
  expect(routine).toContain('SUMMARY:Routine: Kuvattu palvelutilanne viikkopalaverissa\r\n');
  expect(routine).toContain('DTSTART;VALUE=DATE:20270108\r\n');
  expect(ics.match(/RRULE:FREQ=WEEKLY/g)).toHaveLength(1);
  expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(2);
});

test('the change agent and the sponsor are named on the path and report at reviews', async ({
  page,
}) => {
  await useEnglish(page);
  await createWorkshop(page, { organisation: 'Kahvila Oy', title: 'Sitoumus' });
  await page.goto(page.url().replace(/current$/, 'path'));
  await expect(page.getByText('No change agent or management sponsor named yet.')).toBeVisible();
  await page.getByRole('link', { name: 'Name the change agent and the sponsor' }).click();
  const agent = page.getByRole('region', { name: 'Change agent', exact: true });
  await agent.getByLabel('Name').fill('Sanna Virtanen');
  await agent.getByLabel('Role in the organisation').fill('Laatupäällikkö');
  await agent.getByLabel('Time reserved').fill('Päivä viikossa');
  const sponsor = page.getByRole('region', { name: 'Management sponsor' });
  await sponsor.getByLabel('Name').fill('Matti Järvinen');
  await sponsor.getByLabel('Commitment statement').fill('Johtoryhmä seuraa <b>joka kuukausi</b>.');
  await waitForSaved(page);
  await expectNoSeriousA11yViolations(page);
  await page.reload();
  await expect(
    page.getByRole('region', { name: 'Management sponsor' }).getByLabel('Commitment statement'),
  ).toHaveValue('Johtoryhmä seuraa <b>joka kuukausi</b>.');

  const parts = page.getByRole('navigation', { name: 'Parts of the development path' });
  await parts.getByRole('link', { name: 'Actions' }).click();
  await expect(page.getByText('Change agent: Sanna Virtanen (Laatupäällikkö)')).toBeVisible();
  await expect(page.getByText('Management sponsor: Matti Järvinen')).toBeVisible();
  await parts.getByRole('link', { name: 'Follow-up' }).click();
  await page.getByRole('button', { name: 'Schedule a review' }).click();
  await page.getByLabel('Report by the change agent, Sanna Virtanen').fill('Hyvin alkanut');
  await waitForSaved(page);
});

test('screenshots of routines, the change agent and the follow-up in the sample', async ({
  page,
}) => {
  for (const [language, open, roadmap, changeAgent, followUp, prioritise, effort] of [
    [
      'en',
      'Open sample workshop',
      'Roadmap',
      'Change agent',
      'Follow-up',
      'Prioritise',
      'Effort by segment',
    ],
    [
      'fi',
      'Avaa esimerkkityöpaja',
      'Aikajana',
      'Muutosagentti',
      'Seuranta',
      'Priorisointi',
      'Työmäärä asiakasryhmittäin',
    ],
  ] as const) {
    await page.goto('/');
    await page.getByLabel(/^(Language|Kieli)$/).selectOption(language);
    await page.getByRole('button', { name: open }).click();
    await page
      .getByRole('link', { name: /^(Development path|Kehittämispolku)$/ })
      .first()
      .click();
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.screenshot({ path: `${SHOTS}/method-path-${language}.png` });
    const parts = page.getByRole('navigation', { name: /development path|Kehittämispolun/i });
    await parts.getByRole('link', { name: prioritise }).click();
    const bySegment = page.getByRole('region', { name: effort });
    await expect(bySegment.getByRole('row')).toHaveCount(5);
    await bySegment.screenshot({ path: `${SHOTS}/method-segment-effort-${language}.png` });
    await parts.getByRole('link', { name: roadmap }).click();
    await expect(page).toHaveURL(/path\/roadmap$/);
    await page.screenshot({ path: `${SHOTS}/method-roadmap-${language}.png`, fullPage: true });
    await parts.getByRole('link', { name: changeAgent }).click();
    await expect(page).toHaveURL(/path\/change-agent$/);
    await page.screenshot({ path: `${SHOTS}/method-change-agent-${language}.png`, fullPage: true });
    await expectNoSeriousA11yViolations(page);
    await parts.getByRole('link', { name: followUp }).click();
    // The next address is made from this one: wait until the click has navigated.
    await expect(page).toHaveURL(/path\/follow-up$/);
    await page.screenshot({ path: `${SHOTS}/method-follow-up-${language}.png`, fullPage: true });
    await page.goto(page.url().replace(/path\/follow-up$/, 'target/indicators'));
    await expect(page.getByRole('region', { name: /^(Word of mouth|Puskaradio)$/ })).toContainText(
      /3\/18 (→|to) 6\/12|3\/18 tavoitteeseen 6\/12/,
    );
    await page.screenshot({ path: `${SHOTS}/method-indicators-${language}.png`, fullPage: true });
  }
});
