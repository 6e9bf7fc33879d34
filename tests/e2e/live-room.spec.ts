import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import {
  createWorkshop,
  downloadedPdfText,
  expectNoSeriousA11yViolations,
  useEnglish,
} from './helpers';
import { joinPhone as phone, received, startPageRelay, type PageRelay } from './room-relay';

// The facilitator's app and three phones against a real relay on loopback (its own port).
const RELAY_PORT = Number(process.env.LIVE_RELAY_PORT ?? 4521);
const RELAY = `http://127.0.0.1:${RELAY_PORT}`;
let relay: PageRelay;
const start = () => relay.start();
const stop = () => relay.stop();

test.describe.configure({ mode: 'serial' });
test.beforeAll(async () => {
  relay = await startPageRelay(RELAY_PORT);
});
test.afterAll(async () => {
  await relay.dispose();
});

/**
 * Taps a rating until it shows as chosen: on a busy machine a "waiting to send" line appearing
 * above could move the row between locating the radio and the tap, landing on its neighbour.
 */
const choose = async (page: Page, item: string, group: string, value: string) => {
  const radio = page
    .getByRole('article', { name: item })
    .getByRole('group', { name: group })
    .getByRole('radio', { name: value, exact: true });
  await expect(async () => {
    await radio.tap();
    await expect(radio).toBeChecked({ timeout: 2_000 });
  }).toPass();
};
const rate = (page: Page, principle: string, side: 'Nyt' | 'Tavoite', value: string) =>
  choose(page, principle, side, value);
/** A staff statement's answer; its group reads "Vastauksesi: <statement>". */
const rateStaff = (page: Page, statement: string, value: string) =>
  choose(page, statement, `Vastauksesi: ${statement}`, value);

async function exportedTexts(page: Page, workshopUrl: string): Promise<string> {
  await page.goto(`${workshopUrl}/report`);
  const [pdf] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export PDF' }).click(),
  ]);
  let text = await downloadedPdfText(pdf);
  await page.goto(`${workshopUrl}/path`);
  const csvButton = page.getByRole('button', { name: 'Export actions (CSV)' });
  if (await csvButton.isVisible()) {
    const [csv] = await Promise.all([page.waitForEvent('download'), csvButton.click()]);
    text += readFileSync(await csv.path(), 'utf8');
  }
  return text;
}

