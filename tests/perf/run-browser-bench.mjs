/**
 * `npm run bench`: the browser benchmark. Builds the app (as `vite build` does) and the bare
 * reference page, then lets Vite's module runner load browser-bench.ts, because Node 20 cannot
 * run TypeScript itself. BENCH_PORT (default 4184) serves the app, BENCH_PORT + 1 the bare page.
 * BENCH_SKIP_BUILD=1 reuses the last build while working on the benchmark itself.
 */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { build, runnerImport } from 'vite';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const port = Number(process.env.BENCH_PORT ?? process.env.E2E_PORT ?? 4184);
const bareDist = resolve(root, 'tests/perf/results/bare-dist');

if (!process.env.BENCH_SKIP_BUILD) {
  // Before the module runner starts: it sets NODE_ENV=development, which would bundle React's
  // development build.
  process.env.NODE_ENV = 'production';
  console.log('Building the app and the bare reference page…');
  await build({ root, mode: 'production', logLevel: 'warn' });
  await build({
    configFile: false,
    root: resolve(root, 'tests/perf/bare'),
    mode: 'production',
    logLevel: 'warn',
    // The bare Vite + React page (first-control.html) is built as Vite's React template would be.
    plugins: [react()],
    build: {
      outDir: bareDist,
      emptyOutDir: true,
      target: 'es2022',
      chunkSizeWarningLimit: 2000,
      rollupOptions: {
        input: {
          index: resolve(root, 'tests/perf/bare/index.html'),
          firstControl: resolve(root, 'tests/perf/bare/first-control.html'),
        },
      },
    },
  });
}

const { module } = await runnerImport(resolve(root, 'tests/perf/browser-bench.ts'), {
  configFile: false,
  root,
  logLevel: 'error',
});
await module.runBrowserBench({ root, port, barePort: port + 1, bareDist });
