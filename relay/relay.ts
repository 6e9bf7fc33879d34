/**
 * The relay: Hocuspocus behind our own http server (bound to the host we are given; Hocuspocus
 * 3.4's own `address` option never reaches listen()), with the room rules of access.ts, hub.ts
 * and copier.ts, SQLite storage, and Redis when several relays serve the same rooms.
 */
import { createServer, type Server } from 'node:http';
import { Hocuspocus, type Extension } from '@hocuspocus/server';
import { Redis } from '@hocuspocus/extension-redis';
import { WebSocketServer } from 'ws';
import { parseDocumentName } from '../src/domain/live-room/documents';
import { authenticate, type ConnectionContext } from './access';
import { relayAddresses } from './addresses';
import { createHttpHandler } from './http';
import { createRoomHub } from './hub';
import { closeRegistry, RELAY_ORIGIN } from './registry';
import { openRoomStore } from './storage';
import { createThrottle, DEFAULT_THROTTLE, type ThrottleOptions } from './throttle';

export type RelayConfig = {
  host: string;
  port: number;
  dataDir: string;
  /** The built participant page (dist-participant). */
  pageDir: string;
  /** redis://[:password@]host:port[/db]; '' for none. */
  redisUrl: string;
  /** The address phones use when the relay sits behind a proxy, e.g. https://room.example.fi */
  publicUrl: string;
  /** When set, only facilitators who know it may create rooms (a relay on the internet). */
  createKey: string;
  /** Rooms untouched this long are deleted (a facilitator who never closed them). */
  roomMaxAgeMs: number;
  throttle: ThrottleOptions;
};

export const DEFAULT_CONFIG: RelayConfig = {
  host: '0.0.0.0',
  port: 1234,
  dataDir: '.relay-data',
  pageDir: 'dist-participant',
  redisUrl: '',
  publicUrl: '',
  createKey: '',
  roomMaxAgeMs: 7 * 24 * 3600 * 1000,
  throttle: DEFAULT_THROTTLE,
};

export type Relay = {
  port: number;
  addresses: () => { pages: string[]; relays: string[] };
  stats: () => Record<string, number>;
  close: () => Promise<void>;
};

function redisExtension(url: string): Extension {
  const parsed = new URL(url);
  return new Redis({
    host: parsed.hostname,
    port: Number(parsed.port || 6379),
    prefix: 'palvelupolku',
    options: {
      // ioredis 5.8.2+ may send its INFO ready check after the subscriber has subscribed, which
      // Redis refuses (ioredis issue #2037): the subscriber then never hears the other relays.
      enableReadyCheck: false,
      ...(parsed.password ? { password: decodeURIComponent(parsed.password) } : {}),
      ...(parsed.username ? { username: decodeURIComponent(parsed.username) } : {}),
      // A database other than 0 only when asked: ioredis would SELECT on the subscriber too.
      ...(Number(parsed.pathname.slice(1)) > 0 ? { db: Number(parsed.pathname.slice(1)) } : {}),
    },
  });
}

const AWARENESS = 1;
const QUERY_AWARENESS = 3;

/** The message type after the document name (a varint-prefixed string). */
function messageType(data: Uint8Array): number {
  let length = 0;
  let shift = 0;
  let index = 0;
  for (; index < data.length; index += 1) {
    const byte = data[index] ?? 0;
    length |= (byte & 0x7f) << shift;
    shift += 7;
    if (byte < 0x80) break;
  }
  return data[index + 1 + length] ?? -1;
}

