/**
 * `npm run bench:room`: 40 simulated phones join a live room on a relay on loopback, each sends
 * seven ratings and three ideas, then the facilitator reveals. Prints the figures and the budgets.
 * The relay runs as its own process (as in a workshop) so its memory is its own.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { PRINCIPLE_IDS } from '../../src/domain/principles';
import {
  newRoomCredentials,
  openFacilitatorRoom,
  prepareRoom,
} from '../../src/live-room-client/facilitator';
import { facilitatorMaps } from '../../src/live-room-client/layout';
import {
  joinRoom,
  newParticipantIdentity,
  type ParticipantRoom,
} from '../../src/live-room-client/participant';

const PHONES = 40;
const PORT = Number(process.env.BENCH_RELAY_PORT ?? 4510);
const URL = `ws://127.0.0.1:${PORT}`;
const BUDGET = { joinMs: 1_000, entryP95Ms: 100, revealMs: 1_000, relayMb: 150 };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function until(check: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const started = performance.now();
  while (!check()) {
    if (performance.now() - started > timeoutMs) throw new Error(`timed out: ${what}`);
    await sleep(5);
  }
}

function rssMb(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8')
    .split('\n')
    .find((row) => row.startsWith('VmRSS:'));
  return Number(line?.replace(/\D+/g, '') ?? 0) / 1024;
}

function percentile(values: number[], share: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)] ?? 0;
}

const dataDir = mkdtempSync(join(tmpdir(), 'pp-bench-relay-'));
const relay = spawn(
  process.execPath,
  [
    ...(process.env.BENCH_PROFILE ? ['--cpu-prof', '--cpu-prof-dir=/tmp/prof'] : []),
    'dist-relay/main.mjs',
    '--host',
    '127.0.0.1',
    '--port',
    String(PORT),
    '--data',
    dataDir,
  ],
  {
    stdio: ['ignore', 'pipe', 'inherit'],
  },
);
const stopRelay = () => {
  if (relay.exitCode === null) relay.kill('SIGTERM');
  rmSync(dataDir, { recursive: true, force: true });
};
process.on('exit', stopRelay);
await new Promise<void>((resolve, reject) => {
  relay.stdout.on('data', (chunk: Buffer) => {
    if (process.env.BENCH_DEBUG) process.stderr.write(chunk);
    if (chunk.toString().includes('is running')) resolve();
  });
  relay.once('exit', (code) => reject(new Error(`relay exited with ${code}`)));
  setTimeout(() => reject(new Error('relay did not start in 20 s')), 20_000);
});
let peakMb = rssMb(relay.pid ?? 0);
const sampler = setInterval(() => (peakMb = Math.max(peakMb, rssMb(relay.pid ?? 0))), 25);

const credentials = newRoomCredentials();
const publicDoc = new Y.Doc();
const facilitatorDoc = new Y.Doc();
prepareRoom(publicDoc, { code: credentials.code, language: 'fi', title: 'Benchmark' });
const host = openFacilitatorRoom({
  url: URL,
  credentials,
  publicDoc,
  facilitatorDoc,
  WebSocketPolyfill: WebSocket,
});
await until(() => host.state() === 'connected', 10_000, 'facilitator connected');
const ratings = host.addActivity({ kind: 'ratings' });
const ideas = host.addActivity({ kind: 'ideas', focusText: 'Jonotus', maxPerPerson: 3 });
host.openActivity(ideas.id);
host.openActivity(ratings.id);

// 1. Joining: from the first socket opened until every phone is connected and synced.
const joinStarted = performance.now();
const phones: ParticipantRoom[] = Array.from({ length: PHONES }, () =>
  joinRoom({
    url: URL,
    identity: newParticipantIdentity(credentials.code, credentials.joinKey),
    publicDoc: new Y.Doc(),
    inboxDoc: new Y.Doc(),
    WebSocketPolyfill: WebSocket,
  }),
);
await until(
  () => phones.every((phone) => phone.state() === 'connected' && phone.activities().length === 2),
  10_000,
  'all joined',
);
const joinMs = performance.now() - joinStarted;
await until(() => host.counts().joined === PHONES, 5_000, 'facilitator counts 40');

// 2. Entries. As in a room: every phone answers on its own, a tap every 150 ms (a quick hand),
// the phones starting within the first second. Each entry is timed from the write on the phone
// until it is in the facilitator's document.
const written = new Map<string, number>();
let latencies: number[] = [];
facilitatorMaps.entries(facilitatorDoc).observe((event) => {
  const now = performance.now();
  for (const key of event.keysChanged as Set<string>) {
    const at = written.get(key);
    if (at !== undefined) {
      latencies.push(now - at);
      written.delete(key);
    }
  }
});
const note = (result: { ok: true; id: string } | { ok: false }) => {
  if (result.ok) written.set(result.id, performance.now());
};
const answers = (phone: ParticipantRoom, index: number, round: string) => [
  ...PRINCIPLE_IDS.map(
    (principleId) => () =>
      note(
        phone.rate(round === 'paced' ? ratings.id : burstRatings.id, principleId, {
          current: ((index % 5) + 1) as 1,
          target: 5,
        }),
      ),
  ),
  ...[1, 2, 3].map(
    (idea) => () =>
      note(
        phone.addIdea(
          round === 'paced' ? ideas.id : burstIdeas.id,
          `Idea ${idea} puhelimelta ${index + 1}`,
        ),
      ),
  ),
];
const burstRatings = host.addActivity({ kind: 'ratings' });
const burstIdeas = host.addActivity({
  kind: 'ideas',
  focusText: 'Kaikki kerralla',
  maxPerPerson: 3,
});
const expected = PHONES * (PRINCIPLE_IDS.length + 3);
await Promise.all(
  phones.map(async (phone, index) => {
    await sleep((index * 1000) / PHONES);
    for (const answer of answers(phone, index, 'paced')) {
      answer();
      await sleep(150);
    }
  }),
);
await until(() => latencies.length === expected, 20_000, 'all paced entries at the facilitator');
const paced = latencies;
latencies = [];
// The worst case besides: all 400 entries written in one go (one process plays all 40 phones).
host.openActivity(burstIdeas.id);
host.openActivity(burstRatings.id);
await until(
  () => phones.every((phone) => phone.activities().filter((a) => a.status === 'open').length === 4),
  5_000,
  'burst activities on phones',
);
phones.forEach((phone, index) => answers(phone, index, 'burst').forEach((answer) => answer()));
await until(() => latencies.length === expected, 20_000, 'all burst entries at the facilitator');
const burst = latencies;

// 3. Reveal: both activities, until every phone shows both results.
const revealStarted = performance.now();
host.reveal(ratings.id);
host.reveal(ideas.id);
await until(
  () => phones.every((phone) => phone.results(ratings.id) && phone.results(ideas.id)),
  10_000,
  'results on every phone',
);
const revealMs = performance.now() - revealStarted;
clearInterval(sampler);
peakMb = Math.max(peakMb, rssMb(relay.pid ?? 0));

const figures = [
  ['all 40 phones joined', joinMs, BUDGET.joinMs, 'ms'],
  ['entry to facilitator, median', percentile(paced, 0.5), null, 'ms'],
  ['entry to facilitator, p95', percentile(paced, 0.95), BUDGET.entryP95Ms, 'ms'],
  ['entry to facilitator, max', Math.max(...paced), null, 'ms'],
  ['all 400 at once: median', percentile(burst, 0.5), null, 'ms'],
  ['all 400 at once: p95', percentile(burst, 0.95), null, 'ms'],
  ['reveal on every phone', revealMs, BUDGET.revealMs, 'ms'],
  ['relay memory, peak RSS', peakMb, BUDGET.relayMb, 'MB'],
] as const;
console.log(
  `\nLive room, ${PHONES} phones, ${expected} entries each round, relay on 127.0.0.1:${PORT}`,
);
let failed = 0;
for (const [name, value, budget, unit] of figures) {
  const verdict =
    budget === null
      ? ''
      : value <= budget
        ? `pass (budget ${budget} ${unit})`
        : `FAIL (budget ${budget} ${unit})`;
  if (verdict.startsWith('FAIL')) failed += 1;
  console.log(
    `  ${name.padEnd(32)} ${value.toFixed(unit === 'MB' ? 1 : 0).padStart(7)} ${unit}  ${verdict}`,
  );
}
for (const phone of phones) phone.destroy();
host.destroy();
stopRelay();
process.exit(failed > 0 ? 1 : 0);
