/** The user-facing scenarios of the browser benchmark: PDF export, the large workshop, CSV import. */
import type { Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { EMPTY_FILTER, filterEvidence } from '../../src/domain/evidence';
import type { EvidenceItem } from '../../src/domain/types';
import { CONTENT_TABLES, type WorkshopContent } from '../../src/domain/workshop-content';
import type { BenchEnv } from './browser-bench';
import { percentile } from './bench-report';
import {
  installKeyLatency,
  openScreen,
  readWorkshopRows,
  takeKeyLatencies,
  takeTransactions,
  type TxTiming,
} from './bench-probes';
import { slowestKeyDuring, takeLongestTask } from './bench-responsiveness';
import { largeWorkshopBackup, LARGE } from './large-workshop';

type Rows = Awaited<ReturnType<typeof readWorkshopRows>>;

const KB = 1024;

function contentOf(rows: Rows): WorkshopContent {
  const content = { workshop: rows.records.workshops![0] } as Record<string, unknown>;
  for (const table of CONTENT_TABLES) content[table] = rows.records[table] ?? [];
  return content as WorkshopContent;
}

/** The one readwrite transaction that wrote the given table (our save path), in ms. */
export function saveTransaction(timings: TxTiming[], table: string): number {
  const writes = timings.filter((tx) => tx.stores.includes(table));
  if (writes.length === 0) throw new Error(`No transaction wrote ${table}`);
  return Math.max(...writes.map((tx) => tx.ms));
}

export async function rawWrites(env: BenchEnv, rows: Rows, stores: string[], runs: number) {
  const records = Object.fromEntries(stores.map((name) => [name, rows.records[name] ?? []]));
  const times: number[] = [];
  for (let run = 0; run < runs; run += 1)
    times.push(
      await env.barePage.evaluate(({ shapes, records }) => window.bare.rawWrite(shapes, records), {
        shapes: rows.stores,
        records,
      }),
    );
  return times;
}

async function barePdfs(
  env: BenchEnv,
  content: WorkshopContent,
  hasAppendices: boolean,
  runs: number,
) {
  const results = [];
  for (let run = 0; run < runs; run += 1)
    results.push(
      await env.barePage.evaluate(
        ({ content, hasAppendices }) => window.bare.barePdf(content, hasAppendices),
        { content, hasAppendices },
      ),
    );
  return results;
}

/**
 * Click "Export PDF" until the download arrives; the file's size and page count, the longest
 * main-thread task meanwhile and, if asked, the slowest of keys pressed while the appendix of
 * evidence is being drawn.
 */
async function exportPdf(page: Page, shouldPressKeys = false) {
  const button = page.getByRole('button', { name: 'Export PDF' });
  await button.waitFor();
  await takeLongestTask(page);
  const start = performance.now();
  const downloaded = page.waitForEvent('download', { timeout: 120_000 });
  await button.click();
  const key = shouldPressKeys ? await slowestKeyDuring(page, /^Section 5 of 6: /) : undefined;
  const path = await (await downloaded).path();
  const ms = performance.now() - start;
  const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
  const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
  return { ms, bytes: statSync(path).size, pages, longest: await takeLongestTask(page), key };
}

async function benchExports(
  env: BenchEnv,
  page: Page,
  rows: Rows,
  name: 'sample' | 'large' | 'large-appendices',
  runs: number,
) {
  const isLarge = name !== 'sample';
  const hasAppendices = name === 'large-appendices';
  const ours = [];
  for (let run = 0; run < runs; run += 1) ours.push(await exportPdf(page, hasAppendices));
  const bare = await barePdfs(env, contentOf(rows), hasAppendices, runs);
  const group = `PDF ${name}`;
  const log = env.log;
  log.add({
    id: `pdf-${name}`,
    group,
    label: 'our report: click → download',
    unit: 'ms',
    runs: ours.map((r) => r.ms),
    budget: isLarge ? 4000 : 1000,
  });
  log.add({
    id: `pdf-${name}-longest-task`,
    group,
    label: 'longest main-thread task during the export',
    unit: 'ms',
    runs: ours.map((r) => r.longest),
    budget: isLarge ? 100 : undefined,
  });
  if (hasAppendices)
    log.add({
      id: `pdf-${name}-key`,
      group,
      label: 'key pressed mid-export (evidence appendix): key → paint, slowest of 3',
      unit: 'ms',
      runs: ours.map((r) => r.key ?? Number.NaN),
      budget: 100,
    });
  log.add({
    id: `pdf-${name}-pages`,
    group,
    label: 'our report: pages',
    unit: 'pages',
    runs: ours.map((r) => r.pages),
  });
  log.add({
    id: `pdf-${name}-kb`,
    group,
    label: 'our report: size',
    unit: 'KB',
    runs: ours.map((r) => r.bytes / KB),
  });
  log.add({
    id: `bare-pdf-${name}`,
    group,
    label: 'bare jsPDF text + tables: build',
    unit: 'ms',
    runs: bare.map((r) => r.ms),
  });
  log.add({
    id: `bare-pdf-${name}-pages`,
    group,
    label: 'bare jsPDF: pages',
    unit: 'pages',
    runs: bare.map((r) => r.pages),
  });
  log.add({
    id: `bare-pdf-${name}-kb`,
    group,
    label: 'bare jsPDF: size',
    unit: 'KB',
    runs: bare.map((r) => r.bytes / KB),
  });
  log.ratio(
    `pdf-${name}-ratio`,
    group,
    'our report ÷ bare jsPDF (time)',
    `pdf-${name}`,
    `bare-pdf-${name}`,
  );
}

export async function benchSampleExport(env: BenchEnv) {
  const context = await env.newContext();
  const page = await context.newPage();
  await page.goto('/');
  await page.getByRole('button', { name: 'Open sample workshop' }).click();
  await page.waitForURL(/\/workshops\/[^/]+\/current$/);
  const workshopId = /\/workshops\/([^/]+)\//.exec(page.url())![1]!;
  await page.goto(`/workshops/${workshopId}/report`);
  await benchExports(env, page, await readWorkshopRows(page, workshopId), 'sample', 5);
  await context.close();
}

const SCREENS = [
  'current/evidence',
  'current/import',
  'current/journey',
  'current/context',
  'current',
  'target',
  'target/participants',
  'target/rate',
  'target/results',
  'target/promises',
  'target/indicators',
  'path',
  'path/prioritise',
  'path/roadmap',
  'path/follow-up',
  'report',
];

async function importLargeBackup(env: BenchEnv, text: string) {
  const context = await env.newContext();
  const page = await context.newPage();
  await page.goto('/data');
  const input = page.getByLabel('Restore from a backup file');
  await input.waitFor({ state: 'attached' });
  await takeTransactions(page);
  await takeLongestTask(page);
  const start = performance.now();
  await input.setInputFiles({
    name: 'large-backup.json',
    mimeType: 'application/json',
    buffer: Buffer.from(text),
  });
  // Playwright builds the File inside the page in one long task of its own: not the app's.
  await takeLongestTask(page);
  await page.getByText('Workshops restored: 1.').waitFor({ timeout: 120_000 });
  const ms = performance.now() - start;
  const longest = await takeLongestTask(page);
  return {
    context,
    page,
    ms,
    longest,
    save: saveTransaction(await takeTransactions(page), 'evidence'),
  };
}

async function typeAndMeasure(page: Page, text: string) {
  await takeKeyLatencies(page);
  await page.keyboard.type(text, { delay: 110 });
  await page.waitForTimeout(300);
  return takeKeyLatencies(page);
}

export async function benchLargeWorkshop(env: BenchEnv) {
  const { log } = env;
  const { text, content } = largeWorkshopBackup(new Date());
  const workshopId = content.workshop.id;
  const imports = [];
  const restores = env.isScreensOnly ? 1 : 3;
  for (let run = 0; run < restores; run += 1) {
    const result = await importLargeBackup(env, text);
    imports.push(result);
    if (run < restores - 1) await result.context.close();
  }
  const { page, context } = imports[restores - 1]!;
  const rows = await readWorkshopRows(page, workshopId);
  const written = Object.keys(rows.records).filter((name) => rows.records[name]!.length > 0);
  const raw = await rawWrites(env, rows, written, 3);
  const group = 'save large workshop';
  const records = written.reduce((sum, name) => sum + rows.records[name]!.length, 0);
  log.add({
    id: 'backup-restore',
    group,
    label: `restore backup (read, validate, write ${records} records)`,
    unit: 'ms',
    runs: imports.map((r) => r.ms),
  });
  log.add({
    id: 'backup-restore-longest-task',
    group,
    label: 'restore: longest main-thread task',
    unit: 'ms',
    runs: imports.map((r) => r.longest),
    budget: 100,
  });
  log.add({
    id: 'save-large',
    group,
    label: 'our save path: the write transaction',
    unit: 'ms',
    runs: imports.map((r) => r.save),
  });
  log.add({
    id: 'raw-large',
    group,
    label: 'raw IndexedDB: same records, same indexes',
    unit: 'ms',
    runs: raw,
  });
  log.ratio(
    'save-large-ratio',
    group,
    'our save path ÷ raw IndexedDB',
    'save-large',
    'raw-large',
    1.5,
  );

  // Phase screens, five rounds; the first round also loads each screen's chunk.
  await page.goto(`/workshops/${workshopId}/current`);
  await page.locator('main h1').first().waitFor();
  let heading = '';
  const times = new Map<string, number[]>(SCREENS.map((screen) => [screen, []]));
  // BENCH_PROFILE=current/evidence writes a CPU profile of opening that screen (last round).
  const profiled = process.env.BENCH_PROFILE;
  const profiler = profiled ? await context.newCDPSession(page) : undefined;
  for (let round = 0; round < 5; round += 1) {
    for (const screen of SCREENS) {
      const isProfiled = profiler !== undefined && screen === profiled && round === 4;
      if (isProfiled) {
        await profiler.send('Profiler.enable');
        await profiler.send('Profiler.setSamplingInterval', { interval: 200 });
        await profiler.send('Profiler.start');
        await context.browser()?.startTracing(page, {
          path: `tests/perf/results/${screen.replaceAll('/', '-')}.trace.json`,
          categories: ['devtools.timeline', 'v8', 'blink', 'disabled-by-default-devtools.timeline'],
        });
      }
      const result = await openScreen(page, `/workshops/${workshopId}/${screen}`, heading);
      if (isProfiled) {
        await context.browser()?.stopTracing();
        const { profile } = await profiler.send('Profiler.stop');
        const file = `tests/perf/results/${screen.replaceAll('/', '-')}.cpuprofile`;
        await writeFile(file, JSON.stringify(profile));
        console.log(`  CPU profile of ${screen} (${Math.round(result.ms)} ms): ${file}`);
      }
      if (result.heading === heading)
        console.warn(`  ${screen} has the same heading as the screen before`);
      heading = result.heading;
      times.get(screen)!.push(result.ms);
    }
  }
  for (const [screen, runs] of times)
    log.add({
      id: `open:${screen}`,
      group: 'open screen (large)',
      label: screen,
      unit: 'ms',
      runs,
      budget: 300,
    });
  if (env.isScreensOnly) return context.close();

  // Typing in the current-state statement.
  heading = (await openScreen(page, `/workshops/${workshopId}/current`, heading)).heading;
  await installKeyLatency(page);
  const statement = page.getByLabel('Current-state statement');
  const typing: number[] = [];
  const worst: number[] = [];
  for (let run = 0; run < 3; run += 1) {
    await statement.click();
    await page.keyboard.press('End');
    const latencies = await typeAndMeasure(page, ' Asiakas odottaa vastausta nopeasti.');
    typing.push(percentile(latencies, 90));
    worst.push(Math.max(...latencies));
  }
  log.add({
    id: 'type-statement',
    group: 'input (large)',
    label: 'typing a statement: key → paint, p90',
    unit: 'ms',
    runs: typing,
    budget: 50,
  });
  log.add({
    id: 'type-statement-max',
    group: 'input (large)',
    label: 'typing a statement: slowest key',
    unit: 'ms',
    runs: worst,
  });

  // Filtering the evidence board by typing a search word.
  heading = (await openScreen(page, `/workshops/${workshopId}/current/evidence`, heading)).heading;
  const search = page.getByRole('searchbox', { name: 'Search' });
  const word = longestWord(content.evidence);
  const matches = filterEvidence(content.evidence, { ...EMPTY_FILTER, search: word }).length;
  const filtering: number[] = [];
  const settle: number[] = [];
  for (let run = 0; run < 3; run += 1) {
    await search.fill('');
    await page.getByText(`${LARGE.evidence} of ${LARGE.evidence} items`).waitFor();
    await search.click();
    await page.evaluate(() => {
      document.addEventListener(
        'keydown',
        (event) => ((window as unknown as { lastKey: number }).lastKey = event.timeStamp),
        { capture: true },
      );
    });
    const latencies = await typeAndMeasure(page, word);
    const settled = await page.evaluate(async (expected) => {
      const status = () =>
        [...document.querySelectorAll('[role=status]')].some((el) => el.textContent === expected);
      while (!status()) await new Promise((resolve) => requestAnimationFrame(resolve));
      return performance.now() - (window as unknown as { lastKey: number }).lastKey;
    }, `${matches} of ${LARGE.evidence} items`);
    filtering.push(percentile(latencies, 90));
    settle.push(settled);
  }
  log.add({
    id: 'type-filter',
    group: 'input (large)',
    label: `filtering 5,000 items (“${word}”): key → paint, p90`,
    unit: 'ms',
    runs: filtering,
    budget: 50,
  });
  log.add({
    id: 'filter-settle',
    group: 'input (large)',
    label: 'filtering: last key → list shows the matches',
    unit: 'ms',
    runs: settle,
  });

  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = await cdp.send('Runtime.getHeapUsage');
  log.add({
    id: 'heap',
    group: 'memory (large)',
    label: 'JS heap on the evidence board after GC',
    unit: 'MB',
    runs: heap.usedSize / KB / KB,
  });

  await openScreen(page, `/workshops/${workshopId}/report`, heading);
  await benchExports(env, page, rows, 'large', 3);
  // The optional appendices: every evidence item and every participant's ratings.
  await page.getByLabel('Appendix: all evidence items').check();
  await page.getByLabel('Appendix: participants’ ratings').check();
  await benchExports(env, page, rows, 'large-appendices', 3);
  await context.close();
}

function longestWord(items: EvidenceItem[]): string {
  const words = items[0]!.text.split(/[^\p{L}]+/u).filter((w) => w.length >= 5);
  return (words.sort((a, b) => b.length - a.length)[0] ?? 'asiakas').toLocaleLowerCase('fi');
}
