/**
 * A live room's two Yjs documents, kept by y-dexie as Y.Doc properties of its `liveRooms` row:
 * every change is written to IndexedDB as it happens, so a reload keeps the room and a room
 * prepared offline goes out when the relay appears.
 */
import type { Table } from 'dexie';
import { DexieYProvider } from 'y-dexie';
import type * as Y from 'yjs';
import type { LiveRoomRecord } from '../domain/types';
import { db } from './database';
import { LIVE_ROOM_DOCS } from './schema/v14';

/** A row as y-dexie hands it out: its documents are read-only properties, made on first read. */
type LiveRoomWithDocs = LiveRoomRecord & {
  readonly publicDoc: Y.Doc;
  readonly facilitatorDoc: Y.Doc;
};

export type LiveRoomDocs = { publicDoc: Y.Doc; facilitatorDoc: Y.Doc; release: () => void };

/** The update tables of the room documents: every transaction that deletes rooms needs them. */
export function liveRoomDocTables(): Table[] {
  return Object.values(LIVE_ROOM_DOCS).map((name) => db.table(name));
}

/** Both documents with everything stored for them; `release` stops writing them back. */
export async function openLiveRoomDocs(roomId: string): Promise<LiveRoomDocs | null> {
  const row = (await db.liveRooms.get(roomId)) as LiveRoomWithDocs | undefined;
  if (!row) return null;
  const { publicDoc, facilitatorDoc } = row;
  await Promise.all([
    DexieYProvider.load(publicDoc).whenLoaded,
    DexieYProvider.load(facilitatorDoc).whenLoaded,
  ]);
  return {
    publicDoc,
    facilitatorDoc,
    release: () => {
      DexieYProvider.release(publicDoc);
      DexieYProvider.release(facilitatorDoc);
    },
  };
}

/** Deletes the stored documents of the given rooms; call inside a transaction holding their tables. */
export async function deleteLiveRoomDocs(roomIds: readonly string[]): Promise<void> {
  if (roomIds.length === 0) return;
  for (const table of liveRoomDocTables()) await table.where('k').anyOf(roomIds).delete();
}
