/**
 * The first load side by side with its floor: a bare Vite + React page (tests/perf/bare/
 * first-control.html) and the app, each loaded cold in a new browser context (a new profile: no
 * cache, no service worker, no data), alternating, eleven times each. Figures: when the "New
 * workshop" link was painted, when the load event came, and the app's ratios to the bare page.
 */
import type { BenchEnv } from './browser-bench';
import { firstControlFigures } from './bench-probes';
import { format, type Figure } from './bench-report';

const RUNS = 11;
export const FIRST_CONTROL_RATIO_BUDGET = 1.5;

async function loadOnce(env: BenchEnv, url: string) {
  const context = await env.newContext();
  try {
    const page = await context.newPage();
    await page.goto(url);
    return await firstControlFigures(page);
  } finally {
    await context.close();
  }
}

export async function benchFirstControl(env: BenchEnv): Promise<void> {
  const bare = { control: [] as number[], load: [] as number[] };
  const app = { control: [] as number[], load: [] as number[] };
  for (let run = 0; run < RUNS; run += 1) {
    // Alternating, so a burst of load on the machine falls on both alike.
    const bareRun = await loadOnce(env, `${env.bareUrl}/first-control.html`);
    bare.control.push(bareRun.control);
    bare.load.push(bareRun.load);
    const appRun = await loadOnce(env, env.appUrl);
    app.control.push(appRun.control);
    app.load.push(appRun.load);
  }
  const group = 'first control, side by side';
  const { log } = env;
  log.add({
    id: 'bare-load',
    group,
    label: 'bare Vite + React page: load event',
    unit: 'ms',
    runs: bare.load,
  });
  log.add({
    id: 'bare-control',
    group,
    label: 'bare Vite + React page: first control',
    unit: 'ms',
    runs: bare.control,
  });
  log.add({ id: 'app-load', group, label: 'app: load event', unit: 'ms', runs: app.load });
  log.add({
    id: 'app-control',
    group,
    label: 'app: first control ("New workshop" painted)',
    unit: 'ms',
    runs: app.control,
  });
  log.ratio('load-ratio', group, 'load event, app ÷ bare', 'app-load', 'bare-load');
  log.ratio(
    'control-ratio',
    group,
    'first control, app ÷ bare',
    'app-control',
    'bare-control',
    FIRST_CONTROL_RATIO_BUDGET,
  );
}

/** The four headline figures of the first load, printed last so they are not lost in the table. */
export function printFirstLoadSummary(figures: readonly Figure[]): void {
  const show = (id: string) => {
    const figure = figures.find((item) => item.id === id);
    if (!figure) return;
    const budget =
      figure.budget === undefined
        ? ''
        : ` (budget ≤ ${format(figure.budget, figure.unit)}: ${figure.isPass ? 'pass' : 'OVER'})`;
    console.log(`  ${figure.label}: ${format(figure.median, figure.unit)}${budget}`);
  };
  console.log('First load, side by side (medians):');
  for (const id of ['bare-control', 'app-control', 'control-ratio', 'initial-js', 'network-js'])
    show(id);
}
