import { expect, test, type Page } from '@playwright/test';
import { createWorkshop, expectNoSeriousA11yViolations, useEnglish } from './helpers';

const SHOTS = '/tmp/room';
const PIN = '5836';

/** One participant's turn: a score for every principle and a comment no one else may see. */
async function enterRatings(page: Page, score: string, secret: string) {
  await expect(page.getByRole('heading', { name: 'Your turn' })).toBeVisible();
  const groups = page.getByRole('radiogroup', { name: /^Your rating of / });
  await expect(groups).toHaveCount(7);
  // A fresh view: nothing chosen, no comment left by the previous person.
  await expect(page.getByRole('radio', { checked: true })).toHaveCount(0);
  for (const input of await page.getByLabel('Comment (optional)').all())
    await expect(input).toHaveValue('');
  for (let i = 0; i < 7; i += 1) await groups.nth(i).getByRole('radio', { name: score }).check();
  await page.getByLabel('Comment (optional)').first().fill(secret);
  await page.getByRole('button', { name: 'Done, pass the device on' }).click();
  await expect(page.getByRole('heading', { name: 'Thank you, your entry is saved' })).toBeVisible();
  await expect(page.getByText(secret)).toHaveCount(0);
  await expect(page.locator('body')).not.toContainText(secret);
}

