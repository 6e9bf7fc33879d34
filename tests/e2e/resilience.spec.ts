import { expect, test, type Page } from '@playwright/test';
import {
  createWorkshop,
  downloadedPdfText,
  expectNoSeriousA11yViolations,
  useEnglish,
  waitForSaved,
} from './helpers';

const SHOTS = '/tmp/reliability';

async function openHistory(page: Page) {
  await page.getByRole('link', { name: 'Version history' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Version history' })).toBeVisible();
}

test('a workshop is restored from a saved version, and the restore is undone', async ({ page }) => {
  await useEnglish(page);
  await createWorkshop(page, { organisation: 'Historia Oy', title: 'Versiot' });
  const target = page.url().replace(/current$/, 'target');
  await page.goto(target);
  await page.getByLabel('Target-culture statement').fill('Ensimmäinen versio');
  await waitForSaved(page);

  await openHistory(page);
  await page.getByRole('button', { name: 'Save a version now' }).click();
  const versions = page.getByRole('list', { name: 'Saved versions, newest first' });
  const mine = versions.getByRole('listitem').filter({ hasText: 'Saved by you' });
  await expect(mine).toHaveCount(1);

  await page.goto(target);
  await page.getByLabel('Target-culture statement').fill('Toinen versio');
  await waitForSaved(page);

  await openHistory(page);
  await page.screenshot({ path: `${SHOTS}/history.png`, fullPage: true });
  await expectNoSeriousA11yViolations(page);
  await mine.getByRole('button', { name: /^Restore the version of / }).click();
  await expect(page.getByText(/is back\. The state just before it was saved/)).toBeVisible();
  await expect(
    versions.getByRole('listitem').filter({ hasText: 'Before restoring an earlier version' }),
  ).toHaveCount(1);
  await page.screenshot({ path: `${SHOTS}/history-restored.png`, fullPage: true });

  await page.goto(target);
  await expect(page.getByLabel('Target-culture statement')).toHaveValue('Ensimmäinen versio');

  // Undo from the History view: the version taken just before the restore brings it back.
  await openHistory(page);
  await versions
    .getByRole('listitem')
    .filter({ hasText: 'Before restoring an earlier version' })
    .getByRole('button', { name: /^Restore the version of / })
    .click();
  // The restore and its own "before" version are one transaction: when it shows, it is done.
  await expect(
    versions.getByRole('listitem').filter({ hasText: 'Before restoring an earlier version' }),
  ).toHaveCount(2);
  await page.goto(target);
  await expect(page.getByLabel('Target-culture statement')).toHaveValue('Toinen versio');
});

test('two tabs editing different parts of one workshop both keep their edits', async ({
  page,
  context,
}) => {
  await useEnglish(page);
  await createWorkshop(page, { organisation: 'Kaksi välilehteä Oy', title: 'Rinnakkain' });
  const current = page.url();
  const target = current.replace(/current$/, 'target');
  const other = await context.newPage();
  await other.goto(target);

  await page.getByLabel('Current-state statement').fill('Kirjoitettu välilehdessä yksi');
  await other.getByLabel('Target-culture statement').fill('Kirjoitettu välilehdessä kaksi');
  await waitForSaved(page);
  await waitForSaved(other);
  // Each tab sees the other's edit live, without overwriting it.
  await page.goto(target);
  await expect(page.getByLabel('Target-culture statement')).toHaveValue(
    'Kirjoitettu välilehdessä kaksi',
  );
  await other.goto(current);
  await expect(other.getByLabel('Current-state statement')).toHaveValue(
    'Kirjoitettu välilehdessä yksi',
  );
  await other.close();
});

test('an open tab steps aside when another tab upgrades the database, then explains the newer data', async ({
  page,
  context,
}) => {
  await useEnglish(page);
  await createWorkshop(page, { organisation: 'Päivitys Oy', title: 'Vanha välilehti' });
  await page.getByLabel('Current-state statement').fill('Ennen päivitystä');
  await waitForSaved(page);

  // A newer app version in a second tab upgrades the database (raw IndexedDB, higher version).
  const newer = await context.newPage();
  await newer.goto('/favicon.svg');
  const upgradedTo = await newer.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const request = indexedDB.open('palvelupolku', 10_000);
        request.onupgradeneeded = () => request.result.createObjectStore('fromTheFuture');
        request.onsuccess = () => {
          const version = request.result.version;
          request.result.close();
          resolve(version);
        };
        request.onerror = () => reject(new Error(String(request.error)));
        request.onblocked = () => reject(new Error('blocked: the old tab kept its connection'));
      }),
  );
  expect(upgradedTo).toBe(10_000);
  await expect(page.getByRole('alert')).toContainText('was updated in another tab');
  await page.screenshot({ path: `${SHOTS}/upgraded-elsewhere.png` });

  // Reloaded, the old app meets a database newer than it knows: explained, never cleared.
  await page.reload();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('saved by a newer version of Palvelupolku');
  await expect(alert).not.toContainText(/clear|delete|erase/i);
  await expect(page.getByLabel('Current-state statement')).toHaveValue('Ennen päivitystä');
  await newer.close();
});