export async function startRelay(overrides: Partial<RelayConfig> = {}): Promise<Relay> {
  const config = { ...DEFAULT_CONFIG, ...overrides };
  const store = openRoomStore(config.dataDir);
  store.sweep(config.roomMaxAgeMs);
  const throttle = createThrottle(config.throttle);
  const extensions: Extension[] = [store];
  if (config.redisUrl) extensions.unshift(redisExtension(config.redisUrl));
  const hocuspocus = new Hocuspocus({ quiet: true, debounce: 500, maxDebounce: 3_000, extensions });
  const hub = createRoomHub(hocuspocus, store, {
    waitForPeersMs: config.redisUrl ? 500 : 0,
    idleMs: 10_000,
  });

  hocuspocus.configure({
    onAuthenticate: (payload) => authenticate(payload, hub, config.createKey),
    beforeHandleMessage({ context, update }) {
      const type = messageType(update);
      // Presence would show who is in the room: participants may not send or ask for it.
      if (
        (context as ConnectionContext).role === 'participant' &&
        (type === AWARENESS || type === QUERY_AWARENESS)
      ) {
        return Promise.reject(Object.assign(new Error(''), { code: 4403, reason: 'not-allowed' }));
      }
      return Promise.resolve();
    },
    onChange({ documentName, document, transactionOrigin }) {
      if (transactionOrigin !== RELAY_ORIGIN && parseDocumentName(documentName)?.kind === 'inbox') {
        hub.scheduleInbox(document);
      }
      return Promise.resolve();
    },
    afterLoadDocument({ documentName, document }) {
      // After a restart the facilitator's copy may lag the stored inbox: copy it again.
      if (parseDocumentName(documentName)?.kind === 'inbox') hub.scheduleInbox(document);
      return Promise.resolve();
    },
    async onStateless({ connection, documentName, payload }) {
      const context = connection.context as ConnectionContext;
      if (context.role !== 'facilitator') return;
      let message: { type?: unknown };
      try {
        message = JSON.parse(payload) as { type?: unknown };
      } catch {
        return;
      }
      const code = parseDocumentName(documentName)?.code;
      if (message.type !== 'close' || !code) return;
      const room = await hub.acquire(code);
      try {
        closeRegistry(room.registry);
      } finally {
        hub.release(code);
      }
    },
    onDisconnect({ context }) {
      const code = (context as Partial<ConnectionContext>).code;
      if (code) hub.release(code);
      return Promise.resolve();
    },
  });

  const addresses = () => relayAddresses(config.host, actualPort, config.publicUrl);
  const stats = () => ({
    rooms: hub.activeRooms(),
    documents: hocuspocus.getDocumentsCount(),
    connections: hocuspocus.getConnectionsCount(),
    throttledSockets: throttle.stats.throttledSockets,
    throttlePauses: throttle.stats.pauses,
    rssBytes: process.memoryUsage().rss,
  });
  const handle = createHttpHandler({ pageDir: config.pageDir, hub, addresses, stats });
  const server: Server = createServer((request, response) => void handle(request, response));
  // One message per tick (not a whole TCP chunk at once): a paused flooder stops at once and
  // other sockets' messages interleave with its burst.
  const sockets = new WebSocketServer({
    noServer: true,
    maxPayload: 4 * 1024 * 1024,
    allowSynchronousEvents: false,
  });
  server.on('upgrade', (request, socket, head) => {
    sockets.handleUpgrade(request, socket, head, (websocket) => {
      throttle.watch(websocket);
      hocuspocus.handleConnection(websocket, request);
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, () => resolve());
  });
  const bound = server.address();
  const actualPort = typeof bound === 'object' && bound ? bound.port : config.port;
  const sweeper = setInterval(() => store.sweep(config.roomMaxAgeMs), 3600_000);
  sweeper.unref();

  return {
    port: actualPort,
    addresses,
    stats,
    async close() {
      clearInterval(sweeper);
      for (const client of sockets.clients) client.terminate();
      hocuspocus.closeConnections();
      await hub.destroy();
      // Store every document still in memory before the file is closed.
      await Promise.all(
        [...hocuspocus.documents.values()].map((document) =>
          hocuspocus.storeDocumentHooks(
            document,
            {
              instance: hocuspocus,
              clientsCount: 0,
              context: {},
              document,
              documentName: document.name,
              requestHeaders: {},
              requestParameters: new URLSearchParams(),
              socketId: 'server',
            },
            true,
          ),
        ),
      );
      await hocuspocus.hooks('onDestroy', { instance: hocuspocus });
      await new Promise<void>((resolve) => {
        sockets.close(() => server.close(() => resolve()));
      });
      store.close();
    },
  };
}
