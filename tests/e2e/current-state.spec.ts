import { expect, test } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { createWorkshop, expectNoSeriousA11yViolations, useEnglish, waitForSaved } from './helpers';

const csvPath = fileURLToPath(new URL('../fixtures/palaute-excel-1252.csv', import.meta.url));

test('imports a Finnish Excel CSV, groups items into a theme, marks a critical moment, and finds it all after a reload', async ({
  page,
}) => {
  await useEnglish(page);
  await createWorkshop(page, { organisation: 'Kylpylä Oy', title: 'Nykytila-analyysi' });
  const parts = page.getByRole('navigation', { name: 'Parts of the current state' });

  await parts.getByRole('link', { name: 'Import CSV' }).click();
  await page.getByLabel('CSV file').setInputFiles(csvPath);
  await expect(page.getByText('Rows ready to import: 4.')).toBeVisible();
  // Each column choice shows the first values of its column.
  await expect(page.getByLabel('Text', { exact: true })).toHaveAccessibleDescription(
    /^First rows: “Henkilökunta oli ystävällistä ja nopeaa” · “Jouduimme odottamaan pöytää 30 min\. Kukaan/,
  );
  await expect(page.getByLabel('Service or touchpoint')).toHaveAccessibleDescription(
    'First rows: “Vastaanotto” · “Ravintola” · “Kylpylä”',
  );
  await expect(page.getByText('row 5: the text is empty')).toBeVisible();
  await expect(page.getByText('row 7: unreadable date “31.2.2026”')).toBeVisible();
  await expect(
    page.getByRole('cell', {
      name: /Jouduimme odottamaan pöytää 30 min.\s+Kukaan ei kertonut syytä./,
    }),
  ).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.getByRole('button', { name: 'Import rows (4)' }).click();
  await expect(page.getByText('Evidence items imported: 4.')).toBeVisible();

  await parts.getByRole('link', { name: 'Evidence' }).click();
  await expect(page.getByText('4 of 4 items')).toBeVisible();
  const views = page.getByRole('navigation', { name: 'Views of the evidence' });
  await views.getByRole('link', { name: 'Themes' }).click();
  await page.getByLabel('New theme name').fill('Odottaminen ja virheet');
  await page.getByRole('button', { name: 'Add theme' }).click();
  await views.getByRole('link', { name: /^Evidence items/ }).click();
  await page.getByLabel('Search').fill('odottamaan');
  await expect(page.getByText('1 of 4 items')).toBeVisible();
  await page.getByRole('checkbox', { name: 'Select evidence 1' }).check();
  await page.getByLabel('Assign 1 selected to').selectOption({ label: 'Odottaminen ja virheet' });
  await page.getByRole('button', { name: 'Assign', exact: true }).click();
  await expect(page.getByText('1 items assigned.')).toBeVisible();
  await views.getByRole('link', { name: /^Themes/ }).click();
  await expect(page.getByText('praise 0 · complaints 1 · total 1')).toBeVisible();
  // "Show" on a theme opens the list filtered to it.
  await page.getByRole('button', { name: 'Show items of “Odottaminen ja virheet”' }).click();
  await expect(page.getByText('1 of 4 items')).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await parts.getByRole('link', { name: 'Journey' }).click();
  const restaurant = page.getByRole('listitem', { name: 'Ravintola', exact: true });
  await restaurant.getByRole('checkbox', { name: 'Critical moment' }).click();
  await expect(restaurant.getByRole('checkbox', { name: 'Critical moment' })).toBeChecked();
  await restaurant.getByLabel('Importance to the customer (1–5)').selectOption('5');
  await restaurant.getByLabel('How well we do now (1–5)').selectOption('2');
  await expect(page.getByText('(importance 5, performance 2)')).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await page.reload();
  await expect(page.getByText('(importance 5, performance 2)')).toBeVisible();
  await parts.getByRole('link', { name: 'Evidence' }).click();
  await page
    .getByLabel('Theme', { exact: true })
    .last()
    .selectOption({ label: 'Odottaminen ja virheet' });
  await expect(page.getByText('1 of 4 items')).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'What was said or observed' }).nth(1)).toHaveValue(
    /Jouduimme odottamaan/,
  );
  await parts.getByRole('link', { name: 'Summary' }).click();
  await expect(page.getByText('Evidence items: 4')).toBeVisible();
  await expect(page.getByText('Critical moments: 1')).toBeVisible();
});

test('the segments and values screen saves mission, values, segments and word of mouth', async ({
  page,
}) => {
  await useEnglish(page);
  await createWorkshop(page, { organisation: 'Kunta', title: 'Arvot' });
  await page
    .getByRole('navigation', { name: 'Parts of the current state' })
    .getByRole('link', { name: 'Segments and values' })
    .click();
  await page.getByRole('button', { name: '+ Add segment' }).click();
  await page.getByRole('group', { name: 'Segment 1' }).getByLabel('Name').fill('Ikäihmiset');
  await page.getByLabel('Mission', { exact: true }).fill('Palvelemme kuntalaisia lähellä.');
  await page.getByRole('button', { name: '+ Add value' }).click();
  await page
    .getByRole('group', { name: 'Value 1' })
    .getByLabel('Value', { exact: true })
    .fill('Asukaslähtöisyys');
  await page.getByLabel('People a customer tells about a good experience').fill('3');
  await page.getByLabel('People a customer tells about a bad experience').fill('18');
  await expect(page.getByText('Ratio now: 3/18')).toBeVisible();
  await page.getByLabel('People a customer tells about a bad experience').fill('-4');
  await expect(page.getByText('Enter a whole number from 0 to 1000.')).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await waitForSaved(page);
  await page.reload();
  await expect(page.getByRole('group', { name: 'Segment 1' }).getByLabel('Name')).toHaveValue(
    'Ikäihmiset',
  );
  await expect(page.getByLabel('Mission', { exact: true })).toHaveValue(
    'Palvelemme kuntalaisia lähellä.',
  );
  await expect(
    page.getByRole('group', { name: 'Value 1' }).getByLabel('Value', { exact: true }),
  ).toHaveValue('Asukaslähtöisyys');
  await expect(page.getByText('Ratio now: 3/18')).toBeVisible();
});
