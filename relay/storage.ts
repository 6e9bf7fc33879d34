/**
 * The relay's store: one SQLite file in the data folder (better-sqlite3: synchronous, prebuilt
 * or compiled once at install). Each document is one row holding its full Yjs state; a room's
 * rows are found by its code, so closing a room deletes every one of them.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { Extension, onLoadDocumentPayload, onStoreDocumentPayload } from '@hocuspocus/server';
import * as Y from 'yjs';
import { parseDocumentName } from '../src/domain/live-room/documents';

export type RoomStore = Extension & {
  /** Deletes every document of the room except its registry, which stays as a small tombstone. */
  deleteRoom(code: string, options?: { withRegistry?: boolean }): void;
  /** Rooms whose newest change is older than `maxAgeMs`: deleted entirely; returns their codes. */
  sweep(maxAgeMs: number): string[];
  /** Documents of a closed room are never written again, even if still in memory somewhere. */
  markClosed(code: string): void;
  documentNames(code: string): string[];
  /** Stores a document now (the tombstone of a closed room must not wait for the debounce). */
  write(documentName: string, document: Y.Doc): void;
  close(): void;
};

export function openRoomStore(dataDir: string): RoomStore {
  mkdirSync(dataDir, { recursive: true });
  const db = new Database(join(dataDir, 'relay.sqlite'));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  // Several relay processes may share the folder on one host.
  db.pragma('busy_timeout = 5000');
  db.exec(`CREATE TABLE IF NOT EXISTS documents (
    name TEXT PRIMARY KEY,
    room TEXT NOT NULL,
    data BLOB NOT NULL,
    updated_at INTEGER NOT NULL
  );
  CREATE INDEX IF NOT EXISTS documents_room ON documents(room);`);
  const select = db.prepare<[string], { data: Buffer }>(
    'SELECT data FROM documents WHERE name = ?',
  );
  const upsert = db.prepare<[string, string, Buffer, number]>(
    `INSERT INTO documents (name, room, data, updated_at) VALUES (?, ?, ?, ?)
     ON CONFLICT(name) DO UPDATE SET data = excluded.data, updated_at = excluded.updated_at`,
  );
  const deleteOthers = db.prepare<[string, string]>(
    'DELETE FROM documents WHERE room = ? AND name != ?',
  );
  const deleteAll = db.prepare<[string]>('DELETE FROM documents WHERE room = ?');
  const names = db.prepare<[string], { name: string }>('SELECT name FROM documents WHERE room = ?');
  const stale = db.prepare<[number], { room: string }>(
    'SELECT room FROM documents GROUP BY room HAVING MAX(updated_at) < ?',
  );
  const closed = new Set<string>();

  return {
    extensionName: 'palvelupolku-sqlite',
    onLoadDocument({ documentName, document }: onLoadDocumentPayload) {
      const row = select.get(documentName);
      if (row) Y.applyUpdate(document, new Uint8Array(row.data));
      return Promise.resolve();
    },
    onStoreDocument({ documentName, document }: onStoreDocumentPayload) {
      const parsed = parseDocumentName(documentName);
      if (!parsed) return Promise.resolve();
      if (closed.has(parsed.code) && parsed.kind !== 'relay') return Promise.resolve();
      upsert.run(
        documentName,
        parsed.code,
        Buffer.from(Y.encodeStateAsUpdate(document)),
        Date.now(),
      );
      return Promise.resolve();
    },
    deleteRoom(code, options = {}) {
      if (options.withRegistry) deleteAll.run(code);
      else deleteOthers.run(code, `pp/${code}/relay`);
    },
    sweep(maxAgeMs) {
      const codes = stale.all(Date.now() - maxAgeMs).map((row) => row.room);
      for (const code of codes) deleteAll.run(code);
      return codes;
    },
    markClosed(code) {
      closed.add(code);
    },
    write(documentName, document) {
      const parsed = parseDocumentName(documentName);
      if (parsed)
        upsert.run(
          documentName,
          parsed.code,
          Buffer.from(Y.encodeStateAsUpdate(document)),
          Date.now(),
        );
    },
    documentNames: (code) => names.all(code).map((row) => row.name),
    close() {
      db.close();
    },
  };
}
