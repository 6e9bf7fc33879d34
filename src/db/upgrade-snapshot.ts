import Dexie from 'dexie';
import type { SnapshotBundle } from '../domain/snapshot';
import type { Workshop } from '../domain/types';
import { db, DATABASE_NAME } from './database';
import { addSnapshot } from './repositories/snapshots';
import { LATEST_SCHEMA_VERSION, WORKSHOP_CONTENT_TABLES } from './schema';

/** Reads every workshop as the older schema stored it, without upgrading anything. */
async function readOldBundles(): Promise<{ version: number; bundles: SnapshotBundle[] } | null> {
  if (!(await Dexie.exists(DATABASE_NAME))) return null;
  // Opened without a schema, Dexie takes the database as it is and never upgrades it.
  const old = new Dexie(DATABASE_NAME);
  try {
    await old.open();
    if (old.verno >= LATEST_SCHEMA_VERSION) return null;
    const names = old.tables.map((table) => table.name);
    if (!names.includes('workshops')) return null;
    const workshops = (await old.table('workshops').toArray()) as Workshop[];
    const bundles: SnapshotBundle[] = [];
    for (const workshop of workshops.filter((item) => !item.deletedAt)) {
      const children: SnapshotBundle['children'] = {};
      for (const name of WORKSHOP_CONTENT_TABLES.filter((table) => names.includes(table))) {
        children[name] = (await old
          .table(name)
          .where('workshopId')
          .equals(workshop.id)
          .toArray()) as Record<string, unknown>[];
      }
      bundles.push({ workshop, children });
    }
    return { version: old.verno, bundles };
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
  let old: Awaited<ReturnType<typeof readOldBundles>> = null;
  try {
    old = await readOldBundles();
  } catch {
    old = null;
  }
  const saved = (async () => {
    if (!old) return 0;
    try {
      await db.open();
      for (const bundle of old.bundles) await addSnapshot(bundle, 'beforeUpgrade', old.version);
      return old.bundles.length;
    } catch {
      return 0;
    }
  })();
  return { saved };
}
