import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { createWorkshop, expectNoSeriousA11yViolations, useEnglish, waitForSaved } from './helpers';

const SHOTS = '/tmp/facilitation';
const NOTE = 'Private note: ask Sanna about the complaint';

/** Seconds left on the running step's clock, e.g. "14:57" → 897. */
async function secondsLeft(page: Page): Promise<number> {
  const text = (await page.locator('.timer-digits').first().textContent()) ?? '';
  const [minutes, seconds] = text.replace('−', '-').split(':').map(Number);
  return minutes! * 60 + seconds!;
}

async function expectTextContrastOk(page: Page) {
  const results = await new AxeBuilder({ page }).withRules(['color-contrast']).analyze();
  expect(results.violations.map((violation) => violation.nodes.length)).toEqual([]);
  // The rule really looked at the text on the screen.
  expect(results.passes.flatMap((pass) => pass.nodes).length).toBeGreaterThan(5);
}

test('agenda, timer across a reload, and presentation mode by keyboard without notes', async ({
  page,
}) => {
  await useEnglish(page);
  await createWorkshop(page, { organisation: 'Kahvila Oy', title: 'Palvelupaja' });
  await page.getByRole('link', { name: 'Agenda' }).click();
  await page.getByRole('button', { name: 'Create the agenda from the method template' }).click();
  const first = page.getByRole('group', { name: 'Step 1: Opening and purpose' });
  await expect(first).toBeVisible();
  await expect(page.getByRole('group', { name: /^Step \d+:/ })).toHaveCount(12);
  await first.getByLabel('Facilitator notes (only for you)').fill(NOTE);
  await waitForSaved(page);

  const timer = page.getByRole('region', { name: 'Timer' });
  await timer.getByRole('button', { name: 'Start the first step' }).click();
  await expect(timer.getByText('Current step: Opening and purpose')).toBeVisible();
  await expect.poll(() => secondsLeft(page)).toBeLessThan(15 * 60 - 1);
  const beforeReload = await secondsLeft(page);

  await page.reload();
  await expect(timer.getByText('Current step: Opening and purpose')).toBeVisible();
  await expect(timer.getByRole('button', { name: 'Pause' })).toBeVisible();
  // It continued from the stored start time: no reset to 15:00, and it keeps counting.
  const afterReload = await secondsLeft(page);
  expect(afterReload).toBeLessThanOrEqual(beforeReload);
  expect(afterReload).toBeGreaterThan(14 * 60);
  await expect.poll(() => secondsLeft(page)).toBeLessThan(afterReload);

  await page.getByRole('link', { name: 'Presentation mode' }).click();
  await expect(page).toHaveURL(/\/present$/);
  const title = page.getByRole('heading', { level: 1 });
  await expect(title).toHaveText('Opening and purpose');
  await expect(
    page.getByText('Why are we here today, and what do we want to take home?'),
  ).toBeVisible();
  await expect(page.locator('.timer-digits')).toBeVisible();
  await expect(page.getByText(NOTE)).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);
  await expectTextContrastOk(page);

  await page.keyboard.press('ArrowRight');
  await expect(title).toHaveText('What customer feedback tells us');
  await expect(page.getByText('Step 2 / 12', { exact: true })).toBeVisible();
  await page.keyboard.press('Space');
  await expect(title).toHaveText('Customer stories');
  await page.keyboard.press('ArrowRight');
  await expect(title).toHaveText('Staff experiences');
  await expect(
    page.getByText('When did you last see service that was especially good, or especially poor?'),
  ).toBeVisible();
  await page.keyboard.press('ArrowLeft');
  await expect(title).toHaveText('Customer stories');
  await expect(page.getByText(NOTE)).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);

  await page.keyboard.press('Escape');
  await expect(page).toHaveURL(/\/agenda$/);
  // The step moved on with the presentation, and the timer kept running for it.
  await expect(timer.getByText('Current step: Customer stories')).toBeVisible();
  await expect(timer.getByRole('button', { name: 'Pause' })).toBeVisible();
});

