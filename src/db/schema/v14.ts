import type { Transaction } from 'dexie';
import * as Y from 'yjs';
import { base64ToBytes } from '../../lib/base64';
import type { SchemaVersion } from './index';
import type { StoredRow } from './row-upgrade';

/** y-dexie keeps each Y.Doc property's updates in a table of its own, `$<table>.<prop>_updates`. */
export const LIVE_ROOM_DOCS = {
  publicDoc: '$liveRooms.publicDoc_updates',
  facilitatorDoc: '$liveRooms.facilitatorDoc_updates',
} as const;

/** The base64 fields of v12 that held the two documents, by the Y.Doc property that replaces each. */
const OLD_STATE_FIELDS = { publicDoc: 'publicState', facilitatorDoc: 'facilitatorState' } as const;

/**
 * Carries each room's documents from one base64 update per document into y-dexie's update
 * tables (y-dexie stores Yjs updates in format v2), then drops the base64 fields.
 */
async function moveDocumentsIntoYDexie(tx: Transaction): Promise<void> {
  const rows = await tx.table<StoredRow, string>('liveRooms').toArray();
  for (const [prop, field] of Object.entries(OLD_STATE_FIELDS)) {
    const updates = rows.flatMap((row) => {
      const state = typeof row[field] === 'string' ? row[field] : '';
      if (!state || row.status !== 'open') return [];
      try {
        const update = Y.convertUpdateFormatV1ToV2(base64ToBytes(state));
        // f: 1 marks an update made here, as y-dexie marks its own.
        return [{ k: row.id, u: update, f: 1 }];
      } catch {
        return []; // an unreadable document: the room starts afresh and the relay fills it in
      }
    });
    await tx.table(LIVE_ROOM_DOCS[prop as keyof typeof LIVE_ROOM_DOCS]).bulkAdd(updates);
  }
  await tx
    .table<StoredRow, string>('liveRooms')
    .toCollection()
    .modify((row: StoredRow) => {
      for (const field of Object.values(OLD_STATE_FIELDS)) delete row[field];
    });
}

/**
 * Live rooms keep their two Yjs documents through y-dexie (Y.Doc properties of the row), so a
 * document is saved with every change instead of as one base64 copy after a pause.
 */
export const v14: SchemaVersion = {
  version: 14,
  stores: {
    liveRooms: 'id, workshopId, status, updatedAt, publicDoc: Y.Doc, facilitatorDoc: Y.Doc',
  },
  workshopTables: [],
  upgradeData: moveDocumentsIntoYDexie,
};
