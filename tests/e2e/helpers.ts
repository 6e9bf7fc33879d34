import AxeBuilder from '@axe-core/playwright';
import { expect, type Download, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';

export async function createWorkshop(
  page: Page,
  fields: {
    organisation: string;
    title: string;
    facilitator?: string;
    language?: 'Finnish' | 'English';
  },
) {
  await page.goto('/');
  await page.getByRole('link', { name: /New workshop|Uusi työpaja/ }).click();
  await page.getByLabel(/^(Organisation|Organisaatio)/).fill(fields.organisation);
  await page.getByLabel(/^(Workshop title|Työpajan nimi)/).fill(fields.title);
  if (fields.facilitator)
    await page.getByLabel(/^(Facilitator|Fasilitaattori)$/).fill(fields.facilitator);
  if (fields.language)
    await page.getByRole('radio', { name: new RegExp(fields.language, 'i') }).check();
  await page.getByRole('button', { name: /Create workshop|Luo työpaja/ }).click();
  await expect(page).toHaveURL(/\/workshops\/[^/]+\/current$/);
}

/** Waits until the debounced autosave has written everything. */
export async function waitForSaved(page: Page) {
  await expect(page.getByRole('status').filter({ hasText: /Saved|Tallennettu/ })).toBeVisible();
}

export async function expectNoSeriousA11yViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter(
    (v) => v.impact === 'serious' || v.impact === 'critical',
  );
  expect(
    serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([]);
}

export async function downloadedPdfText(download: Download): Promise<string> {
  const path = await download.path();
  return execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' }).replace(
    /\s+/g,
    ' ',
  );
}

export async function useEnglish(page: Page) {
  await page.goto('/');
  await page.getByLabel(/^(Language|Kieli)$/).selectOption('en');
}
