import type { Snapshot } from './types';
import { CONTENT_TABLES, type WorkshopContent } from './workshop-content';

type StoredRow = Record<string, unknown>;

/**
 * A workshop's content as some schema version wrote it: the same shape as WorkshopContent,
 * with rows left untyped until they are upgraded (a table may be missing in an old one).
 */
export type StoredContent = {
  [K in keyof WorkshopContent]?: K extends 'workshop' ? StoredRow : StoredRow[];
} & { workshop: StoredRow };

/** What a snapshot's `data` holds, as written since schema v5: the rows under `children`. */
type SnapshotPayload = {
  schemaVersion: number;
  workshop: StoredRow;
  children: Record<string, StoredRow[]>;
};

/** How many versions of one workshop are kept, and how many bytes at most. */
export const SNAPSHOTS_PER_WORKSHOP = 20;
export const SNAPSHOT_BYTES_PER_WORKSHOP = 20 * 1024 * 1024;
/** An automatic snapshot is taken at most this often while a workshop is being edited. */
export const SNAPSHOT_INTERVAL_MS = 10 * 60_000;

export function serialiseSnapshot(content: StoredContent, schemaVersion: number): string {
  const children: SnapshotPayload['children'] = {};
  for (const table of CONTENT_TABLES) {
    const rows = content[table];
    if (rows) children[table] = rows;
  }
  const payload: SnapshotPayload = { schemaVersion, workshop: content.workshop, children };
  return JSON.stringify(payload);
}

export function parseSnapshot(data: string): { schemaVersion: number; content: StoredContent } {
  const payload = JSON.parse(data) as Partial<SnapshotPayload> | null;
  if (!payload || typeof payload !== 'object' || !payload.workshop || !payload.children) {
    throw new Error('snapshotUnreadable');
  }
  const content: StoredContent = { workshop: payload.workshop };
  for (const table of CONTENT_TABLES) {
    const rows = payload.children[table];
    if (Array.isArray(rows)) content[table] = rows;
  }
  return { schemaVersion: payload.schemaVersion ?? 1, content };
}

/** Row counts per table, for the one-line summary in the History view. */
export function countRows(content: StoredContent): Record<string, number> {
  return Object.fromEntries(
    CONTENT_TABLES.map((table) => [table, content[table]?.length ?? 0] as const).filter(
      ([, count]) => count > 0,
    ),
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
