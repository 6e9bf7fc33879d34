import { expect, test } from '@playwright/test';
import { largeWorkshopBackup } from '../perf/large-workshop';

for (const lang of ['en', 'fi'] as const)
  test(`shot ${lang}`, async ({ page }) => {
    const { text, content } = largeWorkshopBackup(new Date());
    await page.goto('/');
    await page.getByLabel(/^(Language|Kieli)$/).selectOption(lang);
    await page.goto('/data');
    await page.locator('input[type=file][accept^=".json"]').setInputFiles({ name: 'b.json', mimeType: 'application/json', buffer: Buffer.from(text) });
    await page.waitForTimeout(500);
    await page.screenshot({ path: `/tmp/wk/restore-${lang}.png`, fullPage: true });
    await expect(page.getByText(/Workshops restored|palautettiin/)).toBeVisible({ timeout: 60_000 });
    await page.goto(`/workshops/${content.workshop.id}/report`);
    await page.getByRole('checkbox').nth(0).waitFor();
    for (const box of await page.getByRole('checkbox', { name: /Appendix|Liite/ }).all()) await box.check();
    await page.getByRole('button', { name: /Export PDF|Vie PDF/ }).click();
    await page.getByText(/Section 5|Osio 5/).waitFor();
    await page.screenshot({ path: `/tmp/wk/export-${lang}.png` });
  });
