import { expect, test, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { createWorkshop, expectNoSeriousA11yViolations, useEnglish, waitForSaved } from './helpers';

async function addAction(page: Page, title: string) {
  await page.getByLabel('Action', { exact: true }).first().fill(title);
  await page.getByRole('button', { name: 'Add action' }).click();
  await expect(page.getByRole('textbox', { name: 'Action', exact: true }).last()).toHaveValue(
    title,
  );
}

test('prioritise by dragging with mouse and keyboard, vote, pick small improvements, and export CSV and calendar', async ({
  page,
}) => {
  // A tall window keeps the whole matrix in view, so the drag needs no auto-scrolling. Set
  // first: a resize that reaches the page during a drag cancels it (dnd-kit listens for it),
  // and on a busy machine a late resize event did (stress run, docs/reliability.md).
  await page.setViewportSize({ width: 1280, height: 1600 });
  await useEnglish(page);
  await createWorkshop(page, { organisation: 'Kahvila Oy', title: 'Polku' });
  await page.goto(page.url().replace(/current$/, 'target/participants'));
  await page.getByLabel('Name or role').first().fill('Sanna');
  await page.getByRole('button', { name: 'Add participant' }).click();
  await expect(page.getByText('1 participant', { exact: true })).toBeVisible();

  await page.goto(page.url().replace(/target\/participants$/, 'path'));
  await addAction(page, 'Jonotiedote; näyttö');
  await addAction(page, 'Palautehetki');
  const parts = page.getByRole('navigation', { name: 'Parts of the development path' });
  await parts.getByRole('link', { name: 'Prioritise' }).click();
  const quickWins = page.getByRole('region', {
    name: 'Easy and effective (high impact, low effort)',
  });
  const major = page.getByRole('region', { name: 'Major projects (high impact, high effort)' });

  // Mouse.
  await page
    .getByRole('heading', { name: 'Impact and effort' })
    .evaluate((element) => element.scrollIntoView());
  const unplaced = page.getByRole('region', { name: 'Not placed yet' });
  const from = await unplaced
    .getByRole('button', { name: 'Jonotiedote; näyttö', exact: true })
    .boundingBox();
  await page.mouse.move(from!.x + 10, from!.y + 10);
  await page.mouse.down();
  // As a user watches the highlight: move to where the area is now, until it says the card is
  // over it (a late layout change must not turn into a drop beside it).
  await expect(async () => {
    const to = (await quickWins.boundingBox())!;
    await page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 12 });
    await expect(
      page
        .getByRole('status')
        .filter({ hasText: 'Jonotiedote; näyttö is over Easy and effective' }),
    ).toHaveCount(1, { timeout: 1_000 });
  }).toPass({ timeout: 15_000 });
  await page.mouse.up();
  await expect(
    quickWins.getByRole('button', { name: 'Jonotiedote; näyttö', exact: true }),
  ).toBeVisible();
  // Keyboard: pick up with Space, move with the arrow keys, drop with Space.
  const card = unplaced.getByRole('button', { name: 'Palautehetki', exact: true });
  await expect(async () => {
    await card.focus();
    await expect(card).toBeFocused({ timeout: 200 });
  }).toPass();
  // An arrow key moves the picked-up card to the next area: up to the fill-ins, up again to the
  // easy and effective ones, right to the major projects. Each step waits for what a screen
  // reader hears, so no key is pressed before the previous one has been applied.
  const heard = (text: string) =>
    expect(page.getByRole('status').filter({ hasText: text })).toHaveCount(1);
  await page.keyboard.press('Space');
  await heard('Palautehetki is over Not placed yet');
  // dnd-kit starts listening for the arrow keys in a task queued when the card was picked up: a
  // key pressed before it runs is lost (it was, under load). A task queued now runs after it.
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 0)));
  await page.keyboard.press('ArrowUp');
  await heard('Palautehetki is over Fill-ins');
  await page.keyboard.press('ArrowUp');
  await heard('Palautehetki is over Easy and effective');
  await page.keyboard.press('ArrowRight');
  await heard('Palautehetki is over Major projects');
  await page.keyboard.press('Space');
  await expect(major.getByRole('button', { name: 'Palautehetki', exact: true })).toBeVisible();
  // From anywhere in its own area, one key goes to the next area; Escape puts the card back.
  const placed = quickWins.getByRole('button', { name: 'Jonotiedote; näyttö', exact: true });
  await placed.focus();
  await page.keyboard.press('Space');
  await heard('Jonotiedote; näyttö is over Easy and effective');
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 0)));
  await page.keyboard.press('ArrowRight');
  await heard('Jonotiedote; näyttö is over Major projects');
  await page.keyboard.press('Escape');
  await heard('Moving Jonotiedote; näyttö was cancelled.');
  await expect(placed).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await expect(page.getByLabel('Whose dots are placed')).toHaveValue(/.+/);
  await page.getByLabel('Whose dots are placed').selectOption({ label: 'Sanna' });
  await expect(page.getByRole('columnheader', { name: 'Sanna’s dots' })).toBeVisible();
  await page.getByRole('button', { name: 'Give a dot from Sanna to “Palautehetki”' }).click();
  await page.getByRole('button', { name: 'Give a dot from Sanna to “Palautehetki”' }).click();
  await expect(page.getByText('Sanna – dots left: 3')).toBeVisible();
  await page.getByLabel('Small improvement 1').selectOption({ label: '★ Jonotiedote; näyttö' });
  await parts.getByRole('link', { name: 'Actions' }).click();
  await expect(page.getByRole('group', { name: /Action 1.*Small improvement 1/ })).toBeVisible();

  await parts.getByRole('link', { name: 'Follow-up' }).click();
  await page.getByRole('button', { name: '+ Schedule a review' }).click();
  await page.getByRole('group', { name: 'Review 1' }).getByLabel('Date').fill('2027-03-01');
  await page
    .getByRole('group', { name: 'Review 1' })
    .getByLabel('Who reports to the management team')
    .fill('Toimitusjohtaja, kahvila');
  await expectNoSeriousA11yViolations(page);
  await waitForSaved(page);

  await parts.getByRole('link', { name: 'Actions' }).click();
  const [csvDownload] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export actions (CSV)' }).click(),
  ]);
  expect(csvDownload.suggestedFilename()).toBe('kahvila-oy-polku-actions.csv');
  const csv = await readFile(await csvDownload.path(), 'utf8');
  expect(csv.startsWith('\uFEFFPriority;Action;Category')).toBe(true);
  expect(csv).toContain('"Jonotiedote; näyttö";Other;One-off project;;;;Planned;5;2;0');
  expect(csv).toContain('Palautehetki;Other;One-off project;;;;Planned;5;4;2');

  const [icsDownload] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export the follow-up calendar (.ics)' }).click(),
  ]);
  const ics = (await readFile(await icsDownload.path(), 'utf8')).replace(/\r\n /g, '');
  expect(ics).toContain('DTSTART;VALUE=DATE:20270301');
  expect(ics).toContain('DESCRIPTION:Toimitusjohtaja\\, kahvila');
});

test('the roadmap shows actions by quarter and flags overdue ones', async ({ page }) => {
  await useEnglish(page);
  await createWorkshop(page, { organisation: 'Kunta', title: 'Aikajana' });
  await page.goto(page.url().replace(/current$/, 'path'));
  await page.getByLabel('Action', { exact: true }).first().fill('Vanha rästi');
  await page.getByLabel('Due date').first().fill('2020-01-15');
  await page.getByRole('button', { name: 'Add action' }).click();
  await expect(page.getByRole('group', { name: /Action 1.*Overdue/ })).toBeVisible();
  await page
    .getByRole('navigation', { name: 'Parts of the development path' })
    .getByRole('link', { name: 'Roadmap' })
    .click();
  await expect(page.getByRole('columnheader', { name: '2020-Q1' })).toBeVisible();
  await expect(page.getByText('⚠ Overdue: Vanha rästi')).toBeVisible();
  await page.getByLabel('Periods').selectOption('month');
  await expect(page.getByRole('columnheader', { name: '2020-01' })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});