test('an upgrade blocked by an old tab says to close that tab, and continues once it is closed', async ({
  page,
  context,
}) => {
  // An old app version without a versionchange handler keeps a version-1 connection open.
  const old = await context.newPage();
  await old.goto('/favicon.svg');
  await old.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('palvelupolku', 10);
        request.onupgradeneeded = () => {
          request.result
            .createObjectStore('workshops', { keyPath: 'id' })
            .createIndex('updatedAt', 'updatedAt');
          request.result
            .createObjectStore('actions', { keyPath: 'id' })
            .createIndex('workshopId', 'workshopId');
        };
        request.onsuccess = () => {
          (window as unknown as { oldConnection: IDBDatabase }).oldConnection = request.result;
          resolve();
        };
        request.onerror = () => reject(new Error(String(request.error)));
      }),
  );
  await page.goto('/');
  await expect(page.getByRole('alert')).toContainText('Close the other tab');
  await old.evaluate(() =>
    (window as unknown as { oldConnection: IDBDatabase }).oldConnection.close(),
  );
  await expect(page.getByRole('alert')).not.toContainText('Close the other tab');
  await page.getByLabel(/^(Language|Kieli)$/).selectOption('en');
  await page.getByRole('link', { name: 'New workshop' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await old.close();
});

test('edits made offline are in the PDF exported offline', async ({ page, context }) => {
  await useEnglish(page);
  await createWorkshop(page, { organisation: 'Erämaa Oy', title: 'Ei verkkoa' });
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.reload();
  await expect
    .poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller)))
    .toBe(true);
  await context.setOffline(true);
  const target = page.url().replace(/current$/, 'target');
  await page.goto(target);
  await page.getByLabel('Target-culture statement').fill('Kirjoitettu ilman verkkoyhteyttä');
  await waitForSaved(page);
  await page.goto(target.replace(/target$/, 'report'));
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export PDF' }).click(),
  ]);
  expect(await downloadedPdfText(download)).toContain('Kirjoitettu ilman verkkoyhteyttä');
  await context.setOffline(false);
});

test('the built app runs under its Content-Security-Policy without a violation', async ({
  page,
}) => {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) =>
      seen.push(`${event.violatedDirective} ${event.blockedURI}`),
    );
  });
  const consoleErrors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy/i.test(message.text()))
      consoleErrors.push(message.text());
  });
  await useEnglish(page);
  const policy = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content');
  expect(policy).toContain("script-src 'self'");
  expect(policy).toContain("object-src 'none'");
  // The server sends the same policy as a header, with what only a header can say.
  const headers = (await page.request.get('/')).headers();
  expect(headers['content-security-policy']).toBe(`${policy}; frame-ancestors 'none'`);
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['x-frame-options']).toBe('DENY');
  expect(headers['referrer-policy']).toBe('no-referrer');
  await page.getByRole('button', { name: 'Open sample workshop' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Current state' })).toBeVisible();
  const root = page.url().replace(/\/current$/, '');
  for (const part of [
    'current/journey',
    'target/results',
    'path/prioritise',
    'history',
    'report',
  ]) {
    await page.goto(`${root}/${part}`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    expect(
      await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations),
    ).toEqual([]);
  }
  await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export PDF' }).click(),
  ]);
  expect(
    await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations),
  ).toEqual([]);
  expect(consoleErrors).toEqual([]);
});

test('a deleted action comes back from Version history after its Undo has gone', async ({
  page,
}) => {
  await useEnglish(page);
  await createWorkshop(page, { organisation: 'Poisto Oy', title: 'Palautus' });
  const path = page.url().replace(/current$/, 'path');
  await page.goto(path);
  await page.getByLabel('Action', { exact: true }).first().fill('Palautehetki');
  await page.getByRole('button', { name: 'Add action' }).click();
  await expect(page.getByRole('textbox', { name: 'Action', exact: true }).last()).toHaveValue(
    'Palautehetki',
  );
  await page.getByRole('button', { name: 'Delete “Palautehetki”' }).click();
  const undo = page.getByRole('button', { name: 'Undo' });
  await expect(undo).toBeVisible();
  // The Undo of the notice goes after a few seconds; History is what is left then.
  await expect(undo).toBeHidden({ timeout: 15_000 });
  await expect(page.getByRole('textbox', { name: 'Action', exact: true })).toHaveCount(1);

  await openHistory(page);
  const versions = page.getByRole('list', { name: 'Saved versions, newest first' });
  await versions
    .getByRole('listitem')
    .filter({ hasText: 'Before something in it was deleted' })
    .getByRole('button', { name: /^Restore the version of / })
    .click();
  await expect(page.getByText(/is back\. The state just before it was saved/)).toBeVisible();
  await page.goto(path);
  await expect(page.getByRole('textbox', { name: 'Action', exact: true }).last()).toHaveValue(
    'Palautehetki',
  );
});
