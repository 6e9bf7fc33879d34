import { expect, test } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { englishIn } from '../helpers/english-phrases';
import { createWorkshop, downloadedPdfText, useEnglish } from './helpers';

const csvPath = fileURLToPath(new URL('../fixtures/palaute-excel-1252.csv', import.meta.url));

test('an English screen on a Finnish workshop writes its data, files and PDF in Finnish', async ({
  page,
}) => {
  await useEnglish(page);
  await createWorkshop(page, {
    organisation: 'Kylpylä Oy',
    title: 'Kevään työpaja',
    language: 'Finnish',
  });
  const current = page.getByRole('navigation', { name: 'Parts of the current state' });

  // Touchpoints new to the journey land in a stage named in the workshop's language.
  await current.getByRole('link', { name: 'Import CSV' }).click();
  await page.getByLabel('CSV file').setInputFiles(csvPath);
  await page.getByRole('button', { name: 'Import rows (4)' }).click();
  await expect(page.getByText('Evidence items imported: 4.')).toBeVisible();
  await current.getByRole('link', { name: 'Journey' }).click();
  await expect(page.getByLabel('Stage 1 name')).toHaveValue('Tuodut kohtaamispisteet');
  const restaurant = page.getByRole('listitem', { name: 'Ravintola', exact: true });
  await restaurant.getByRole('checkbox', { name: 'Critical moment' }).click();
  await restaurant.getByLabel('Importance to the customer (1–5)').selectOption('5');
  await restaurant.getByLabel('How well we do now (1–5)').selectOption('2');
  await expect(page.getByText('(importance 5, performance 2)')).toBeVisible();

  // The word-of-mouth indicator is named in Finnish in the Finnish workshop's PDF.
  await page.goto(page.url().replace(/current\/journey$/, 'target/indicators'));
  await page.getByRole('button', { name: 'Start from 6/12' }).click();
  await expect(page.getByText(/ to 6\/12$/)).toBeVisible();

  await page.goto(page.url().replace(/target\/indicators$/, 'path'));
  await page.getByLabel('Action', { exact: true }).first().fill('Jonotiedote vastaanottoon');
  await page.getByRole('button', { name: 'Add action' }).click();
  await expect(page.getByRole('group', { name: 'Action 1' })).toBeVisible();
  const [csvDownload] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export actions (CSV)' }).click(),
  ]);
  expect(csvDownload.suggestedFilename()).toBe('kylpyla-oy-kevaan-tyopaja-toimenpiteet.csv');
  const csv = await readFile(await csvDownload.path(), 'utf8');
  expect(csv.startsWith('\uFEFFJärjestys;Toimenpide;Luokka')).toBe(true);
  expect(csv).toContain('Jonotiedote vastaanottoon;Muu;Kertaluonteinen hanke;;;;Suunniteltu');

  await page.getByRole('link', { name: 'Report', exact: true }).click();
  await page.getByRole('checkbox', { name: 'Appendix: all evidence items' }).check();
  const [pdfDownload] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export PDF' }).click(),
  ]);
  expect(pdfDownload.suggestedFilename()).toBe(
    'kylpyla-oy-kevaan-tyopaja-toimenpidesuunnitelma.pdf',
  );
  const text = await downloadedPdfText(pdfDownload);
  expect(text).toContain('Tuodut kohtaamispisteet');
  expect(text).toContain('Puskaradio (kuinka monelle kerrotaan hyvästä / huonosta kokemuksesta)');
  expect(text).toContain('Toimenpidesuunnitelma'.toUpperCase());
  expect(englishIn(text)).toEqual([]);

  // A duplicate's title says "copy" in the workshop's language.
  await page.goto('/');
  await page.getByRole('button', { name: 'Duplicate' }).click();
  await expect(page.getByText('Copied as “Kevään työpaja (kopio)”.')).toBeVisible();
});
