import { expect, test } from '@playwright/test';
import {
  createWorkshop,
  downloadedPdfText,
  expectNoSeriousA11yViolations,
  useEnglish,
  waitForSaved,
} from './helpers';

test('a new user explores the empty home page, is refused an empty title, and builds a plan to PDF', async ({
  page,
}) => {
  await useEnglish(page);
  await expect(page.getByText(/guides you through developing/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Open sample workshop' })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await page.getByRole('link', { name: 'New workshop' }).click();
  await page.getByRole('button', { name: 'Create workshop' }).click();
  await expect(page.getByLabel(/^Workshop title/)).toHaveAccessibleDescription(
    'Fill in this field.',
  );
  await expectNoSeriousA11yViolations(page);

  await createWorkshop(page, {
    organisation: 'Kahvila Ääri & Öljy',
    title: 'Syksyn työpaja',
    facilitator: 'Åsa Facilitator',
    language: 'Finnish',
  });
  const hostile = '<img src=x onerror=alert(1)>';
  await page
    .getByLabel('Current-state statement')
    .fill(`Ystävällistä – mutta ”hidasta”… ${hostile} −5 €`);
  await page.getByRole('button', { name: '+ Add strength' }).click();
  await page.getByLabel('Strength 1', { exact: true }).fill('Lämmin kohtaaminen');
  await page.getByRole('button', { name: '+ Add weakness' }).click();
  await page.getByLabel('Weakness 1', { exact: true }).fill('Jonot ruuhka-aikaan');
  await waitForSaved(page);
  await expectNoSeriousA11yViolations(page);

  await page.getByRole('link', { name: 'Target state', exact: true }).click();
  await page
    .getByLabel('Target-culture statement')
    .fill('Jokainen asiakas tietää, mitä seuraavaksi tapahtuu.');
  await waitForSaved(page);
  await expectNoSeriousA11yViolations(page);

  await page.getByRole('link', { name: 'Development path', exact: true }).click();
  await page.getByLabel('Action').first().fill('Jonotiedote vastaanottoon');
  await page.getByLabel('Owner').first().fill('Vastaanoton esihenkilö');
  await page.getByLabel('Due date').first().fill('2027-01-15');
  await page.getByRole('button', { name: 'Add action' }).click();
  await expect(page.getByRole('group', { name: 'Action 1' })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await page.reload();
  await expect(page.getByRole('group', { name: 'Action 1' }).getByLabel('Action')).toHaveValue(
    'Jonotiedote vastaanottoon',
  );
  await page.getByRole('link', { name: 'Current state', exact: true }).click();
  await expect(page.getByLabel('Current-state statement')).toHaveValue(/onerror=alert\(1\)> −5 €$/);
  await expect(page.getByLabel('Strength 1', { exact: true })).toHaveValue('Lämmin kohtaaminen');

  await page.getByRole('link', { name: 'Report', exact: true }).click();
  await expect(page.getByText(hostile, { exact: false })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export PDF' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(
    'kahvila-aari-oljy-syksyn-tyopaja-toimenpidesuunnitelma.pdf',
  );
  const text = await downloadedPdfText(download);
  for (const expected of [
    'Kahvila Ääri & Öljy',
    'Åsa Facilitator',
    `Ystävällistä – mutta ”hidasta”… ${hostile} −5 €`,
    'Lämmin kohtaaminen',
    'Jonot ruuhka-aikaan',
    'Jokainen asiakas tietää, mitä seuraavaksi tapahtuu.',
    'Jonotiedote vastaanottoon',
    'Vastaanoton esihenkilö',
    '15.1.2027',
    'Kehittämispolku',
    'Sivu 1 / ',
  ]) {
    expect(text).toContain(expected);
  }
});

test('workshops can be renamed, duplicated, deleted and the deletion undone', async ({ page }) => {
  await useEnglish(page);
  await createWorkshop(page, { organisation: 'Kunta', title: 'Kevät' });
  await page.getByRole('link', { name: 'Palvelupolku' }).click();
  const card = page.getByRole('listitem').filter({ hasText: 'Kevät' });
  await card.getByRole('button', { name: 'Rename / edit' }).click();
  await page.getByRole('dialog').getByLabel('Workshop title').fill('Kevät 2027');
  await page.getByRole('dialog').getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('link', { name: 'Kevät 2027' })).toBeVisible();

  await page.getByRole('button', { name: 'Duplicate' }).click();
  await expect(page.getByRole('link', { name: 'Kevät 2027 (copy)' })).toBeVisible();

  const copy = page.getByRole('listitem').filter({ hasText: 'Kevät 2027 (copy)' });
  await copy.getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByRole('dialog')).toContainText('Delete this workshop?');
  await page.getByRole('dialog').getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByRole('link', { name: 'Kevät 2027 (copy)' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('link', { name: 'Kevät 2027 (copy)' })).toBeVisible();
});

test('a second tab sees the changes live', async ({ page, context }) => {
  await useEnglish(page);
  await createWorkshop(page, { organisation: 'Kunta', title: 'Kaksi välilehteä' });
  const other = await context.newPage();
  await other.goto(page.url().replace(/current$/, 'target'));
  await page.getByRole('link', { name: 'Target state', exact: true }).click();
  await page.getByLabel('Target-culture statement').fill('Kirjoitettu ensimmäisessä välilehdessä');
  await expect(other.getByLabel('Target-culture statement')).toHaveValue(
    'Kirjoitettu ensimmäisessä välilehdessä',
  );
});

test('the sample workshop opens filled in Finnish, and the UI switches language', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByLabel(/^(Language|Kieli)$/).selectOption('fi');
  await page.getByRole('button', { name: 'Avaa esimerkkityöpaja' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Nykytila' })).toBeVisible();
  await expect(page.getByLabel('Nykytilan kuvaus')).toHaveValue(/Asiakkaat kehuvat/);
  await page.getByRole('link', { name: 'Kehittämispolku', exact: true }).click();
  await expect(page.getByRole('group', { name: 'Toimenpide 5' })).toBeVisible();
  await page.getByLabel('Kieli').selectOption('en');
  await expect(page.getByRole('heading', { level: 1, name: 'Development path' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Development path' })).toBeVisible();
});

test('deep links work offline after the first visit', async ({ page, context }) => {
  await useEnglish(page);
  await createWorkshop(page, { organisation: 'Offline Oy', title: 'Ilman verkkoa' });
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.reload();
  await expect
    .poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller)))
    .toBe(true);
  const reportUrl = page.url().replace(/current$/, 'report');
  await context.setOffline(true);
  await page.goto(reportUrl);
  await expect(page.getByRole('heading', { level: 1, name: 'Report' })).toBeVisible();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export PDF' }).click(),
  ]);
  expect(await downloadedPdfText(download)).toContain('Offline Oy');
  await context.setOffline(false);
});