test('three participants rate in hidden room mode; only the PIN ends it; reveal shows all three', async ({
  page,
  context,
}) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  await useEnglish(page);
  await createWorkshop(page, { organisation: 'Huone Oy', title: 'Yhteinen laite' });
  const workshopUrl = page.url().replace(/\/current$/, '');

  // Offline from here on: room mode needs no network.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.reload();
  await expect
    .poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller)))
    .toBe(true);
  await context.setOffline(true);

  await page.goto(`${workshopUrl}/target/rate`);
  await page.getByRole('button', { name: 'Room mode' }).click();
  const start = page.getByRole('dialog', { name: 'Start room mode' });
  await start.getByLabel('Facilitator PIN (4–6 digits)').fill(PIN);
  await start.getByLabel('PIN again').fill(PIN);
  await expect(start.getByRole('radio', { name: /Anonymous/ })).toBeChecked();
  await page.screenshot({ path: `${SHOTS}/start-dialog-tablet.png` });
  await start.getByRole('button', { name: 'Start room mode' }).click();
  await expect(page).toHaveURL(/\/room\/[^/]+$/);
  const roomUrl = page.url();
  await expect(page.getByRole('navigation')).toHaveCount(0);
  await expect(page.getByText('Entries so far: 0')).toBeVisible();

  await expectNoSeriousA11yViolations(page);
  await page.screenshot({ path: `${SHOTS}/participant-tablet.png`, fullPage: true });

  const secrets = ['first-voice-note', 'second-voice-note', 'third-voice-note'];
  const scores = ['2', '4', '5'];
  for (const [index, secret] of secrets.entries()) {
    if (index > 0) {
      await page.getByRole('button', { name: 'I am next: start my entry' }).click();
      for (const earlier of secrets.slice(0, index))
        await expect(page.locator('body')).not.toContainText(earlier);
    }
    await enterRatings(page, scores[index]!, secret);
    await expect(page.getByText(`Entries so far: ${index + 1}`)).toBeVisible();
    if (index === 0) await page.screenshot({ path: `${SHOTS}/handover-tablet.png` });
  }
  await page.getByRole('button', { name: 'I am next: start my entry' }).click();

  // Escape and the back button change nothing.
  await page.keyboard.press('Escape');
  await expect(page).toHaveURL(roomUrl);
  await page.goBack();
  await expect(page).toHaveURL(roomUrl);
  await expect(page.getByRole('heading', { name: 'Your turn' })).toBeVisible();

  // A wrong PIN: a clear message, and room mode stays on.
  await page.getByRole('button', { name: 'Facilitator: end room mode' }).click();
  const leave = page.getByRole('dialog', { name: 'End room mode' });
  await leave.getByLabel('Facilitator PIN').fill('0000');
  await leave.getByRole('button', { name: 'End room mode' }).click();
  await expect(leave.getByRole('alert')).toHaveText('Wrong PIN. Room mode stays on.');
  await page.screenshot({ path: `${SHOTS}/wrong-pin-tablet.png` });
  await page.keyboard.press('Escape');
  await expect(leave).toBeHidden();
  await expect(page).toHaveURL(roomUrl);

  // A reload and a typed URL land back in the participant view.
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Your turn' })).toBeVisible();
  await expect(page).toHaveURL(roomUrl);
  for (const path of ['/target/results', '/report', '/path']) {
    await page.goto(`${workshopUrl}${path}`);
    await expect(page).toHaveURL(roomUrl);
    await expect(page.getByRole('heading', { name: 'Your turn' })).toBeVisible();
  }
  await page.goto('/');
  await expect(page).toHaveURL(roomUrl);
  await expect(page.getByText('Entries so far: 3')).toBeVisible();
  // Site storage cleared but for the database (a first start as far as the app can tell at
  // once): the room check still leads back to the participant view.
  await page.evaluate(() => localStorage.clear());
  await page.goto('/');
  await expect(page).toHaveURL(roomUrl);
  await expect(page.getByText('Entries so far: 3')).toBeVisible();

  // The right PIN ends room mode; the entries stay hidden until revealed.
  await page.getByRole('button', { name: 'Facilitator: end room mode' }).click();
  await leave.getByLabel('Facilitator PIN').fill(PIN);
  await leave.getByRole('button', { name: 'End room mode' }).click();
  await expect(page).toHaveURL(/\/room\/[^/]+\/reveal$/);
  const revealUrl = page.url();
  await expect(page.getByText('Hidden entries: 3.')).toBeVisible();

  await page.goto(`${workshopUrl}/target/results`);
  await expect(page.getByText('No ratings yet.')).toBeVisible();
  await page.goto(`${workshopUrl}/target/rate`);
  await expect(page.getByText('Room-mode entries waiting to be revealed: 3.')).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/rate-page-pending-tablet.png` });
  await page.getByRole('link', { name: 'Open the reveal screen' }).click();
  await expect(page).toHaveURL(revealUrl);

  await page.getByRole('button', { name: 'Reveal all entries' }).click();
  await expect(page.getByText('Entries revealed: 3.')).toBeVisible();
  const smoothness = page.getByRole('row', { name: /Smoothness/ });
  await expect(smoothness).toContainText('3.7');
  await expect(smoothness).toContainText('2–5');
  await expect(smoothness).toContainText('2 · 4 · 5');
  await page.screenshot({ path: `${SHOTS}/reveal-tablet.png`, fullPage: true });
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.screenshot({ path: `${SHOTS}/reveal-laptop.png`, fullPage: true });

  // Revealed entries are the workshop's own data now: the results show all three participants.
  await page.getByRole('link', { name: 'Back to the workshop' }).click();
  await expect(page).toHaveURL(/\/target\/results$/);
  const table = page.getByRole('table', { name: 'The chart as a table' });
  await expect(table.getByRole('row', { name: /Smoothness/ })).toContainText('3.7');
  await page.goto(`${workshopUrl}/target/participants`);
  for (const name of ['Participant 1', 'Participant 2', 'Participant 3'])
    await expect(
      page.getByRole('button', { name: `Delete ${name} and their ratings` }),
    ).toBeVisible();
  await context.setOffline(false);
});

test('the participant view at laptop size, for ideas', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await useEnglish(page);
  await createWorkshop(page, { organisation: 'Idea Oy', title: 'Ideat' });
  await page.goto(page.url().replace(/\/current$/, '/path'));
  await page.getByRole('button', { name: 'Room mode' }).click();
  const start = page.getByRole('dialog', { name: 'Start room mode' });
  await start.getByLabel('Facilitator PIN (4–6 digits)').fill('580317');
  await start.getByLabel('PIN again').fill('580317');
  await start.getByRole('button', { name: 'Start room mode' }).click();
  await page.getByLabel('Idea 1').fill('Text customers when the queue is long');
  await page.screenshot({ path: `${SHOTS}/ideas-laptop.png`, fullPage: true });
  await expectNoSeriousA11yViolations(page);
  // The same view in Finnish keeps what was typed.
  await page.getByLabel('Language').selectOption('fi');
  await expect(page.getByRole('heading', { name: 'Sinun vuorosi' })).toBeVisible();
  await expect(page.getByLabel('Idea 1')).toHaveValue('Text customers when the queue is long');
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.screenshot({ path: `${SHOTS}/ideas-fi-tablet.png` });
  await page.getByLabel('Kieli').selectOption('en');
  await page.getByRole('button', { name: 'Done, pass the device on' }).click();
  await page.getByRole('button', { name: 'I am next: start my entry' }).click();
  await expect(page.getByLabel('Idea 1')).toHaveValue('');
  await page.getByRole('button', { name: 'Facilitator: end room mode' }).click();
  await page.getByLabel('Facilitator PIN').fill('580317');
  await page.getByRole('dialog').getByRole('button', { name: 'End room mode' }).click();
  await page.getByRole('button', { name: 'Reveal all entries' }).click();
  await expect(
    page.getByRole('listitem').filter({ hasText: 'Text customers when the queue is long' }),
  ).toBeVisible();
  await page.getByRole('link', { name: 'Back to the workshop' }).click();
  await expect(
    page.getByRole('button', { name: 'Delete “Text customers when the queue is long”' }),
  ).toBeVisible();
});
