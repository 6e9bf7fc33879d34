/** The CSV import scenario of the browser benchmark: 10,000 feedback rows into a new workshop. */
import type { BenchEnv } from './browser-bench';
import { readWorkshopRows, takeTransactions } from './bench-probes';
import { takeLongestTask } from './bench-responsiveness';
import { rawWrites, saveTransaction } from './bench-scenarios';
import { feedbackCsv } from './large-workshop';

export async function benchCsvImport(env: BenchEnv) {
  const { log } = env;
  const context = await env.newContext();
  const page = await context.newPage();
  const csv = Buffer.from(feedbackCsv(10_000));
  const preview: number[] = [];
  const total: number[] = [];
  const saves: number[] = [];
  const longest: number[] = [];
  let workshopId = '';
  for (let run = 0; run < 3; run += 1) {
    await page.goto('/workshops/new');
    await page.getByLabel(/^Organisation/).fill('Benchmark Oy');
    await page.getByLabel(/^Workshop title/).fill(`CSV ${run + 1}`);
    await page.getByRole('button', { name: 'Create workshop' }).click();
    await page.waitForURL(/\/workshops\/[^/]+\/current$/);
    workshopId = /\/workshops\/([^/]+)\//.exec(page.url())![1]!;
    await page.goto(`/workshops/${workshopId}/current/import`);
    const input = page.getByLabel('CSV file');
    await input.waitFor({ state: 'attached' });
    await takeTransactions(page);
    await takeLongestTask(page);
    const start = performance.now();
    await input.setInputFiles({ name: 'palaute.csv', mimeType: 'text/csv', buffer: csv });
    // Playwright builds the File inside the page in one long task of its own: not the app's.
    await takeLongestTask(page);
    const button = page.getByRole('button', { name: /^Import rows \(10[,\s]?000\)$/ });
    await button.waitFor({ timeout: 60_000 });
    preview.push(performance.now() - start);
    await button.click();
    await page
      .getByText(/Evidence items imported: 10[,\s]?000/)
      .waitFor({ timeout: 60_000 })
      .catch(async (error: unknown) => {
        await page.screenshot({ path: '/tmp/perf/csv-import-failed.png', fullPage: true });
        throw error;
      });
    total.push(performance.now() - start);
    longest.push(await takeLongestTask(page));
    saves.push(saveTransaction(await takeTransactions(page), 'evidence'));
  }
  const rows = await readWorkshopRows(page, workshopId);
  const raw = await rawWrites(
    env,
    rows,
    ['evidence', 'touchpoints', 'journeyStages', 'segments'],
    3,
  );
  await context.close();
  const group = 'CSV import 10,000 rows';
  log.add({
    id: 'csv-preview',
    group,
    label: 'choose file → preview and mapping shown',
    unit: 'ms',
    runs: preview,
  });
  log.add({
    id: 'csv-total',
    group,
    label: 'choose file → preview → import done',
    unit: 'ms',
    runs: total,
    budget: 3000,
  });
  log.add({
    id: 'csv-longest-task',
    group,
    label: 'longest main-thread task (reading, preview, import)',
    unit: 'ms',
    runs: longest,
    budget: 100,
  });
  log.add({
    id: 'save-csv',
    group,
    label: 'our save path: the write transaction',
    unit: 'ms',
    runs: saves,
  });
  log.add({
    id: 'raw-csv',
    group,
    label: 'raw IndexedDB: same records, same indexes',
    unit: 'ms',
    runs: raw,
  });
  log.ratio('save-csv-ratio', group, 'our save path ÷ raw IndexedDB', 'save-csv', 'raw-csv', 1.5);
}
