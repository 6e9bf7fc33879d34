import {
  countRows,
  isIntervalSnapshotDue,
  parseSnapshot,
  serialiseSnapshot,
  snapshotsToPrune,
  type StoredContent,
} from '../../domain/snapshot';
import type { Snapshot, Workshop } from '../../domain/types';
import { emptyContent, type WorkshopContent } from '../../domain/workshop-content';
import { newId, nowIso } from '../../lib/ids';
import { db, tableOf } from '../database';
import { guardWrite, StorageError } from '../errors';
import { LATEST_SCHEMA_VERSION, upgradeRowsInMemory, WORKSHOP_CHILD_TABLES } from '../schema';
import { addChecked } from './rows';
import {
  checkContent,
  clearWorkshopContent,
  readWorkshopContent,
  writeWorkshopContent,
} from './workshop-content';

const allTables = () => [db.workshops, ...WORKSHOP_CHILD_TABLES.map((name) => tableOf(name))];

/** The workshop's snapshots, newest first. */
export async function listSnapshots(workshopId: string): Promise<Snapshot[]> {
  const snapshots = await db.snapshots.where('workshopId').equals(workshopId).toArray();
  return snapshots.sort((a, b) => b.takenAt.localeCompare(a.takenAt));
}

async function pruneSnapshots(workshopId: string): Promise<void> {
  const doomed = snapshotsToPrune(await listSnapshots(workshopId));
  if (doomed.length > 0) await db.snapshots.bulkDelete(doomed);
}

/**
 * Stores a workshop already read (by this version or, before an upgrade, as an older one wrote
 * it) as a snapshot, and drops the oldest beyond the cap.
 */
export async function addSnapshot(
  content: StoredContent,
  reason: Snapshot['reason'],
  schemaVersion = LATEST_SCHEMA_VERSION,
): Promise<Snapshot> {
  const now = nowIso();
  const snapshot: Snapshot = {
    id: newId(),
    workshopId: String(content.workshop.id),
    createdAt: now,
    updatedAt: now,
    takenAt: now,
    reason,
    data: serialiseSnapshot(content, schemaVersion),
    schemaVersion,
    counts: countRows(content),
  };
  await guardWrite(() =>
    db.transaction('rw', db.snapshots, async () => {
      await addChecked('snapshots', [snapshot]);
      await pruneSnapshots(snapshot.workshopId);
    }),
  );
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
    const content = await readWorkshopContent(workshopId);
    if (!content || content.workshop.deletedAt) return undefined;
    if (options.onlyIfChanged) {
      const [latest] = await listSnapshots(workshopId);
      if (latest && latest.data === serialiseSnapshot(content, LATEST_SCHEMA_VERSION)) {
        return undefined;
      }
    }
    return addSnapshot(content, reason);
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
 * Brings a workshop written by an older schema up to date in memory, with the same upgrades
 * the database runs. Its rows are checked against the schemas when they are written.
 */
export function upgradeContent(stored: StoredContent, fromVersion: number): WorkshopContent {
  const content = { ...emptyContent(stored.workshop as Workshop), ...stored } as WorkshopContent;
  const rowsOf = (table: string): Record<string, unknown>[] =>
    table === 'workshops'
      ? [content.workshop]
      : (((content as Record<string, unknown>)[table] as Record<string, unknown>[] | undefined) ??
        []);
  upgradeRowsInMemory(rowsOf, fromVersion);
  return content;
}

/**
 * Puts the workshop back as it was in the snapshot. The state before is snapshotted first, so
 * a restore can be undone; returns that snapshot's id.
 */
export async function restoreSnapshot(snapshotId: string): Promise<string | undefined> {
  const snapshot = await db.snapshots.get(snapshotId);
  if (!snapshot) throw new StorageError('notFound');
  const { content: stored, schemaVersion } = parseSnapshot(snapshot.data);
  // Upgraded before the transaction: it awaits nothing but the rows in memory.
  const content = upgradeContent(stored, schemaVersion);
  const workshop = { ...content.workshop, updatedAt: nowIso() };
  delete workshop.deletedAt;
  return guardWrite(() => {
    const checked = checkContent({ ...content, workshop });
    return db.transaction('rw', allTables(), async () => {
      if (!(await db.workshops.get(snapshot.workshopId))) throw new StorageError('notFound');
      const before = await takeSnapshot(snapshot.workshopId, 'beforeRestore');
      await clearWorkshopContent(snapshot.workshopId);
      await writeWorkshopContent(checked);
      return before?.id;
    });
  });
}
