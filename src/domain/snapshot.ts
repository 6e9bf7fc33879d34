import type { Snapshot, Workshop } from './types';

/** What a snapshot holds: the workshop and its rows, as written by the given schema version. */
export type SnapshotBundle = {
  workshop: Workshop;
  children: Record<string, Record<string, unknown>[]>;
};

export type SnapshotPayload = SnapshotBundle & { schemaVersion: number };

/** How many versions of one workshop are kept, and how many bytes at most. */
export const SNAPSHOTS_PER_WORKSHOP = 20;
export const SNAPSHOT_BYTES_PER_WORKSHOP = 20 * 1024 * 1024;
/** An automatic snapshot is taken at most this often while a workshop is being edited. */
export const SNAPSHOT_INTERVAL_MS = 10 * 60_000;

export function serialiseSnapshot(bundle: SnapshotBundle, schemaVersion: number): string {
  const payload: SnapshotPayload = { schemaVersion, ...bundle };
  return JSON.stringify(payload);
}

export function parseSnapshot(data: string): SnapshotPayload {
  const payload = JSON.parse(data) as SnapshotPayload;
  if (!payload || typeof payload !== 'object' || !payload.workshop || !payload.children) {
    throw new Error('snapshotUnreadable');
  }
  return payload;
}

/** Row counts per table, for the one-line summary in the History view. */
export function countRows(bundle: SnapshotBundle): Record<string, number> {
  return Object.fromEntries(
    Object.entries(bundle.children)
      .map(([name, rows]) => [name, rows.length] as const)
      .filter(([, count]) => count > 0),
  );
}

/**
 * The snapshots to delete so that at most `maxCount` and `maxBytes` remain, newest kept first.
 * The newest one always stays, however large it is.
 */
export function snapshotsToPrune(
  snapshots: readonly Pick<Snapshot, 'id' | 'takenAt' | 'data'>[],
  maxCount = SNAPSHOTS_PER_WORKSHOP,
  maxBytes = SNAPSHOT_BYTES_PER_WORKSHOP,
): string[] {
  const newestFirst = [...snapshots].sort((a, b) => b.takenAt.localeCompare(a.takenAt));
  let bytes = 0;
  return newestFirst.flatMap((snapshot, index) => {
    bytes += snapshot.data.length * 2;
    const isKept = index === 0 || (index < maxCount && bytes <= maxBytes);
    return isKept ? [] : [snapshot.id];
  });
}

/** Whether an automatic snapshot is due: none yet, or the latest is older than the interval. */
export function isIntervalSnapshotDue(latestTakenAt: string | undefined, now: number): boolean {
  if (!latestTakenAt) return true;
  return now - Date.parse(latestTakenAt) >= SNAPSHOT_INTERVAL_MS;
}
