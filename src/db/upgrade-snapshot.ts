import Dexie from 'dexie';
import type { StoredContent } from '../domain/snapshot';
import { db, DATABASE_NAME, type TableName } from './database';
import { listedDatabase } from './database-name';
import { addSnapshot } from './repositories/snapshots';
import { LATEST_SCHEMA_VERSION, WORKSHOP_CONTENT_TABLES } from './schema';

type StoredRow = Record<string, unknown>;

/** Reads every workshop as the older schema stored it, without upgrading anything. */
async function readOldWorkshops(): Promise<{ version: number; contents: StoredContent[] } | null> {
  // The browser's list says whether the database is there and at which version, without a
  // connection: on most starts it is already up to date and is not opened twice. (Dexie stores
  // its version × 10, a little more when it has adapted an index itself.)
  const listed = await listedDatabase();
  if (listed === null) return null;
  if (listed?.version !== undefined && listed.version / 10 >= LATEST_SCHEMA_VERSION) return null;
  if (listed === undefined && !(await Dexie.exists(DATABASE_NAME))) return null;
  // Opened without a schema, Dexie takes the database as it is and never upgrades it.
  const old = new Dexie(DATABASE_NAME);
  try {
    await old.open();
    if (old.verno >= LATEST_SCHEMA_VERSION) return null;
    const names = old.tables.map((table) => table.name);
    // Only the tables this old version had, under the names this app knows.
    const stored = (name: TableName) => (names.includes(name) ? old.table<StoredRow>(name) : null);
    const workshops = stored('workshops');
    if (!workshops) return null;
    const contents: StoredContent[] = [];
    for (const workshop of await workshops.toArray()) {
      if (workshop.deletedAt) continue;
      const content: StoredContent = { workshop };
      for (const name of WORKSHOP_CONTENT_TABLES) {
        content[name] = await stored(name)
          ?.where('workshopId')
          .equals(String(workshop.id))
          .toArray();
      }
      contents.push(content);
    }
    return { version: old.verno, contents };
  } finally {
    old.close();
  }
}

/**
 * Before the app upgrades an existing database to a newer schema, every workshop is kept as a
 * snapshot of how the older version stored it; the History view can restore it. The reading
 * must finish before anything else opens the database; the writing waits for the upgrade (which
 * another tab may block for a while), so the app can start meanwhile. Never stops the app.
 */
export async function snapshotBeforeUpgrade(): Promise<{ saved: Promise<number> }> {
  let old: Awaited<ReturnType<typeof readOldWorkshops>> = null;
  try {
    old = await readOldWorkshops();
  } catch {
    old = null;
  }
  const saved = (async () => {
    if (!old) return 0;
    try {
      await db.open();
      for (const content of old.contents) await addSnapshot(content, 'beforeUpgrade', old.version);
      return old.contents.length;
    } catch {
      return 0;
    }
  })();
  return { saved };
}
