import { expect, test, type Page } from '@playwright/test';
import { readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  createWorkshop,
  downloadedPdfText,
  expectNoSeriousA11yViolations,
  useEnglish,
} from './helpers';

const SHOTS = '/tmp/privacy';

/** Every record of every object store, read with the raw IndexedDB API. */
async function dumpIndexedDb(page: Page): Promise<Record<string, unknown[]>> {
  return page.evaluate(
    () =>
      new Promise<Record<string, unknown[]>>((resolve, reject) => {
        const open = indexedDB.open('palvelupolku');
        open.onerror = () => reject(new Error(String(open.error)));
        open.onsuccess = () => {
          const database = open.result;
          const names = [...database.objectStoreNames];
          const tx = database.transaction(names, 'readonly');
          const dump: Record<string, unknown[]> = {};
          for (const name of names) {
            const request = tx.objectStore(name).getAll();
            request.onsuccess = () => {
              dump[name] = request.result as unknown[];
            };
          }
          tx.oncomplete = () => {
            database.close();
            resolve(dump);
          };
          tx.onerror = () => reject(new Error(String(tx.error)));
        };
      }),
  );
}

test('forgetting a client leaves no trace of it in any IndexedDB table', async ({ page }) => {
  await useEnglish(page);
  await page.getByRole('button', { name: 'Open sample workshop' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Current state' })).toBeVisible();
  const sampleId = new URL(page.url()).pathname.split('/')[2]!;
  await createWorkshop(page, {
    organisation: 'Lakeheart Spa Hotel (sample)',
    title: 'Follow-up 2027',
  });
  const followUpId = new URL(page.url()).pathname.split('/')[2]!;
  await createWorkshop(page, { organisation: 'Harbour Library', title: 'Service day' });

  const before = await dumpIndexedDb(page);
  expect(JSON.stringify(before)).toContain('Lakeheart');
  const tablesWithSample = Object.entries(before)
    .filter(([, rows]) => JSON.stringify(rows).includes(sampleId))
    .map(([name]) => name);
  expect(tablesWithSample.length).toBeGreaterThan(8);

  await page.getByRole('link', { name: 'Backup and data' }).click();
  await page
    .getByLabel('Organisation', { exact: true })
    .selectOption('lakeheart spa hotel (sample)');
  await page.getByRole('button', { name: 'Forget this client…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Forget Lakeheart Spa Hotel (sample)?' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('listitem')).toHaveCount(2);
  await expect(dialog).toContainText('Follow-up 2027');
  await expect(dialog).toContainText(/every item in them \(\d+ in all/);
  const confirm = dialog.getByRole('button', { name: 'Delete for good' });
  await expect(confirm).toBeDisabled();
  await dialog
    .getByLabel('Type the organisation’s name to confirm')
    .fill('lakeheart spa hotel (sample)');
  await page.screenshot({ path: `${SHOTS}/forget-confirm.png`, fullPage: true });
  await expectNoSeriousA11yViolations(page);
  await confirm.click();
  await expect(
    page.getByText('Lakeheart Spa Hotel (sample) was forgotten. Workshops deleted: 2.'),
  ).toBeVisible();

  const after = await dumpIndexedDb(page);
  const text = JSON.stringify(after);
  expect(text).not.toContain('Lakeheart');
  expect(text).not.toContain(sampleId);
  expect(text).not.toContain(followUpId);
  for (const [name, rows] of Object.entries(after)) {
    for (const row of rows as { workshopId?: string; id?: string }[]) {
      expect([sampleId, followUpId], name).not.toContain(row.workshopId ?? row.id);
    }
  }
  expect(text).toContain('Harbour Library');
  await page.getByRole('link', { name: 'Palvelupolku' }).click();
  await expect(page.getByRole('link', { name: 'Service day' })).toBeVisible();
});

test('a password-protected backup round-trips through the UI; a wrong password or a changed byte imports nothing', async ({
  page,
}) => {
  await useEnglish(page);
  await page.getByRole('button', { name: 'Open sample workshop' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Current state' })).toBeVisible();
  await page.getByRole('link', { name: 'Backup and data' }).click();
  await page.getByLabel('Protect the backup with a password').check();
  await page.getByLabel('Password', { exact: true }).fill('Kuusi ja mänty 2026');
  await page.getByLabel('Password again').fill('Kuusi ja mänty 2026');
  await expect(page.getByText('Strength: strong')).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/backup-options.png`, fullPage: true });
  await expectNoSeriousA11yViolations(page);
  const started = Date.now();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download a backup of all workshops' }).click(),
  ]);
  console.log(`encrypted backup export: ${Date.now() - started} ms`);
  // The name of a protected file does not tell whose it is.
  expect(download.suggestedFilename()).toMatch(
    /^palvelupolku-backup-\d{4}-\d{2}-\d{2}\.encrypted\.json$/,
  );
  const path = await download.path();
  const file = await readFile(path, 'utf8');
  const envelope = JSON.parse(file) as { format: string; header: string; ciphertext: string };
  expect(envelope.format).toBe('palvelupolku-encrypted-backup');
  const header = JSON.parse(envelope.header) as { kdf: { iterations: number } };
  expect(header.kdf.iterations).toBeGreaterThanOrEqual(600_000);
  expect(file).not.toContain('Lakeheart');

  // A file with one byte changed in the middle of the ciphertext.
  const position = file.indexOf(envelope.ciphertext) + Math.floor(envelope.ciphertext.length / 2);
  const changed =
    file.slice(0, position) + (file[position] === 'A' ? 'B' : 'A') + file.slice(position + 1);
  const changedPath = join(tmpdir(), 'privacy-changed.encrypted.json');
  await writeFile(changedPath, changed);
  const truncatedPath = join(tmpdir(), 'privacy-truncated.encrypted.json');
  await writeFile(truncatedPath, file.slice(0, Math.floor(file.length / 2)));

  await page.getByRole('link', { name: 'Palvelupolku' }).click();
  await page.getByRole('button', { name: 'Delete' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByText('No workshops yet.')).toBeVisible();
  await page.getByRole('link', { name: 'Backup and data' }).click();

  const input = page.getByLabel('Restore from a backup file');
  await input.setInputFiles(truncatedPath);
  await expect(
    page.getByRole('alert').filter({
      hasText: 'The protected backup is incomplete (it ends too early). Nothing was imported.',
    }),
  ).toBeVisible();

  await input.setInputFiles(path);
  const unlock = page.getByRole('dialog', { name: 'This backup is protected with a password' });
  await unlock.getByLabel('Password').fill('kuusi ja mänty 2026');
  await unlock.getByRole('button', { name: 'Open the backup' }).click();
  await expect(unlock.getByRole('alert')).toHaveText(
    'Wrong password, or the file has been changed. Nothing was imported.',
  );
  await page.screenshot({ path: `${SHOTS}/unlock-wrong.png`, fullPage: true });
  await unlock.getByRole('button', { name: 'Cancel' }).click();

  await input.setInputFiles(changedPath);
  await unlock.getByLabel('Password').fill('Kuusi ja mänty 2026');
  await unlock.getByRole('button', { name: 'Open the backup' }).click();
  await expect(unlock.getByRole('alert')).toHaveText(
    'Wrong password, or the file has been changed. Nothing was imported.',
  );
  await unlock.getByRole('button', { name: 'Cancel' }).click();
  // Nothing was imported: the only workshop is the deleted one (gone for good after its undo window).
  const workshops = (await dumpIndexedDb(page)).workshops as { deletedAt?: string }[];
  expect(workshops.filter((workshop) => !workshop.deletedAt)).toEqual([]);

  await input.setInputFiles(path);
  await unlock.getByLabel('Password').fill('Kuusi ja mänty 2026');
  const opening = Date.now();
  await unlock.getByRole('button', { name: 'Open the backup' }).click();
  await expect(page.getByText('Workshops restored: 1.')).toBeVisible();
  console.log(`encrypted backup unlock and import: ${Date.now() - opening} ms`);
  await page.getByRole('link', { name: 'Palvelupolku' }).click();
  await expect(page.getByRole('link', { name: 'Service culture workshop 2026' })).toBeVisible();
});

test('personal data is found, previewed and redacted with undo; the PDF can be redacted without touching the data', async ({
  page,
}) => {
  await useEnglish(page);
  await createWorkshop(page, {
    organisation: 'Harbour Library',
    title: 'Service day',
    language: 'English',
  });
  const parts = page.getByRole('navigation', { name: 'Parts of the current state' });
  await parts.getByRole('link', { name: 'Evidence' }).click();
  const original =
    'Maija Äijälä at the desk was rude to me. Call me on 040 123 4567 or write to pekka@example.fi. ' +
    'I live at Mannerheimintie 12 B 5, 00100 Helsinki. Order 123456-7890.';
  await page.getByLabel('What was said or observed').fill(original);
  await page.getByRole('button', { name: 'Add evidence' }).click();
  await expect(
    page.getByRole('listitem', { name: 'Evidence' }).getByLabel('What was said or observed'),
  ).toHaveValue(original);

  await page.getByRole('link', { name: 'Find and redact personal data' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Personal data in this workshop' }),
  ).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Found: 3' })).toBeVisible();
  await page.getByLabel('Name', { exact: true }).fill('Maija Äijälä');
  await page.getByLabel('Stands for').selectOption({ label: 'a staff member' });
  await page.getByRole('button', { name: 'Add name' }).click();
  await expect(page.getByRole('heading', { name: 'Found: 4' })).toBeVisible();
  await expect(page.locator('mark')).toHaveText([
    'Maija Äijälä',
    '040 123 4567',
    'pekka@example.fi',
    'Mannerheimintie 12 B 5, 00100 Helsinki',
  ]);
  await page
    .getByLabel('Replace “040 123 4567” (phone number) with')
    .selectOption({ label: 'Keep as it is' });
  await page.getByLabel('Hits of kind').selectOption({ label: 'e-mail' });
  await page.getByLabel('Replace with', { exact: true }).selectOption({ label: '[customer]' });
  await page.getByRole('button', { name: 'Set for all' }).click();
  const expected =
    '[staff member] at the desk was rude to me. Call me on 040 123 4567 or write to [customer]. ' +
    'I live at [removed]. Order 123456-7890.';
  await expect(page.getByText(`After: ${expected}`)).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/redaction.png`, fullPage: true });
  await expectNoSeriousA11yViolations(page);

  await page.getByRole('button', { name: 'Review and redact (3)' }).click();
  const confirm = page.getByRole('dialog', { name: 'Redact personal data?' });
  await expect(confirm).toContainText('Personal data to replace: 3, in texts: 1.');
  await confirm.getByRole('button', { name: 'Redact' }).click();
  await expect(page.getByText('Personal data replaced: 3.')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Found: 1' })).toBeVisible();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByText('Redaction undone.')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Found: 4' })).toBeVisible();

  // The PDF export can redact its copy; the stored text stays as it was.
  await page.getByRole('link', { name: 'Report' }).click();
  await page.getByLabel('Appendix: all evidence items').check();
  await page
    .getByLabel('Redact personal data in the exported file (stored data stays as it is)')
    .check();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export PDF' }).click(),
  ]);
  const text = await downloadedPdfText(download);
  expect(text).toContain('[staff member] at the desk was rude to me');
  expect(text).not.toContain('Äijälä');
  expect(text).not.toContain('pekka@example.fi');
  expect(text).not.toContain('00100');
  await page.getByRole('link', { name: 'Current state', exact: true }).click();
  await parts.getByRole('link', { name: 'Evidence' }).click();
  await expect(
    page.getByRole('listitem', { name: 'Evidence' }).getByLabel('What was said or observed'),
  ).toHaveValue(original);
});
