/**
 * The browser benchmark (`npm run bench`): builds the app, serves it with `vite preview`, drives
 * headless Chromium and prints a table of medians against the budgets of docs/performance.md.
 * Started by run-browser-bench.mjs; never part of `npm test`.
 */
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { resolve } from 'node:path';
import { preview, type PreviewServer } from 'vite';
import { measureBuild, sumGzip } from './bench-build';
import { FigureLog, printTable, writeResults } from './bench-report';
import { PAGE_PROBE, loadFigures } from './bench-probes';
import { LONG_TASK_PROBE } from './bench-responsiveness';
import { benchCsvImport } from './bench-csv';
import { benchFirstControl, printFirstLoadSummary } from './bench-first-control';
import { benchLargeWorkshop, benchSampleExport } from './bench-scenarios';

export type BenchEnv = {
  browser: Browser;
  appUrl: string;
  bareUrl: string;
  log: FigureLog;
  newContext: () => Promise<BrowserContext>;
  barePage: Page;
  /** BENCH_ONLY=screens: the large workshop's screens only, restored once. */
  isScreensOnly: boolean;
};

const LAUNCH_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const LOAD_RUNS = 5;
/** KB gzip of the JS the first load needs (issue 19: down from 160). */
const INITIAL_JS_BUDGET = 130;

async function throttle(page: Page, rate: number) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
}

async function benchLoads(env: BenchEnv, rate: number) {
  const suffix = rate > 1 ? ` (CPU ${rate}× slower)` : '';
  const id = rate > 1 ? `-throttled` : '';
  const budgets = rate > 1 ? { cold: 2500, warm: 2500 } : { cold: 1000, warm: 400 };
  const cold = { fcp: [] as number[], ready: [] as number[] };
  let network: { path: string; transfer: number }[] = [];
  for (let run = 0; run < LOAD_RUNS; run += 1) {
    const context = await env.newContext();
    const page = await context.newPage();
    if (rate > 1) await throttle(page, rate);
    await page.goto(env.appUrl);
    const figures = await loadFigures(page);
    cold.fcp.push(figures.fcp);
    cold.ready.push(figures.ready);
    network = figures.resources.filter((resource) => resource.end <= figures.ready);
    await context.close();
  }
  const group = `load${suffix}`;
  env.log.add({
    id: `cold-fcp${id}`,
    group,
    label: 'cold load: first contentful paint',
    unit: 'ms',
    runs: cold.fcp,
  });
  env.log.add({
    id: `cold-ready${id}`,
    group,
    label: 'cold load: workshop list interactive',
    unit: 'ms',
    runs: cold.ready,
    budget: budgets.cold,
  });

  // Warm: the service worker controls the page, one sample workshop is listed, network is off.
  const context = await env.newContext();
  const page = await context.newPage();
  await page.goto(env.appUrl);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.reload();
  await page.getByRole('button', { name: 'Open sample workshop' }).click();
  await page.waitForURL(/\/workshops\/[^/]+\/current$/);
  if (rate > 1) await throttle(page, rate);
  await context.setOffline(true);
  const warm = { fcp: [] as number[], ready: [] as number[] };
  for (let run = 0; run < LOAD_RUNS; run += 1) {
    await page.goto(env.appUrl);
    const figures = await loadFigures(page);
    const isControlled = await page.evaluate(() => Boolean(navigator.serviceWorker.controller));
    if (!isControlled) throw new Error('Warm load was not served by the service worker');
    warm.fcp.push(figures.fcp);
    warm.ready.push(figures.ready);
  }
  await context.close();
  env.log.add({
    id: `warm-fcp${id}`,
    group,
    label: 'warm offline load: first contentful paint',
    unit: 'ms',
    runs: warm.fcp,
  });
  env.log.add({
    id: `warm-ready${id}`,
    group,
    label: 'warm offline load: workshop list interactive',
    unit: 'ms',
    runs: warm.ready,
    budget: budgets.warm,
  });
  return network;
}

