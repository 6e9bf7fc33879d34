/**
 * `npm run test:stress`: builds once, then runs the end-to-end suite N times in a row and prints
 * a pass/fail table per run and per test. A test that fails in any run is a defect to fix.
 *
 *   npm run test:stress                       5 runs
 *   npm run test:stress -- 3 --load=busy      3 runs while every core is kept busy
 *   npm run test:stress -- --load=vitest      with the unit tests running alongside, again and again
 *   npm run test:stress -- 2 --grep evidence  anything else goes to `playwright test`
 *
 * STRESS_RUNS and STRESS_LOAD set the same from the environment. The load is bounded: it stops
 * when the runs end, and after --load-minutes (default 45) in any case.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';

const args = process.argv.slice(2);
// The number of runs comes first, if given; --load options are ours; the rest is Playwright's.
const hasRuns = /^\d+$/.test(args[0] ?? '');
const option = (name) => args.find((arg) => arg.startsWith(`--${name}=`))?.split('=')[1];
const runs = Number(hasRuns ? args[0] : (process.env.STRESS_RUNS ?? 5));
const load = option('load') ?? process.env.STRESS_LOAD ?? 'none';
const loadMinutes = Number(option('load-minutes') ?? 45);
const playwrightArgs = args
  .slice(hasRuns ? 1 : 0)
  .filter((arg) => !/^--load(-minutes)?=/.test(arg));

if (!['none', 'busy', 'vitest'].includes(load) || !(runs > 0)) {
  console.error(
    'Usage: npm run test:stress -- [runs] [--load=none|busy|vitest] [--load-minutes=45]',
  );
  process.exit(2);
}

/** Runs a command to its end; resolves with its exit code. */
function run(command, commandArgs, options = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, commandArgs, { stdio: 'inherit', ...options });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

/** Keeps the machine busy until stopped or the deadline passes. */
function startLoad(kind) {
  const deadline = Date.now() + loadMinutes * 60_000;
  const children = new Set();
  let isStopped = false;
  const keep = (command, commandArgs) => {
    if (isStopped || Date.now() > deadline) return;
    // A group of its own, so stopping it also stops what it started (Vitest's workers).
    const child = spawn(command, commandArgs, { stdio: 'ignore', detached: true });
    children.add(child);
    child.on('exit', () => {
      children.delete(child);
      keep(command, commandArgs);
    });
  };
  if (kind === 'busy') {
    // One spinning process per core, each ending by itself at the deadline.
    const spin = `const end = ${deadline}; while (Date.now() < end) {}`;
    for (let i = 0; i < availableParallelism(); i += 1) keep(process.execPath, ['-e', spin]);
  }
  if (kind === 'vitest')
    keep(process.execPath, ['node_modules/vitest/vitest.mjs', 'run', '--reporter=dot']);
  return () => {
    isStopped = true;
    for (const child of children) process.kill(-child.pid, 'SIGTERM');
  };
}

/** Every test of a Playwright JSON report: title, status, duration and first error line. */
function testsOf(report) {
  const found = [];
  const visit = (suite, path) => {
    for (const spec of suite.specs ?? []) {
      for (const test of spec.tests) {
        const last = test.results.at(-1);
        found.push({
          title: `${spec.file}: ${[...path, spec.title].join(' › ')}`,
          status: last?.status ?? 'skipped',
          ms: test.results.reduce((sum, result) => sum + result.duration, 0),
          error:
            plain(last?.error?.message ?? '')
              .split('\n')
              .find((line) => line.trim()) ?? '',
        });
      }
    }
    for (const child of suite.suites ?? []) visit(child, [...path, child.title]);
  };
  for (const suite of report.suites ?? []) visit(suite, []);
  return found;
}

/** Playwright's arguments for one run: its own output folder, and a trace of every failure. */
function runArgs(output) {
  const hasTrace = playwrightArgs.some((arg) => arg.startsWith('--trace'));
  return [
    '--reporter=list,json',
    `--output=${output}`,
    ...(hasTrace ? [] : ['--trace=retain-on-failure']),
    ...playwrightArgs,
  ];
}

