/**
 * The rooms this relay process serves right now: for each, direct connections to its registry,
 * public and facilitator documents (kept while anyone is connected), the copying of inboxes, and
 * what happens everywhere when the room is closed.
 */
import type { Document, Hocuspocus } from '@hocuspocus/server';
import type * as Y from 'yjs';
import { roomDocumentName, parseDocumentName } from '../src/domain/live-room/documents';
import { ROOM_CLOSED } from '../src/live-room-client/connection';
import { copyInbox } from './copier';
import { readRegistry, RELAY_ORIGIN } from './registry';
import { indexRoom, type RoomIndex } from './room-index';
import type { RoomStore } from './storage';

export type RoomHandle = {
  code: string;
  registry: Y.Doc;
  publicDoc: Y.Doc;
  facilitatorDoc: Y.Doc;
  index: RoomIndex;
};

type DirectConnection = Awaited<ReturnType<Hocuspocus['openDirectConnection']>>;

type Slot = {
  refs: number;
  ready: Promise<RoomHandle>;
  connections: DirectConnection[];
  unloadTimer?: NodeJS.Timeout;
};

export type RoomHub = {
  acquire(code: string): Promise<RoomHandle>;
  release(code: string): void;
  /** Copies the inbox soon (changes arriving together are copied once). */
  scheduleInbox(document: Document): void;
  activeRooms(): number;
  destroy(): Promise<void>;
};

export type HubOptions = {
  /** With Redis, how long to wait for another relay to bring a room this one has not seen. */
  waitForPeersMs: number;
  /** How long a room with nobody connected stays in memory. */
  idleMs: number;
};

function waitForContent(doc: Y.Doc, ms: number): Promise<void> {
  if (readRegistry(doc).exists) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      doc.off('update', check);
      resolve();
    };
    const check = () => {
      if (readRegistry(doc).exists) done();
    };
    const timer = setTimeout(done, ms);
    doc.on('update', check);
  });
}

export function createRoomHub(
  hocuspocus: Hocuspocus,
  store: RoomStore,
  options: HubOptions,
): RoomHub {
  const slots = new Map<string, Slot>();
  const pending = new Map<string, NodeJS.Immediate>();
  const closedHere = new Set<string>();

  function roomDocuments(code: string): Document[] {
    const prefix = `pp/${code}/`;
    return [...hocuspocus.documents.values()].filter((doc) => doc.name.startsWith(prefix));
  }

  function copyNow(handle: RoomHandle, document: Document): void {
    const parsed = parseDocumentName(document.name);
    if (!parsed || parsed.kind !== 'inbox' || closedHere.has(handle.code)) return;
    copyInbox(parsed.inboxId, document, handle.facilitatorDoc, handle.index);
  }

  /** Everything this process still holds of a closed room goes: connections, memory, rows. */
  function onClosed(code: string, registry: Y.Doc): void {
    if (closedHere.has(code)) return;
    closedHere.add(code);
    store.markClosed(code);
    for (const document of roomDocuments(code)) {
      for (const connection of document.getConnections()) connection.sendStateless(ROOM_CLOSED);
      hocuspocus.closeConnections(document.name);
    }
    store.deleteRoom(code);
    store.write(roomDocumentName(code, 'relay'), registry);
  }

  async function load(code: string, slot: Slot): Promise<RoomHandle> {
    const open = async (kind: 'relay' | 'public' | 'facilitator') => {
      const connection = await hocuspocus.openDirectConnection(roomDocumentName(code, kind), {
        role: 'relay',
      });
      slot.connections.push(connection);
      return connection.document as Document;
    };
    const registry = await open('relay');
    if (options.waitForPeersMs > 0) await waitForContent(registry, options.waitForPeersMs);
    const [publicDoc, facilitatorDoc] = await Promise.all([open('public'), open('facilitator')]);
    const handle: RoomHandle = {
      code,
      registry,
      publicDoc,
      facilitatorDoc,
      index: indexRoom(publicDoc, facilitatorDoc),
    };
    const checkClosed = () => {
      if (readRegistry(registry).status === 'closed' && readRegistry(registry).exists)
        onClosed(code, registry);
    };
    registry.on('update', checkClosed);
    checkClosed();
    // A new or revealed activity changes what inboxes may hold: judge the loaded ones again.
    publicDoc.on('update', (_update: Uint8Array, origin: unknown) => {
      if (origin === RELAY_ORIGIN) return;
      for (const document of roomDocuments(code)) {
        if (parseDocumentName(document.name)?.kind === 'inbox') schedule(handle, document);
      }
    });
    return handle;
  }

  function schedule(handle: RoomHandle, document: Document): void {
    if (pending.has(document.name)) return;
    pending.set(
      document.name,
      setImmediate(() => {
        pending.delete(document.name);
        if (!document.isDestroyed) copyNow(handle, document);
      }),
    );
  }

  async function unload(code: string, slot: Slot): Promise<void> {
    slots.delete(code);
    await Promise.all(slot.connections.map((connection) => connection.disconnect()));
  }

  return {
    acquire(code) {
      let slot = slots.get(code);
      if (!slot) {
        const created: Slot = { refs: 0, connections: [], ready: Promise.resolve(null as never) };
        slot = created;
        slot.ready = load(code, created).catch(async (error: unknown) => {
          await unload(code, created);
          throw error;
        });
        slots.set(code, slot);
      }
      clearTimeout(slot.unloadTimer);
      slot.refs += 1;
      return slot.ready;
    },
    release(code) {
      const slot = slots.get(code);
      if (!slot) return;
      slot.refs = Math.max(0, slot.refs - 1);
      if (slot.refs > 0) return;
      clearTimeout(slot.unloadTimer);
      slot.unloadTimer = setTimeout(() => {
        if (slot.refs === 0 && slots.get(code) === slot) void unload(code, slot);
      }, options.idleMs);
    },
    scheduleInbox(document) {
      const parsed = parseDocumentName(document.name);
      const slot = parsed ? slots.get(parsed.code) : undefined;
      if (!slot) return;
      void slot.ready.then((handle) => schedule(handle, document));
    },
    activeRooms: () => slots.size,
    async destroy() {
      for (const timer of pending.values()) clearImmediate(timer);
      pending.clear();
      await Promise.all(
        [...slots.entries()].map(([code, slot]) => {
          clearTimeout(slot.unloadTimer);
          return unload(code, slot);
        }),
      );
    },
  };
}