export async function runBrowserBench(options: {
  root: string;
  port: number;
  barePort: number;
  bareDist: string;
}) {
  const { root, bareDist } = options;
  const started = Date.now();
  const log = new FigureLog();
  const output = measureBuild(resolve(root, 'dist'));

  console.log('Build output (gzip):');
  log.add({
    id: 'initial-js',
    group: 'size',
    label: 'initial JS, build output',
    unit: 'KB',
    runs: sumGzip(output.initial, 'js'),
    budget: INITIAL_JS_BUDGET,
  });
  log.add({
    id: 'initial-css',
    group: 'size',
    label: 'initial CSS, build output',
    unit: 'KB',
    runs: sumGzip(output.initial, 'css'),
  });
  for (const asset of output.lazy)
    log.add({
      id: `lazy:${asset.file}`,
      group: 'lazy chunk',
      label: asset.file.replace(/^assets\//, ''),
      unit: 'KB',
      runs: asset.gzip,
    });

  const servers: PreviewServer[] = [];
  servers.push(
    await preview({
      root,
      logLevel: 'warn',
      preview: { host: '127.0.0.1', port: options.port, strictPort: true },
    }),
  );
  servers.push(
    await preview({
      configFile: false,
      root: resolve(root, 'tests/perf/bare'),
      logLevel: 'warn',
      build: { outDir: bareDist },
      preview: { host: '127.0.0.1', port: options.barePort, strictPort: true },
    }),
  );
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: LAUNCH_ARGS,
  });
  try {
    const appUrl = `http://127.0.0.1:${options.port}`;
    const bareUrl = `http://127.0.0.1:${options.barePort}`;
    const newContext = async () => {
      const context = await browser.newContext({
        baseURL: appUrl,
        locale: 'en-US',
        acceptDownloads: true,
      });
      await context.addInitScript(PAGE_PROBE);
      await context.addInitScript(LONG_TASK_PROBE);
      context.on('console', (message) => {
        if (message.type() === 'error') console.error(`  [page error] ${message.text()}`);
      });
      return context;
    };
    const bareContext = await browser.newContext();
    const barePage = await bareContext.newPage();
    await barePage.goto(bareUrl);
    await barePage.waitForFunction(() => window.bare?.isReady);
    const env: BenchEnv = {
      browser,
      appUrl,
      bareUrl,
      log,
      newContext,
      barePage,
      isScreensOnly: process.env.BENCH_ONLY === 'screens',
    };

    // BENCH_ONLY=loads,sample,large,csv runs a part (while working on one figure).
    const only = process.env.BENCH_ONLY?.split(',');
    const wants = (part: string) => !only || only.includes(part);
    if (wants('loads') || wants('first')) {
      console.log('First control, side by side with a bare Vite + React page:');
      await benchFirstControl(env);
    }
    if (wants('loads')) {
      console.log('Loads:');
      const network = await benchLoads(env, 1);
      const fetched = network
        .map((resource) => output.all.get(resource.path))
        .filter((asset) => asset !== undefined);
      log.add({
        id: 'network-js',
        group: 'size',
        label: 'initial JS, network log (gzip)',
        unit: 'KB',
        runs: sumGzip(fetched, 'js'),
        budget: INITIAL_JS_BUDGET,
      });
      log.add({
        id: 'network-css',
        group: 'size',
        label: 'initial CSS, network log (gzip)',
        unit: 'KB',
        runs: sumGzip(fetched, 'css'),
      });
      log.add({
        id: 'network-transfer',
        group: 'size',
        label: 'initial JS+CSS as transferred by vite preview',
        unit: 'KB',
        runs: network.reduce((sum, resource) => sum + resource.transfer, 0) / 1024,
      });
      await benchLoads(env, 4);
    }
    if (wants('sample')) {
      console.log('Sample workshop PDF:');
      await benchSampleExport(env);
    }
    if (wants('large') || env.isScreensOnly) {
      console.log('Large workshop:');
      await benchLargeWorkshop(env);
    }
    if (wants('csv')) {
      console.log('CSV import:');
      await benchCsvImport(env);
    }
  } finally {
    await browser.close();
    for (const server of servers) await server.close();
  }
  const table = printTable(log.figures);
  printFirstLoadSummary(log.figures);
  const seconds = Math.round((Date.now() - started) / 1000);
  const file = resolve(root, 'tests/perf/results/latest.json');
  writeResults(file, {
    measuredAt: new Date().toISOString(),
    seconds,
    node: process.version,
    chromium: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    figures: log.figures,
    table,
  });
  const misses = log.figures.filter((figure) => figure.isPass === false);
  console.log(
    `${log.figures.length} figures in ${seconds} s, ${misses.length} over budget; written to ${file}`,
  );
}