// Playwright colours its messages; the table is plain text.
const escape = String.fromCharCode(27);
const plain = (text) => text.replace(new RegExp(`${escape}\\[[0-9;]*m`, 'g'), '');
const seconds = (ms) => `${(ms / 1000).toFixed(0)} s`;
const pad = (text, width) => String(text).padEnd(width);

console.log(`Stress: ${runs} end-to-end runs, load: ${load}`);
if ((await run('node', ['tests/e2e/check-chromium.mjs'])) !== 0) process.exit(1);
if ((await run('npx', ['vite', 'build', '--logLevel', 'warn'])) !== 0) process.exit(1);
if ((await run('npm', ['run', 'build:participant', '--silent'])) !== 0) process.exit(1);

const stopLoad = load === 'none' ? () => undefined : startLoad(load);
const folder = mkdtempSync(join(tmpdir(), 'palvelupolku-stress-'));
const results = [];
try {
  for (let index = 1; index <= runs; index += 1) {
    const file = join(folder, `run-${index}.json`);
    const output = join(folder, `run-${index}`);
    const loadBefore = loadavg()[0];
    const started = Date.now();
    console.log(`\n── Run ${index} of ${runs} (load average ${loadBefore.toFixed(1)}) ──`);
    const code = await run('npx', ['playwright', 'test', ...runArgs(output)], {
      env: { ...process.env, PLAYWRIGHT_JSON_OUTPUT_NAME: file },
    });
    let tests = [];
    try {
      tests = testsOf(JSON.parse(readFileSync(file, 'utf8')));
    } catch {
      // No report: Playwright itself failed (the server did not start, a syntax error).
    }
    results.push({ index, code, ms: Date.now() - started, load: loadavg()[0], tests, output });
    if (code === 0) rmSync(output, { recursive: true, force: true });
  }
} finally {
  stopLoad();
}

console.log('\nPer run');
console.log('run  result  passed  failed  other  duration  load average (end)');
for (const result of results) {
  const count = (status) => result.tests.filter((test) => test.status === status).length;
  const other = result.tests.length - count('passed') - count('failed') - count('timedOut');
  console.log(
    `${pad(result.index, 5)}${pad(result.code === 0 ? 'pass' : 'FAIL', 8)}${pad(count('passed'), 8)}` +
      `${pad(count('failed') + count('timedOut'), 8)}${pad(other, 7)}${pad(seconds(result.ms), 10)}` +
      result.load.toFixed(1),
  );
}

console.log('\nPer test (passed / runs, slowest run)');
const titles = [...new Set(results.flatMap((result) => result.tests.map((test) => test.title)))];
for (const title of titles) {
  const outcomes = results.map((result) => result.tests.find((test) => test.title === title));
  const passed = outcomes.filter((test) => test?.status === 'passed').length;
  const slowest = Math.max(...outcomes.map((test) => test?.ms ?? 0));
  console.log(
    `${passed === runs ? '  ' : '✘ '}${passed}/${runs}  ${pad(seconds(slowest), 6)} ${title}`,
  );
  outcomes.forEach((test, index) => {
    if (test && test.status !== 'passed')
      console.log(`        run ${index + 1}: ${test.status}: ${test.error.slice(0, 160)}`);
  });
}

const failedRuns = results.filter((result) => result.code !== 0).length;
if (failedRuns > 0) {
  console.log(
    '\nTraces and screenshots of the failed runs (npx playwright show-trace <trace.zip>):',
  );
  for (const result of results)
    if (result.code !== 0) console.log(`  run ${result.index}: ${result.output}`);
}
const totalMs = results.reduce((sum, result) => sum + result.ms, 0);
console.log(
  `\n${runs - failedRuns} of ${runs} runs passed, ${seconds(totalMs)} in all ` +
    `(${seconds(totalMs / runs)} a run), load: ${load}.`,
);
process.exit(failedRuns === 0 ? 0 : 1);
