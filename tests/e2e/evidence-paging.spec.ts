import { expect, test, type Page } from '@playwright/test';
import { createWorkshop } from './helpers';

const rowCount = 60;
const csv = [
  'Pvm;Palaute;Arvosana',
  ...Array.from(
    { length: rowCount },
    (_, i) => `${(i % 28) + 1}.3.2026;Palaute ${i + 1}: jono oli pitkä;${(i % 5) + 1}`,
  ),
].join('\n');

async function openBoardWithImportedRows(page: Page) {
  await createWorkshop(page, { organisation: 'Kirjasto', title: 'Sivutus', language: 'English' });
  await page.getByLabel(/^(Language|Kieli)$/).selectOption('en');
  await page.getByRole('link', { name: 'Import CSV' }).click();
  await page
    .getByLabel('CSV file')
    .setInputFiles({ name: 'palaute.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await page.getByRole('button', { name: `Import rows (${rowCount})` }).click();
  await page.getByRole('link', { name: 'Open the evidence board' }).click();
  await expect(page.getByText(`${rowCount} of ${rowCount} items`)).toBeVisible();
}

/** Waits until the browser has drawn `count` more frames. */
function frames(page: Page, count: number) {
  return page.evaluate(async (n) => {
    for (let i = 0; i < n; i += 1) await new Promise((done) => requestAnimationFrame(done));
  }, count);
}

test('"Show more" stays under the pointer when the board is jumped to and clicked at once', async ({
  page,
}) => {
  await openBoardWithImportedRows(page);
  const showMore = page.getByRole('button', { name: `Show ${rowCount - 20} more` });
  // Jump straight to the button (as the End key or a link to the board does) and take its
  // place on screen right away, before the browser has drawn the page there.
  const point = await showMore.evaluate((button) => {
    button.scrollIntoView({ block: 'center' });
    const box = button.getBoundingClientRect();
    return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
  });
  // The user presses, the page draws a few frames, the user releases: one click on the button.
  await page.mouse.move(point.x, point.y);
  await page.mouse.down();
  await frames(page, 3);
  await page.mouse.up();
  await expect(
    page.getByRole('region', { name: 'Evidence items' }).getByRole('listitem'),
  ).toHaveCount(rowCount);
});
