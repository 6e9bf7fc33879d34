/** A real relay on loopback, a facilitator and phones made with the client modules, in one process. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import WebSocket from 'ws';
import { afterAll, beforeAll } from 'vitest';
import { encodeToken, type RoomToken } from '../../src/domain/live-room/documents';
import * as Y from 'yjs';
import {
  newRoomCredentials,
  openFacilitatorRoom,
  prepareRoom,
  type FacilitatorRoom,
  type RoomCredentials,
} from '../../src/live-room-client/facilitator';
import {
  joinRoom,
  newParticipantIdentity,
  type ParticipantRoom,
  type ParticipantIdentity,
} from '../../src/live-room-client/participant';
import { startRelay, type Relay, type RelayConfig } from '../../relay/relay';

/** Ports of this checkout's relays in tests (4501–4519). */
export const RELAY_PORTS = {
  access: 4501,
  restart: 4502,
  flood: 4503,
  redisA: 4504,
  redisB: 4505,
  close: 4506,
  room: 4507,
} as const;

export type TestRelay = Relay & {
  url: string;
  dataDir: string;
  restart(): Promise<TestRelay>;
  dispose(): Promise<void>;
};

export async function startTestRelay(
  port: number,
  overrides: Partial<RelayConfig> = {},
  dataDir?: string,
): Promise<TestRelay> {
  const dir = dataDir ?? mkdtempSync(join(tmpdir(), 'pp-relay-'));
  const relay = await startRelay({
    host: '127.0.0.1',
    port,
    dataDir: dir,
    pageDir: join(dir, 'no-page'),
    ...overrides,
  });
  const test: TestRelay = {
    ...relay,
    url: `ws://127.0.0.1:${port}`,
    dataDir: dir,
    async restart() {
      await relay.close();
      return startTestRelay(port, overrides, dir);
    },
    async dispose() {
      await relay.close();
      if (!dataDir) rmSync(dir, { recursive: true, force: true });
    },
  };
  return test;
}

/** Waits for a condition, checking on every change and at least every 20 ms. */
export async function waitFor<T>(
  check: () => T | null | undefined | false,
  timeoutMs = 5_000,
  what = 'condition',
): Promise<T> {
  const started = Date.now();
  for (;;) {
    const value = check();
    if (value) return value;
    if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** Rooms opened by these helpers and not destroyed yet: `closeOpenRooms` ends them after a file. */
const openRooms = new Set<{ destroy(): void }>();

function tracked<T extends { destroy(): void }>(room: T): T {
  const destroy = room.destroy.bind(room);
  openRooms.add(room);
  room.destroy = () => {
    if (openRooms.delete(room)) destroy();
  };
  return room;
}

export function closeOpenRooms(): void {
  for (const room of [...openRooms]) room.destroy();
}

/**
 * One relay for a test file: started before its tests, stopped after them together with every
 * room the file opened. Read it through the getter (it exists only once `beforeAll` has run).
 */
export function relayForFile(port: number, overrides: Partial<RelayConfig> = {}): () => TestRelay {
  let relay: TestRelay | undefined;
  beforeAll(async () => {
    relay = await startTestRelay(port, overrides);
  });
  afterAll(async () => {
    closeOpenRooms();
    await relay?.dispose();
  });
  return () => {
    if (!relay) throw new Error('the relay has not started');
    return relay;
  };
}

export type TestFacilitator = FacilitatorRoom & { publicDoc: Y.Doc; facilitatorDoc: Y.Doc };

export function facilitator(
  url: string,
  credentials: RoomCredentials = newRoomCredentials(),
  language: 'fi' | 'en' = 'fi',
): TestFacilitator {
  const publicDoc = new Y.Doc();
  const facilitatorDoc = new Y.Doc();
  prepareRoom(publicDoc, { code: credentials.code, language, title: 'Testityöpaja' });
  const room = openFacilitatorRoom({
    url,
    credentials,
    publicDoc,
    facilitatorDoc,
    WebSocketPolyfill: WebSocket,
  });
  return tracked(Object.assign(room, { publicDoc, facilitatorDoc }));
}

export type TestPhone = ParticipantRoom & { publicDoc: Y.Doc; inboxDoc: Y.Doc };

export function phone(
  url: string,
  credentials: Pick<RoomCredentials, 'code' | 'joinKey'>,
  options: { identity?: ParticipantIdentity; inboxDoc?: Y.Doc; publicDoc?: Y.Doc } = {},
): TestPhone {
  const publicDoc = options.publicDoc ?? new Y.Doc();
  const inboxDoc = options.inboxDoc ?? new Y.Doc();
  const identity =
    options.identity ?? newParticipantIdentity(credentials.code, credentials.joinKey);
  const room = joinRoom({ url, identity, publicDoc, inboxDoc, WebSocketPolyfill: WebSocket });
  return tracked(Object.assign(room, { publicDoc, inboxDoc }));
}

export const connected = (room: { state(): string }) => room.state() === 'connected';

/** A facilitator whose room is connected, and `phoneCount` phones connected to it (on `phoneUrl`). */
export async function connectedRoom(
  url: string,
  phoneCount = 0,
  phoneUrl = url,
): Promise<{ host: TestFacilitator; phones: TestPhone[] }> {
  const host = facilitator(url);
  await waitFor(() => connected(host), 5_000, 'facilitator connected');
  const phones = await connectedPhones(phoneUrl, host.credentials, phoneCount);
  return { host, phones };
}

export async function connectedPhones(
  url: string,
  credentials: Pick<RoomCredentials, 'code' | 'joinKey'>,
  count: number,
): Promise<TestPhone[]> {
  const phones = Array.from({ length: count }, () => phone(url, credentials));
  await waitFor(() => phones.every(connected), 10_000, `${count} phones connected`);
  return phones;
}

/** Opens one document with a hand-made token: 'authenticated' or the relay's refusal reason. */
export async function tryOpen(url: string, name: string, token: RoomToken): Promise<string> {
  const socket = new HocuspocusProviderWebsocket({ url, WebSocketPolyfill: WebSocket });
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name,
    document: new Y.Doc(),
    token: encodeToken(token),
    awareness: null,
  });
  provider.attach();
  try {
    return await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no answer for ${name}`)), 5_000);
      provider.on('authenticated', () => {
        clearTimeout(timer);
        resolve('authenticated');
      });
      provider.on('authenticationFailed', ({ reason }: { reason: string }) => {
        clearTimeout(timer);
        resolve(reason);
      });
    });
  } finally {
    provider.destroy();
    socket.destroy();
  }
}
