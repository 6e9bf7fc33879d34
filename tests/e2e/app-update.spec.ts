import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { createWorkshop, useEnglish } from './helpers';

/**
 * A new version of the app is deployed while two tabs are typing. The built app is served from a
 * folder of this test's own (its own port: vite preview cannot switch builds under a running
 * page); "deploying" swaps the folder for a copy whose index.html and service worker changed, as
 * the next build's would. The update, started from one tab, reloads both: nothing typed in either
 * tab may be lost on the way.
 */
const PORT = Number(process.env.E2E_PORT ?? 4173) + 1;
test.use({ baseURL: `http://127.0.0.1:${PORT}` });

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ttf': 'font/ttf',
  '.woff2': 'font/woff2',
};

/** Serves one folder at a time, with the single-page fallback to index.html. */
function staticServer(): { server: Server; serveFrom: (folder: string) => void } {
  let root = '';
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
    let file = join(root, path);
    if (!file.startsWith(root) || !existsSync(file) || path.endsWith('/'))
      file = join(root, 'index.html');
    response.writeHead(200, {
      'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
      'Cache-Control': 'no-cache',
    });
    response.end(readFileSync(file));
  });
  return { server, serveFrom: (folder) => (root = folder) };
}

/** The next build: another index.html (a build marker) and so another precache revision in sw.js. */
function nextBuild(from: string, to: string): void {
  cpSync(from, to, { recursive: true });
  const index = join(to, 'index.html');
  writeFileSync(
    index,
    readFileSync(index, 'utf8').replace(
      '<head>',
      '<head>\n    <meta name="app-build" content="2" />',
    ),
  );
  const worker = join(to, 'sw.js');
  const before = readFileSync(worker, 'utf8');
  const after = before.replace(/(url:"index\.html",revision:")[^"]+"/, '$1next-build"');
  expect(after).not.toBe(before);
  writeFileSync(worker, after);
}

/** The build marker of the version the tab runs (a locator: it waits through the reload). */
const build = (page: Page) => page.locator('meta[name="app-build"]');

let folder = '';
let server: Server;
let serveFrom: (folder: string) => void;

test.beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'pp-e2e-update-'));
  cpSync('dist', join(folder, 'v1'), { recursive: true });
  nextBuild(join(folder, 'v1'), join(folder, 'v2'));
  ({ server, serveFrom } = staticServer());
  serveFrom(join(folder, 'v1'));
  await new Promise<void>((resolve) => server.listen(PORT, '127.0.0.1', resolve));
});
test.afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  rmSync(folder, { recursive: true, force: true });
});

test('an update that arrives while two tabs type loses nothing typed in either tab', async ({
  page,
  context,
}) => {
  await useEnglish(page);
  await createWorkshop(page, { organisation: 'Päivitys Oy', title: 'Kaksi välilehteä' });
  const workshopUrl = page.url().replace(/\/current$/, '');
  // The service worker controls the app from the second load on.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.reload();
  await expect
    .poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller)))
    .toBe(true);

  const first = page;
  await first.goto(`${workshopUrl}/target`);
  const second = await context.newPage();
  await second.goto(`${workshopUrl}/current`);
  const target = first.getByLabel('Target-culture statement');
  const current = second.getByLabel('Current-state statement');
  await target.fill('Tavoite kirjoitettu ennen päivitystä');
  await current.fill('Nykytila kirjoitettu ennen päivitystä');

  // The next version is deployed; the tabs notice it when the browser checks for an update.
  serveFrom(join(folder, 'v2'));
  await first.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    await registration?.update();
  });
  for (const tab of [first, second])
    await expect(tab.getByText('A new version of Palvelupolku is available.')).toBeVisible();

  // Both tabs type again and the update is started at once, inside the autosave delay of both.
  await current.fill('Nykytila kirjoitettu ennen päivitystä ja vielä juuri ennen sitä');
  await target.fill('Tavoite kirjoitettu ennen päivitystä ja vielä juuri ennen sitä');
  await first.getByRole('button', { name: 'Update now' }).click();

  // Each tab writes what it holds and reloads into the new version.
  for (const tab of [first, second]) await expect(build(tab)).toHaveAttribute('content', '2');
  await expect(first.getByLabel('Target-culture statement')).toHaveValue(
    'Tavoite kirjoitettu ennen päivitystä ja vielä juuri ennen sitä',
  );
  await expect(second.getByLabel('Current-state statement')).toHaveValue(
    'Nykytila kirjoitettu ennen päivitystä ja vielä juuri ennen sitä',
  );
  // And each tab sees what the other typed.
  await first.goto(`${workshopUrl}/current`);
  await expect(first.getByLabel('Current-state statement')).toHaveValue(
    'Nykytila kirjoitettu ennen päivitystä ja vielä juuri ennen sitä',
  );
  await second.goto(`${workshopUrl}/target`);
  await expect(second.getByLabel('Target-culture statement')).toHaveValue(
    'Tavoite kirjoitettu ennen päivitystä ja vielä juuri ennen sitä',
  );
});