/** A new Finnish workshop with its live room started on the test's relay. */
async function startLiveRoom(page: Page, title: string): Promise<string> {
  await createWorkshop(page, { organisation: 'Kauppa Oy', title, language: 'Finnish' });
  const workshopUrl = page.url().replace(/\/current$/, '');
  await page.getByRole('link', { name: 'Live room' }).click();
  await page.getByLabel('Relay address').fill(`127.0.0.1:${RELAY_PORT}`);
  await page.getByRole('button', { name: 'Save address' }).click();
  await expect(page.getByText('Relay address saved.')).toBeVisible();
  await page.getByRole('button', { name: 'Start a live room' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Connected to the relay' }),
  ).toBeVisible();
  return workshopUrl;
}

async function joinLink(page: Page): Promise<string> {
  const link = await page
    .getByRole('img', { name: 'QR code to join the room' })
    .first()
    .getAttribute('data-link');
  expect(link).toContain(`${RELAY}/#room=`);
  return link!;
}

async function reveal(page: Page, activity: string) {
  await page.getByRole('button', { name: `Reveal: ${activity}` }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Reveal' }).click();
}

test('three phones rate and propose; nothing shows before the reveal, the reveal adds the records, a relay restart loses nothing', async ({
  page,
  browser,
}) => {
  await useEnglish(page);
  const workshopUrl = await startLiveRoom(page, 'Palvelupäivä');
  await page.getByRole('button', { name: 'Add and show on the phones' }).click();
  const link = await joinLink(page);
  await expectNoSeriousA11yViolations(page);

  const phones = [
    await phone(browser, link, 'Maija'),
    await phone(browser, link, ''),
    await phone(browser, link, ''),
  ];
  const [maija, second, third] = phones as [Page, Page, Page];
  await expect(page.getByText('Joined: 3').first()).toBeVisible();
  await rate(maija, 'Aito kohtaaminen', 'Nyt', '2');
  await rate(maija, 'Aito kohtaaminen', 'Tavoite', '4');
  await rate(second, 'Aito kohtaaminen', 'Nyt', '4');
  await rate(second, 'Aito kohtaaminen', 'Tavoite', '5');
  await rate(third, 'Aito kohtaaminen', 'Nyt', 'En osaa sanoa');
  for (const each of phones) await received(each, 1);

  // The relay stops mid-room: the facilitator sees it and may fall back; the phones keep answering.
  await stop();
  await expect(
    page.getByRole('alert').filter({ hasText: 'The relay cannot be reached' }),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: 'Room mode' })).toBeVisible();
  await rate(maija, 'Sujuvuus', 'Nyt', '3');
  await rate(second, 'Sujuvuus', 'Nyt', '3');
  await rate(third, 'Sujuvuus', 'Nyt', '5');
  await expect(third.getByText('Odottaa lähetystä')).toBeVisible();
  // A reload with the relay down: the room, its activity and the answers it holds come back
  // from this browser's own storage (y-dexie).
  await page.reload();
  await expect(
    page.getByRole('button', { name: 'Reveal: Rate the seven principles' }),
  ).toBeVisible();
  await expect(page.getByText('Answers: 3 from 3 people').first()).toBeVisible();
  await start();
  await expect(page.getByRole('status').filter({ hasText: 'Connected to the relay' })).toBeVisible({
    timeout: 30_000,
  });
  for (const each of phones) await received(each, 2);
  await expect(page.getByText('Answers: 6 from 3 people').first()).toBeVisible();
  await expect(
    page.getByRole('alert').filter({ hasText: 'The relay cannot be reached' }),
  ).toHaveCount(0);

  // Before the reveal: counts only. The results, the PDF and the CSV hold none of the entries.
  await page.goto(`${workshopUrl}/target/participants`);
  await expect(page.getByText('No participants yet')).toBeVisible();
  await expect(page.getByRole('button', { name: /^Delete Maija/ })).toHaveCount(0);
  expect(await exportedTexts(page, workshopUrl)).not.toMatch(/Maija|Osallistuja/);

  // The room comes back from this browser's storage after leaving the screen.
  await page.goto(`${workshopUrl}/live`);
  await expect(page.getByText('Answers: 6 from 3 people').first()).toBeVisible();
  await reveal(page, 'Rate the seven principles');
  await expect(page.getByText('Added to the workshop: 3 participants, 6 ratings')).toBeVisible();
  const row = page
    .getByRole('table', { name: 'Results' })
    .getByRole('row', { name: /Genuine encounter/ });
  await expect(row).toContainText('3.0');
  await expect(row).toContainText('4.5');
  await expect(
    page.getByRole('table', { name: 'Results' }).getByRole('row', { name: /Smoothness/ }),
  ).toContainText('3.7');
  for (const each of phones)
    await expect(
      each.getByRole('heading', { name: 'Tulokset: Arvioi seitsemän periaatetta' }),
    ).toBeVisible();
  await expect(
    page.getByRole('img', { name: 'The means as a radar: now and target' }),
  ).toBeVisible();
  // The projector shows the results as the phones do, in the workshop's language.
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.getByRole('button', { name: 'Show on the projector' }).click();
  const projector = page.getByRole('region', { name: 'Projector view of the live room' });
  await expect(
    projector.getByRole('img', { name: 'Keskiarvot säteittäiskaaviona: nyt ja tavoite' }),
  ).toBeVisible();
  await expect(
    projector
      .getByRole('table', { name: 'Tulokset' })
      .getByRole('row', { name: /Aito kohtaaminen/ }),
  ).toContainText('3,0 ± 1,0');
  await page.screenshot({ path: '/tmp/fit/1366-projector-results-fi.png' });
  await page.keyboard.press('Escape');
  await expect(projector).toHaveCount(0);
  await page
    .getByRole('img', { name: 'The means as a radar: now and target' })
    .scrollIntoViewIfNeeded();
  await page.screenshot({ path: '/tmp/fit/1366-live-results-en.png' });

  // The idea round.
  await page.getByLabel('Activity', { exact: true }).selectOption({ label: 'Ideas for actions' });
  await page.getByLabel('Principle', { exact: true }).selectOption({ label: 'Communication' });
  await page.getByRole('button', { name: 'Add and show on the phones' }).click();
  await maija.getByLabel('Ideasi').fill('Tekstiviesti tilauksen lähdöstä');
  await maija.getByRole('button', { name: 'Lisää idea' }).tap();
  await second.getByLabel('Ideasi').fill('Chat-palvelu iltaisin');
  await second.getByRole('button', { name: 'Lisää idea' }).tap();
  await received(maija, 1);
  await received(second, 1);
  await expect(page.getByText('Answers: 2 from 2 people').first()).toBeVisible();
  await page.goto(`${workshopUrl}/target/participants`);
  await expect(
    page.getByRole('button', { name: /^Delete (Maija|Osallistuja [12]) and their ratings/ }),
  ).toHaveCount(3);
  expect(await exportedTexts(page, workshopUrl)).not.toMatch(/Tekstiviesti|Chat-palvelu/);

  await page.goto(`${workshopUrl}/live`);
  await reveal(page, 'Ideas for actions');
  await expect(
    page.getByText(
      'Added to the workshop: 0 participants, 0 ratings, 0 staff experience ratings, 2 ideas',
    ),
  ).toBeVisible();
  await expect(
    maija.getByRole('heading', { name: 'Tulokset: Ideoita toimenpiteiksi' }),
  ).toBeVisible();
  const after = await exportedTexts(page, workshopUrl);
  expect(after).toContain('Tekstiviesti tilauksen lähdöstä');
  expect(after).toContain('Chat-palvelu iltaisin');

  await page.goto(`${workshopUrl}/target/results`);
  await expect(
    page
      .getByRole('table', { name: 'Statistics per principle' })
      .getByRole('row', { name: /Genuine encounter/ }),
  ).toContainText('3.0');

  await page.goto(`${workshopUrl}/live`);
  await page.getByRole('button', { name: 'Close the room' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Close the room' }).click();
  await expect(page.getByRole('button', { name: 'Start a live room' })).toBeVisible();
  await expect(
    maija.getByRole('status').filter({ hasText: 'Fasilitaattori on sulkenut huoneen' }),
  ).toBeVisible();
  for (const each of phones) await each.context().close();
});

test('two phones answer the staff experience check; the reveal shows the means everywhere and adds staff ratings', async ({
  page,
  browser,
}) => {
  await useEnglish(page);
  const workshopUrl = await startLiveRoom(page, 'Henkilöstöpäivä');
  // Started from the agenda's step, as the principle rating is from its own.
  await page.getByRole('link', { name: 'Agenda' }).click();
  await page.getByRole('button', { name: 'Create the agenda from the method template' }).click();
  await page
    .getByRole('group', { name: /^Step \d+: Henkilöstön kokemukset/ })
    .getByRole('link', { name: 'Live room: Staff experience check' })
    .click();
  await expect(page.getByLabel('Activity', { exact: true })).toHaveValue('staffRatings');
  await expect(page.getByText('The phones show the seven statements')).toBeVisible();
  await page.getByRole('button', { name: 'Add and show on the phones' }).click();
  const link = await joinLink(page);
  const aino = await phone(browser, link, 'Aino');
  const other = await phone(browser, link, '');
  await expect(page.getByText('Joined: 2').first()).toBeVisible();

  await expect(aino.getByRole('heading', { name: 'Henkilöstökokemuksen kartoitus' })).toBeVisible();
  await expect(aino.getByRole('article')).toHaveCount(7);
  await expect(
    aino.getByText('Saan ratkaista asiakkaan asian paikan päällä kysymättä ensin lupaa.'),
  ).toBeVisible();
  await rateStaff(aino, 'Työilmapiiri', '2');
  await rateStaff(aino, 'Aikaa palvella', '4');
  // Changed and withdrawn before the reveal: only the last answers count.
  await rateStaff(other, 'Työilmapiiri', '3');
  await rateStaff(other, 'Työilmapiiri', '4');
  await rateStaff(other, 'Aikaa palvella', 'En osaa sanoa');
  await rateStaff(other, 'Valtuudet palvella', '1');
  await received(other, 3);
  await other.getByRole('button', { name: 'Tyhjennä vastaukseni: Valtuudet palvella' }).tap();
  await received(aino, 2);
  await received(other, 2);
  await expect(page.getByText('Answers: 4 from 2 people').first()).toBeVisible();
  await expect(aino.getByText('Arvioitu: 2/7')).toBeVisible();
  await expectNoSeriousA11yViolations(aino);
  await aino.getByRole('article', { name: 'Työilmapiiri' }).scrollIntoViewIfNeeded();
  await aino.screenshot({ path: '/tmp/fit/390-phone-staff-fi.png' });
  await aino.getByRole('button', { name: 'Switch to English' }).tap();
  await expect(aino.getByRole('heading', { name: 'Staff experience check' })).toBeVisible();
  await aino.getByRole('article', { name: 'Climate at work' }).scrollIntoViewIfNeeded();
  await aino.screenshot({ path: '/tmp/fit/390-phone-staff-en.png' });
  await aino.getByRole('button', { name: 'Vaihda kieleksi suomi' }).tap();

  // Hidden until the reveal: no staff ratings on the results page yet.
  await page.goto(`${workshopUrl}/target/results`);
  await expect(page.getByText('Nobody has answered the staff experience check yet.')).toBeVisible();

  await page.goto(`${workshopUrl}/live`);
  await reveal(page, 'Staff experience check');
  await expect(
    page.getByText('Added to the workshop: 2 participants, 0 ratings, 4 staff experience ratings'),
  ).toBeVisible();
  const climate = page.getByRole('table', { name: 'Results' }).getByRole('row', {
    name: /Climate at work/,
  });
  await expect(climate).toContainText('3.0 ± 1.0');
  await expect(climate).toContainText('2');
  await expect(
    page.getByRole('img', { name: 'The means of the staff statements as a radar' }),
  ).toBeVisible();
  for (const each of [aino, other]) {
    await expect(
      each.getByRole('heading', { name: 'Tulokset: Henkilöstökokemuksen kartoitus' }),
    ).toBeVisible();
    await expect(each.getByRole('row', { name: /Työilmapiiri/ })).toContainText('3,0');
    await expect(each.getByRole('radio', { name: '4', exact: true })).toHaveCount(0);
  }
  await aino.getByRole('img', { name: /säteittäiskaaviona/ }).scrollIntoViewIfNeeded();
  await aino.screenshot({ path: '/tmp/fit/390-phone-staff-results-fi.png' });
  await aino.getByRole('button', { name: 'Switch to English' }).tap();
  await aino.getByRole('img', { name: /Radar/ }).scrollIntoViewIfNeeded();
  await aino.screenshot({ path: '/tmp/fit/390-phone-staff-results-en.png' });

  await page.setViewportSize({ width: 1366, height: 768 });
  await page.getByRole('button', { name: 'Show on the projector' }).click();
  const projector = page.getByRole('region', { name: 'Projector view of the live room' });
  await expect(
    projector.getByRole('heading', { name: 'Henkilöstökokemuksen kartoitus' }),
  ).toBeVisible();
  await expect(
    projector.getByRole('table', { name: 'Tulokset' }).getByRole('row', { name: /Työilmapiiri/ }),
  ).toContainText('3,0 ± 1,0');
  await page.screenshot({ path: '/tmp/fit/1366-projector-staff-fi.png' });
  await page.keyboard.press('Escape');

  // The revealed answers are the workshop's staff ratings: results page and PDF.
  await page.goto(`${workshopUrl}/target/results`);
  const statistics = page.getByRole('table', { name: 'Statistics per staff statement' });
  await expect(statistics.getByRole('row', { name: /Climate at work/ })).toContainText('3.0');
  await expect(statistics.getByRole('row', { name: /Time to serve/ })).toContainText('4.0');
  const pdf = await exportedTexts(page, workshopUrl);
  expect(pdf).toContain('Henkilöstökokemuksen kartoitus');
  expect(pdf).toContain('Työilmapiiri');
  // The staff check's own screen leads to the live room as well.
  await page.goto(`${workshopUrl}/current/staff`);
  await page.getByRole('link', { name: 'Answer on phones in the live room' }).click();
  await expect(page.getByLabel('Activity', { exact: true })).toHaveValue('staffRatings');
  for (const each of [aino, other]) await each.context().close();
});
