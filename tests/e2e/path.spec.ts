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
  const to = await quickWins.boundingBox();
  await page.mouse.move(from!.x + 10, from!.y + 10);
  await page.mouse.down();
  await page.mouse.move(to!.x + to!.width / 2, to!.y + to!.height / 2, { steps: 12 });
  await page.mouse.up();
  await expect(
    quickWins.getByRole('button', { name: 'Jonotiedote; näyttö', exact: true }),
  ).toBeVisible();
  // Keyboard: pick up with Space, move right and up, drop with Space.
  const card = unplaced.getByRole('button', { name: 'Palautehetki', exact: true });
  await expect(async () => {
    await card.focus();
    await expect(card).toBeFocused({ timeout: 200 });
  }).toPass();
  const box = (await major.boundingBox())!;
  const start = (await card.boundingBox())!;
  // dnd-kit's keyboard sensor moves a picked-up card 25 px per arrow key.
  const up = Math.ceil((start.y + start.height / 2 - (box.y + box.height / 2)) / 25);
  const right = Math.ceil((box.x + box.width / 2 - (start.x + start.width / 2)) / 25);
  const press = async (key: string) => {
    await page.keyboard.press(key);
    // Each step is applied on the next animation frame: wait until two have been drawn.
    await page.evaluate(
      () =>
        new Promise<void>((resolve) =>
          requestAnimationFrame(() => requestAnimationFrame(() => resolve())),
        ),
    );
  };
  await press('Space');
  for (let i = 0; i < up; i += 1) await press('ArrowUp');
  for (let i = 0; i < right; i += 1) await press('ArrowRight');
  await press('Space');
  await expect(major.getByRole('button', { name: 'Palautehetki', exact: true })).toBeVisible();
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