test('screenshots of the sample agenda and presentation mode', async ({ page }) => {
  await useEnglish(page);
  await page.getByRole('button', { name: 'Open sample workshop' }).click();
  await page.getByRole('link', { name: 'Agenda' }).click();
  await expect(
    page.getByText('Planned time in all: 3 h 50 min, from 09:00 to 12:50'),
  ).toBeVisible();
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.screenshot({ path: `${SHOTS}/agenda-1280.png` });
  await page.screenshot({ path: `${SHOTS}/agenda-full.png`, fullPage: true });
  await expectNoSeriousA11yViolations(page);

  const assessment = page.getByRole('group', { name: /Rating the seven principles$/ });
  await assessment.getByRole('button', { name: 'Run this step' }).click();
  await page.getByRole('link', { name: 'Presentation mode' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Rating the seven principles');
  await expect(
    page.getByRole('img', { name: 'The seven principles: now and target' }),
  ).toBeVisible();
  await expectTextContrastOk(page);
  await page.screenshot({ path: `${SHOTS}/present-assessment-1280.png` });
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.screenshot({ path: `${SHOTS}/present-assessment-1920.png` });
  await expectNoSeriousA11yViolations(page);

  // Quick presses in a row: none gets lost.
  for (let index = 0; index < 6; index += 1) await page.keyboard.press('ArrowLeft');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'What customer feedback tells us',
  );
  await page.getByRole('button', { name: 'Show evidence texts' }).click();
  await page.screenshot({ path: `${SHOTS}/present-feedback-1920.png` });
  for (let index = 0; index < 2; index += 1) await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Staff experiences');
  // The staff experience check sits beside the staff's observations, with its targets.
  await expect(page.getByText('Time to serve: 1.8 (target 3)')).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/present-staff-1920.png` });
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mission, vision and values');
  await page.screenshot({ path: `${SHOTS}/present-values-1920.png` });
  await page.setViewportSize({ width: 1280, height: 720 });
  for (let index = 0; index < 4; index += 1) await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Target culture and promises');
  await page.screenshot({ path: `${SHOTS}/present-late-1280.png` });
});

/**
 * The smallest text a person in the room reads, in CSS pixels as drawn: HTML text by its font
 * size, chart labels by their font size times the chart's scale on the screen.
 */
async function smallestText(region: Locator) {
  return region.evaluate((root) => {
    let smallest = { size: Infinity, text: '' };
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const element = node.parentElement;
      const text = node.textContent?.trim() ?? '';
      if (!element || !text || element.closest('.visually-hidden')) continue;
      const box = element.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      let size = parseFloat(getComputedStyle(element).fontSize);
      const svg = element.closest('svg');
      if (svg) size *= svg.getScreenCTM()?.a ?? 1;
      if (size < smallest.size) smallest = { size, text };
    }
    return smallest;
  });
}

test('presentation mode is large on a 1280 × 720 projector: content 24 px, controls 20 px', async ({
  page,
}) => {
  await useEnglish(page);
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.getByRole('button', { name: 'Open sample workshop' }).click();
  await page.getByRole('link', { name: 'Agenda' }).click();
  await page.getByRole('link', { name: 'Presentation mode' }).click();
  const bar = page.getByRole('banner');
  const position = bar.getByText(/^Step \d+ \/ \d+$/);
  const count = Number(/\/ (\d+)/.exec((await position.textContent()) ?? '')?.[1]);
  expect(count).toBeGreaterThan(3);
  for (let step = 1; step <= count; step += 1) {
    await expect(position).toHaveText(`Step ${step} / ${count}`);
    const content = await smallestText(page.getByRole('main'));
    expect(content.size, `step ${step}: “${content.text}”`).toBeGreaterThanOrEqual(24);
    for (const controls of [bar, page.getByRole('contentinfo')]) {
      const smallest = await smallestText(controls);
      expect(smallest.size, `step ${step}: “${smallest.text}”`).toBeGreaterThanOrEqual(20);
    }
    await page.keyboard.press('ArrowRight');
  }
});
