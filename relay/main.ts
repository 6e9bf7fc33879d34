/**
 * `npm run relay`: starts the live-room relay and prints the addresses to use.
 *
 *   --host 0.0.0.0        RELAY_HOST       interface to bind (default: every IPv4 interface, so
 *                                          phones on the room's network reach it)
 *   --port 1234           RELAY_PORT
 *   --data .relay-data    RELAY_DATA_DIR   folder of the SQLite store
 *   --redis redis://…     RELAY_REDIS_URL  share rooms with other relays through Redis
 *   --public-url https://…  RELAY_PUBLIC_URL  the address phones use behind a TLS proxy
 *   --create-key …        RELAY_CREATE_KEY only facilitators who know it may create rooms
 */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { DEFAULT_CONFIG, startRelay } from './relay';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

const { values } = parseArgs({
  options: {
    host: { type: 'string' },
    port: { type: 'string' },
    data: { type: 'string' },
    redis: { type: 'string' },
    'public-url': { type: 'string' },
    'create-key': { type: 'string' },
    'page-dir': { type: 'string' },
    help: { type: 'boolean' },
  },
});

if (values.help) {
  console.log(
    'Usage: npm run relay -- [--host 0.0.0.0] [--port 1234] [--data .relay-data] [--redis redis://host:6379] [--public-url https://room.example.fi] [--create-key KEY]',
  );
  process.exit(0);
}

const port = Number(values.port ?? process.env.RELAY_PORT ?? DEFAULT_CONFIG.port);
if (!Number.isInteger(port) || port < 1 || port > 65535) {
  console.error(
    `The port must be a number from 1 to 65535, not "${values.port ?? process.env.RELAY_PORT}".`,
  );
  process.exit(2);
}

const relay = await startRelay({
  host: values.host ?? process.env.RELAY_HOST ?? DEFAULT_CONFIG.host,
  port,
  dataDir: resolve(
    values.data ?? process.env.RELAY_DATA_DIR ?? resolve(root, DEFAULT_CONFIG.dataDir),
  ),
  pageDir: resolve(
    values['page-dir'] ?? process.env.RELAY_PAGE_DIR ?? resolve(root, DEFAULT_CONFIG.pageDir),
  ),
  redisUrl: values.redis ?? process.env.RELAY_REDIS_URL ?? '',
  publicUrl: values['public-url'] ?? process.env.RELAY_PUBLIC_URL ?? '',
  createKey: values['create-key'] ?? process.env.RELAY_CREATE_KEY ?? '',
}).catch((error: NodeJS.ErrnoException) => {
  const reason =
    error.code === 'EADDRINUSE'
      ? `port ${port} is already in use (is another relay running?). Choose another with --port.`
      : error.code === 'EACCES'
        ? `no permission to use port ${port}. Choose a port above 1024 with --port.`
        : error.message;
  console.error(`The relay could not start: ${reason}`);
  process.exit(1);
});

const { pages, relays } = relay.addresses();
console.log(`Palvelupolku live-room relay is running on port ${relay.port}.`);
console.log('Participants open (the QR code carries one of these):');
for (const page of pages) console.log(`  ${page}`);
console.log("Relay address for the facilitator's app:");
for (const address of relays) console.log(`  ${address}`);
if (pages.length === 1 && pages[0]?.includes('localhost')) {
  console.log(
    'No network address found: phones can reach this relay only through a network (Wi-Fi, hotspot).',
  );
}
console.log('Stop with Ctrl+C. Room data is kept until the facilitator closes the room.');

let isStopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (isStopping) process.exit(1);
    isStopping = true;
    void relay.close().then(() => process.exit(0));
  });
}
