import { expect, test, type Page } from '@playwright/test';
import { createWorkshop, useEnglish } from './helpers';
import { connectedFacilitator, startPageRelay } from './room-relay';

/**
 * Every screen fits the room: no horizontal scrolling and nothing cut off on the right at a
 * laptop (1366), a projector (1024) and a tablet (768); the participants' screen also on a
 * phone (390). Screenshots of each go to /tmp/fit for a person to look at.
 */
const WIDTHS = [1366, 1024, 768] as const;
const SHOTS = '/tmp/fit';

const WORKSHOP_SCREENS = [
  'current',
  'current/evidence',
  'current/evidence?view=heatmaps',
  'current/evidence?view=themes',
  'current/evidence?view=principles',
  'current/evidence?view=suggestions',
  'current/import',
  'current/journey',
  'current/context',
  'current/staff',
  'target/participants',
  'target/rate',
  'target/results',
  'target',
  'target/promises',
  'target/indicators',
  'path',
  'path/prioritise',
  'path/roadmap',
  'path/follow-up',
  'report',
  'agenda',
  'history',
  'privacy',
];
const APP_SCREENS = ['/', '/workshops/new', '/data', '/guide'];

/**
 * What sticks out: the page scrolls sideways, or an element reaches past the right edge of the
 * window, or a box hides part of its content (a table clipped or scrolled inside its card).
 * Form fields scroll their own text and are left out.
 */
async function overflowOf(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const root = document.documentElement;
    if (root.scrollWidth > root.clientWidth)
      found.push(`the page is ${root.scrollWidth} px wide in a ${root.clientWidth} px window`);
    const name = (element: Element) =>
      `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}.${[...element.classList].join('.')} “${(element.textContent ?? '').trim().slice(0, 40)}”`;
    for (const element of document.body.querySelectorAll('*')) {
      if (element.closest('svg, input, textarea, select, .visually-hidden, [hidden]')) continue;
      const box = element.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      if (box.right > root.clientWidth + 1)
        found.push(`${name(element)} ends at ${Math.round(box.right)} px`);
      const style = getComputedStyle(element);
      const clips = ['auto', 'scroll', 'hidden'].includes(style.overflowX);
      if (clips && element.scrollWidth > element.clientWidth + 1)
        found.push(`${name(element)} hides ${element.scrollWidth - element.clientWidth} px`);
    }
    return found.slice(0, 8);
  });
}

/** The screen has drawn its content: a heading, nothing loading. */
async function settled(page: Page) {
  await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
  await expect(page.getByText(/^(Loading…|Ladataan…)$/)).toHaveCount(0);
}

test('every screen fits at 1366, 1024 and 768 px without scrolling sideways', async ({ page }) => {
  test.setTimeout(600_000);
  await useEnglish(page);
  await page.getByRole('button', { name: 'Open sample workshop' }).click();
  await expect(page).toHaveURL(/\/workshops\/[^/]+/);
  const base = /(.*\/workshops\/[^/]+)/.exec(page.url())![1]!;
  const problems: string[] = [];
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 900 });
    for (const screen of [...APP_SCREENS, ...WORKSHOP_SCREENS.map((part) => `${base}/${part}`)]) {
      await page.goto(screen);
      await settled(page);
      const name = screen.replace(base, 'workshop').replace(/[^a-z0-9]+/gi, '-');
      await page.screenshot({ path: `${SHOTS}/${width}-${name}.png`, fullPage: true });
      for (const problem of await overflowOf(page))
        problems.push(`${width} ${screen.replace(base, '…')}: ${problem}`);
    }
  }
  expect(problems).toEqual([]);
});

test('the participants’ room screen fits a phone (390 px) as well', async ({ page }) => {
  await useEnglish(page);
  await createWorkshop(page, { organisation: 'Huone Oy', title: 'Yhteinen laite' });
  await page.goto(page.url().replace(/\/current$/, '/target/rate'));
  await page.getByRole('button', { name: 'Room mode' }).click();
  const start = page.getByRole('dialog', { name: 'Start room mode' });
  await start.getByLabel('Facilitator PIN (4–6 digits)').fill('4719');
  await start.getByLabel('PIN again').fill('4719');
  await start.getByRole('button', { name: 'Start room mode' }).click();
  await expect(page.getByText('Entries so far: 0')).toBeVisible();
  const problems: string[] = [];
  for (const width of [390, ...WIDTHS]) {
    await page.setViewportSize({ width, height: 800 });
    await expect(page.getByRole('heading', { name: 'Your turn' })).toBeVisible();
    await page.screenshot({ path: `${SHOTS}/${width}-room.png`, fullPage: true });
    for (const problem of await overflowOf(page)) problems.push(`${width} room: ${problem}`);
  }
  expect(problems).toEqual([]);
});

test('a phone’s results after a reveal fit 390 px, in Finnish and in English', async ({
  browser,
}) => {
  // A relay of this test's own (the participant and live-room tests may run beside it).
  const port = Number(process.env.PARTICIPANT_RELAY_PORT ?? 4511) + 1;
  const relay = await startPageRelay(port);
  const host = await connectedFacilitator(port);
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    hasTouch: true,
    isMobile: true,
    locale: 'fi-FI',
  });
  try {
    const ratings = host.addActivity({ kind: 'ratings' });
    host.openActivity(ratings.id);
    const page = await context.newPage();
    await page.goto(host.joinLink(relay.page));
    await page.getByRole('button', { name: 'Osallistun nimettömänä' }).tap();
    const principles = page.getByRole('article');
    await expect(principles).toHaveCount(7);
    for (let index = 0; index < 7; index += 1) {
      const scales = principles.nth(index);
      for (const [side, value] of [
        ['Nyt', `${1 + (index % 4)}`],
        ['Tavoite', '5'],
      ] as const) {
        const radio = scales
          .getByRole('group', { name: side })
          .getByRole('radio', { name: value, exact: true });
        await radio.tap();
        await expect(radio).toBeChecked();
      }
    }
    // Every answer judged by the relay in its last form, so the results hold all of them.
    await expect(page.getByText('Vastaanotettu')).toHaveCount(7);
    host.reveal(ratings.id);

    const problems: string[] = [];
    for (const [language, heading, switchTo] of [
      ['fi', 'Tulokset: Arvioi seitsemän periaatetta', 'Switch to English'],
      ['en', 'Results: Rate the seven principles', ''],
    ] as const) {
      await expect(page.getByRole('heading', { name: heading })).toBeVisible();
      await expect(page.getByRole('img', { name: /radar|säteittäiskaavio/i })).toBeVisible();
      // The chart at the bottom of the window, clear of the sticky header.
      await page
        .getByRole('img', { name: /radar|säteittäiskaavio/i })
        .evaluate((chart) => chart.scrollIntoView({ block: 'end' }));
      await page.screenshot({ path: `${SHOTS}/390-phone-results-${language}.png` });
      for (const problem of await overflowOf(page))
        problems.push(`390 phone results (${language}): ${problem}`);
      if (switchTo) await page.getByRole('button', { name: switchTo }).tap();
    }
    expect(problems).toEqual([]);
  } finally {
    await context.close();
    host.destroy();
    await relay.dispose();
  }
});
