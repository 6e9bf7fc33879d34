/**
 * `npm run bench`: the browser benchmark. Node 20 cannot run TypeScript itself, so Vite's module
 * runner loads browser-bench.ts (and the app's domain code it uses to generate data).
 * BENCH_PORT (default 4184) serves the app; BENCH_PORT + 1 serves the bare reference page.
 */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const port = Number(process.env.BENCH_PORT ?? process.env.E2E_PORT ?? 4184);
const { module } = await runnerImport(resolve(root, 'tests/perf/browser-bench.ts'), {
  configFile: false,
  root,
  logLevel: 'error',
});
await module.runBrowserBench({ root, port, barePort: port + 1 });
