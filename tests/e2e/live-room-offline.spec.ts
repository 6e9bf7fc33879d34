import { expect, test } from '@playwright/test';
import { createWorkshop, useEnglish } from './helpers';
import { joinPhone as phone, received, startPageRelay, type PageRelay } from './room-relay';

// A live room without a relay: prepared before the relay runs, or with a relay that never answers.
const RELAY_PORT = Number(process.env.LIVE_RELAY_PORT ?? 4521) + 1;
// Nothing listens on this port of ours.
const NO_RELAY_PORT = RELAY_PORT + 17;
let relay: PageRelay | null = null;

test.afterAll(async () => {
  await relay?.dispose();
});

test('a room prepared without a relay goes out to the phones when the relay appears', async ({
  page,
  browser,
}) => {
  await useEnglish(page);
  await createWorkshop(page, {
    organisation: 'Kauppa Oy',
    title: 'Valmisteltu etukäteen',
    language: 'Finnish',
  });
  await page.getByRole('link', { name: 'Live room' }).click();
  await page.getByLabel('Relay address').fill(`127.0.0.1:${RELAY_PORT}`);
  await page.getByRole('button', { name: 'Save address' }).click();
  await page.getByRole('button', { name: 'Start a live room' }).click();
  await expect(
    page.getByRole('alert').filter({ hasText: 'The relay cannot be reached' }),
  ).toBeVisible();
  await page.getByLabel('Activity', { exact: true }).selectOption({ label: 'Ideas for actions' });
  await page.getByLabel('Principle', { exact: true }).selectOption({ label: 'Communication' });
  await page.getByRole('button', { name: 'Add and show on the phones' }).click();
  await expect(page.getByRole('button', { name: 'Reveal: Ideas for actions' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('button', { name: 'Reveal: Ideas for actions' })).toBeVisible();

  relay = await startPageRelay(RELAY_PORT);
  await expect(page.getByRole('status').filter({ hasText: 'Connected to the relay' })).toBeVisible({
    timeout: 30_000,
  });
  const link = await page
    .getByRole('img', { name: 'QR code to join the room' })
    .first()
    .getAttribute('data-link');
  const maija = await phone(browser, link!, 'Maija');
  await maija.getByLabel('Ideasi').fill('Soittopyyntö verkkosivulta');
  await maija.getByRole('button', { name: 'Lisää idea' }).tap();
  await received(maija, 1);
  await expect(page.getByText('Answers: 1 from 1 person').first()).toBeVisible();
  await maija.context().close();
});

test('a relay that does not answer is said plainly, and room mode is one click away', async ({
  page,
}) => {
  await useEnglish(page);
  await createWorkshop(page, { organisation: 'Kauppa Oy', title: 'Ilman välityspalvelinta' });
  await page.getByRole('link', { name: 'Live room' }).click();
  await page.getByLabel('Relay address').fill('http://example.com');
  await page.getByRole('button', { name: 'Save address' }).click();
  await expect(page.getByText(/security policy does not allow this address/)).toBeVisible();
  await page.getByLabel('Relay address').fill(`http://127.0.0.1:${NO_RELAY_PORT}`);
  await page.getByRole('button', { name: 'Save address' }).click();
  await page.getByRole('button', { name: 'Start a live room' }).click();
  await expect(
    page.getByRole('alert').filter({ hasText: 'The relay cannot be reached' }),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Room mode' }).click();
  await expect(page.getByRole('dialog', { name: 'Start room mode' })).toBeVisible();
  await page.keyboard.press('Escape');

  // The staff experience check (as the agenda's step asks for it) falls back to its own room mode.
  await page.goto(`${page.url().split('?')[0]}?activity=staffRatings`);
  await expect(
    page.getByRole('alert').filter({ hasText: 'The relay cannot be reached' }),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Room mode' }).click();
  const start = page.getByRole('dialog', { name: 'Start room mode' });
  await expect(start).toContainText('Activity: Staff experience check');
  await start.getByLabel('Facilitator PIN (4–6 digits)').fill('5836');
  await start.getByLabel('PIN again').fill('5836');
  await start.getByRole('button', { name: 'Start room mode' }).click();
  await expect(page).toHaveURL(/\/room\/[^/]+$/);
  await expect(page.getByText('Climate at work').first()).toBeVisible();
});
