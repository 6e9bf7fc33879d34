import type { Transaction } from 'dexie';
import {
  countRows,
  isIntervalSnapshotDue,
  parseSnapshot,
  serialiseSnapshot,
  snapshotsToPrune,
  type SnapshotBundle,
} from '../../domain/snapshot';
import type { Snapshot } from '../../domain/types';
import { newId, nowIso } from '../../lib/ids';
import { db } from '../database';
import { guardWrite, StorageError } from '../errors';
import { LATEST_SCHEMA_VERSION, SCHEMA_VERSIONS, WORKSHOP_CHILD_TABLES } from '../schema';
import { clearWorkshopContent, readWorkshopBundle, writeWorkshopBundle } from './workshop-bundle';

const allTables = () => [db.workshops, ...WORKSHOP_CHILD_TABLES.map((name) => db.table(name))];

/** The workshop's snapshots, newest first. */
export async function listSnapshots(workshopId: string): Promise<Snapshot[]> {
  const snapshots = await db.snapshots.where('workshopId').equals(workshopId).toArray();
  return snapshots.sort((a, b) => b.takenAt.localeCompare(a.takenAt));
}

async function pruneSnapshots(workshopId: string): Promise<void> {
  const doomed = snapshotsToPrune(await listSnapshots(workshopId));
  if (doomed.length > 0) await db.snapshots.bulkDelete(doomed);
}

/** Stores an already read bundle as a snapshot and drops the oldest beyond the cap. */
export async function addSnapshot(
  bundle: SnapshotBundle,
  reason: Snapshot['reason'],
  schemaVersion = LATEST_SCHEMA_VERSION,
): Promise<Snapshot> {
  const now = nowIso();
  const snapshot: Snapshot = {
    id: newId(),
    workshopId: bundle.workshop.id,
    createdAt: now,
    updatedAt: now,
    takenAt: now,
    reason,
    data: serialiseSnapshot(bundle, schemaVersion),
    schemaVersion,
    counts: countRows(bundle),
  };
  await db.transaction('rw', db.snapshots, async () => {
    await db.snapshots.add(snapshot);
    await pruneSnapshots(bundle.workshop.id);
  });
  return snapshot;
}

/**
 * Saves the workshop as it is now. With `onlyIfChanged`, nothing is stored when it equals the
 * latest snapshot. The workshop is read in a read-only transaction, so screens reading it are
 * not held up; inside a caller's transaction (import, restore) it joins that one.
 */
export async function takeSnapshot(
  workshopId: string,
  reason: Snapshot['reason'],
  options: { onlyIfChanged?: boolean } = {},
): Promise<Snapshot | undefined> {
  return guardWrite(async () => {
    const bundle = await readWorkshopBundle(workshopId);
    if (!bundle || bundle.workshop.deletedAt) return undefined;
    if (options.onlyIfChanged) {
      const [latest] = await listSnapshots(workshopId);
      if (latest && latest.data === serialiseSnapshot(bundle, LATEST_SCHEMA_VERSION)) {
        return undefined;
      }
    }
    return addSnapshot(bundle, reason);
  });
}

/** Automatic snapshots run one at a time, so two checks never store the same state twice. */
let intervalQueue: Promise<unknown> = Promise.resolve();

/** Bulk writes in progress, and when the last one ended (ms since the epoch). */
let bulkWrites = 0;
let bulkWriteEndedAt = 0;
/** How long after a bulk write the automatic snapshot keeps away, so the screen can update. */
export const BULK_WRITE_QUIET_MS = 5_000;

/**
 * Runs a large write (a CSV import) with the automatic snapshot held off: reading and
 * serialising thousands of new rows right then would take the main thread while the user
 * waits for the result. The next check after the quiet time snapshots the change.
 */
export async function withIntervalSnapshotsHeld<T>(write: () => Promise<T>): Promise<T> {
  bulkWrites += 1;
  try {
    return await write();
  } finally {
    bulkWrites -= 1;
    bulkWriteEndedAt = Date.now();
  }
}

/** The automatic snapshot while editing: at most every 10 minutes, and only after a change. */
export function takeIntervalSnapshot(
  workshopId: string,
  now = Date.now(),
): Promise<Snapshot | undefined> {
  if (bulkWrites > 0 || now - bulkWriteEndedAt < BULK_WRITE_QUIET_MS)
    return Promise.resolve(undefined);
  const next = intervalQueue.then(async () => {
    const [latest] = await listSnapshots(workshopId);
    if (!isIntervalSnapshotDue(latest?.takenAt, now)) return undefined;
    return takeSnapshot(workshopId, 'interval', { onlyIfChanged: true });
  });
  intervalQueue = next.catch(() => undefined);
  return next;
}

/**
 * Brings a bundle written by an older schema up to date by running the same upgrade functions
 * the database runs, on the rows in memory (they only use `table().toCollection().modify()`).
 */
export async function upgradeBundle(
  bundle: SnapshotBundle,
  fromVersion: number,
): Promise<SnapshotBundle> {
  const rows = (name: string): Record<string, unknown>[] =>
    name === 'workshops' ? [bundle.workshop] : (bundle.children[name] ??= []);
  const inMemory = {
    table: (name: string) => ({
      toCollection: () => ({
        modify: (change: (row: Record<string, unknown>) => void) => {
          for (const row of rows(name)) change(row);
          return Promise.resolve(rows(name).length);
        },
      }),
    }),
  } as unknown as Transaction;
  for (const schema of SCHEMA_VERSIONS) {
    if (schema.version > fromVersion && schema.upgrade) await schema.upgrade(inMemory);
  }
  return bundle;
}

/**
 * Puts the workshop back as it was in the snapshot. The state before is snapshotted first, so
 * a restore can be undone; returns that snapshot's id.
 */
export async function restoreSnapshot(snapshotId: string): Promise<string | undefined> {
  const snapshot = await db.snapshots.get(snapshotId);
  if (!snapshot) throw new StorageError('notFound');
  const payload = parseSnapshot(snapshot.data);
  // Upgraded before the transaction: it awaits nothing but the rows in memory.
  const bundle = await upgradeBundle(
    { workshop: payload.workshop, children: payload.children },
    payload.schemaVersion,
  );
  return guardWrite(() =>
    db.transaction('rw', allTables(), async () => {
      if (!(await db.workshops.get(snapshot.workshopId))) throw new StorageError('notFound');
      const before = await takeSnapshot(snapshot.workshopId, 'beforeRestore');
      await clearWorkshopContent(snapshot.workshopId);
      const workshop = { ...bundle.workshop, updatedAt: nowIso() };
      delete workshop.deletedAt;
      await writeWorkshopBundle({ workshop, children: bundle.children });
      return before?.id;
    }),
  );
}
