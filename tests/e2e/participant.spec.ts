import { expect, test, type Page } from '@playwright/test';
import type { FacilitatorRoom } from '../../src/live-room-client/facilitator';
import { expectNoSeriousA11yViolations } from './helpers';
import {
  connectedFacilitator as facilitatorOn,
  startPageRelay,
  type PageRelay,
} from './room-relay';

// The participant page on a phone, against a real relay on loopback (its own port, 4511).
const RELAY_PORT = Number(process.env.PARTICIPANT_RELAY_PORT ?? 4511);
const PAGE = `http://127.0.0.1:${RELAY_PORT}/`;
let relay: PageRelay;

const connectedFacilitator = (): Promise<FacilitatorRoom> => facilitatorOn(RELAY_PORT);

test.use({
  viewport: { width: 390, height: 844 },
  hasTouch: true,
  isMobile: true,
  locale: 'fi-FI',
});
test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  relay = await startPageRelay(RELAY_PORT);
});
test.afterAll(async () => {
  await relay.dispose();
});

const principle = (page: Page, name: string) => page.getByRole('article', { name });
const rate = (page: Page, name: string, side: 'Nyt' | 'Tavoite', value: string) =>
  principle(page, name)
    .getByRole('group', { name: side })
    .getByRole('radio', { name: value, exact: true });

test('a phone joins by the typed code, answers anonymously, keeps its answers through a lost connection and sees the results', async ({
  page,
}) => {
  const host = await connectedFacilitator();
  const ratings = host.addActivity({ kind: 'ratings' });
  host.openActivity(ratings.id);

  await page.goto(PAGE);
  await page
    .getByLabel('Huoneen koodi')
    .fill(`${host.credentials.code.slice(0, 3).toLowerCase()}-${host.credentials.code.slice(3)}`);
  await page.getByRole('button', { name: 'Liity' }).tap();
  await page.getByRole('button', { name: 'Osallistun nimettömänä' }).tap();
  await expect(page.getByRole('heading', { name: 'Arvioi seitsemän periaatetta' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Yhteys toimii' })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await rate(page, 'Aito kohtaaminen', 'Nyt', '2').tap();
  await rate(page, 'Aito kohtaaminen', 'Tavoite', '4').tap();
  await rate(page, 'Sujuvuus', 'Nyt', 'En osaa sanoa').tap();
  await expect(principle(page, 'Aito kohtaaminen').getByText('Vastaanotettu')).toBeVisible();
  await expect.poll(() => host.entries(ratings.id).length).toBe(2);
  // The facilitator holds counts and entries; nothing reaches the public document before the reveal.
  expect(host.counts().byActivity[ratings.id]).toEqual({ entries: 2, respondents: 1 });

  await relay.stop();
  await expect(page.getByRole('status').filter({ hasText: 'Ei yhteyttä' })).toBeVisible();
  await rate(page, 'Viestintä', 'Nyt', '3').tap();
  await rate(page, 'Vastuullisuus', 'Nyt', '5').tap();
  await expect(principle(page, 'Viestintä').getByText('Odottaa lähetystä')).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Lähettämättä: 2' })).toBeVisible();

  await relay.start();
  await expect(page.getByRole('status').filter({ hasText: 'Yhteys toimii' })).toBeVisible({
    timeout: 15_000,
  });
  await expect(principle(page, 'Viestintä').getByText('Vastaanotettu')).toBeVisible();
  await expect.poll(() => host.entries(ratings.id).length).toBe(4);

  // A reload keeps the phone's own answers (its inbox key and documents are on the phone).
  await page.reload();
  await expect(rate(page, 'Vastuullisuus', 'Nyt', '5')).toBeChecked();

  host.reveal(ratings.id);
  await expect(
    page.getByRole('heading', { name: 'Tulokset: Arvioi seitsemän periaatetta' }),
  ).toBeVisible();
  await expect(page.getByRole('img', { name: /säteittäiskaaviona/ })).toBeVisible();
  await expect(page.getByRole('row', { name: /Aito kohtaaminen/ })).toContainText('2,0');
  await page.getByRole('button', { name: 'Switch to English' }).tap();
  await expect(
    page.getByRole('heading', { name: 'Results: Rate the seven principles' }),
  ).toBeVisible();
  host.destroy();
});

test('a phone joins by the QR link with a name, proposes, changes and withdraws ideas until the reveal', async ({
  page,
}) => {
  const host = await connectedFacilitator();
  const ideas = host.addActivity({
    kind: 'ideas',
    focusPrincipleId: 'communication',
    focusText: 'Tilauksen tila',
    maxPerPerson: 3,
  });
  host.openActivity(ideas.id);

  await page.goto(host.joinLink(PAGE));
  await page.getByLabel('Nimesi (vapaaehtoinen)').fill('Maija');
  await page.getByRole('button', { name: 'Osallistun omalla nimelläni' }).tap();
  await expect(page.getByText('Aihe: Viestintä: Tilauksen tila')).toBeVisible();
  await page.getByLabel('Ideasi').fill('Tekstiviesti, kun tilaus lähtee');
  await page.getByRole('button', { name: 'Lisää idea' }).tap();
  await page.getByLabel('Ideasi').fill('<b>Viikkotiedote</b> asiakkaille');
  await page.getByRole('button', { name: 'Lisää idea' }).tap();
  await expect(page.getByText('Vastaanotettu')).toHaveCount(2);
  await expect(page.getByText('<b>Viikkotiedote</b> asiakkaille')).toBeVisible();

  await page
    .getByRole('listitem')
    .filter({ hasText: 'Tekstiviesti' })
    .getByRole('button', { name: 'Muuta', exact: true })
    .tap();
  await page.getByLabel('Muuta').fill('Tekstiviesti ja sähköposti, kun tilaus lähtee');
  await page.getByRole('button', { name: 'Tallenna' }).tap();
  await page
    .getByRole('listitem')
    .filter({ hasText: 'Viikkotiedote' })
    .getByRole('button', { name: 'Peru' })
    .tap();
  await expect
    .poll(() => host.entries(ideas.id).map((entry) => (entry.kind === 'idea' ? entry.text : '')))
    .toEqual(['Tekstiviesti ja sähköposti, kun tilaus lähtee']);
  expect(host.participants().map((person) => person.name)).toContain('Maija');

  host.reveal(ideas.id);
  await expect(
    page.getByRole('heading', { name: 'Tulokset: Ideoita toimenpiteiksi' }),
  ).toBeVisible();
  await expect(
    page.getByRole('listitem').filter({ hasText: 'Tekstiviesti ja sähköposti' }),
  ).toContainText('Maija');
  await expect(page.getByRole('button', { name: 'Muuta', exact: true })).toHaveCount(0);

  await host.close();
  await expect(
    page.getByRole('status').filter({ hasText: 'Fasilitaattori on sulkenut huoneen' }),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Poista huoneen tiedot puhelimesta' }).tap();
  await expect(page.getByLabel('Huoneen koodi')).toBeVisible();
  host.destroy();
});
