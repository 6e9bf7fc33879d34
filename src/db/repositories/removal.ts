import { nowIso } from '../../lib/ids';
import { db, tableOf, type ChildTableName, type RowOf, type TableName } from '../database';
import { guardWrite } from '../errors';
import { referencesTo } from '../references';
import type { Snapshot } from '../../domain/types';
import { patchChecked, putChecked } from './rows';
import { listSnapshots, takeSnapshot } from './snapshots';

type Row = { id: string; workshopId?: string };

/** What deleting a row did, so that an undo can put it all back. */
export type Removal = {
  /** Rows deleted (the row itself and what cascaded), table by table, as they were. */
  deleted: { [T in TableName]?: RowOf<T>[] };
  /** Rows that stopped pointing at a deleted row: the fields changed, as they were before. */
  unlinked: { table: TableName; id: string; before: Record<string, unknown> }[];
};

/** The tables a deletion from `table` may write: itself and what references it, transitively. */
function tablesTouched(table: ChildTableName, seen = new Set<TableName>()): Set<TableName> {
  seen.add(table);
  for (const reference of referencesTo(table)) {
    if (seen.has(reference.from)) continue;
    if (reference.onDelete === 'cascade') tablesTouched(reference.from as ChildTableName, seen);
    else seen.add(reference.from);
  }
  return seen;
}

/** The workshop's rows of each table, read once per deletion and kept current as it goes. */
class WorkshopRows {
  private readonly cache = new Map<TableName, Row[]>();
  constructor(private readonly workshopId: string) {}

  async of(table: TableName): Promise<Row[]> {
    let rows = this.cache.get(table);
    if (!rows) {
      rows =
        table === 'workshops'
          ? [await db.workshops.get(this.workshopId)].filter((row) => row !== undefined)
          : await tableOf(table).where('workshopId').equals(this.workshopId).toArray();
      this.cache.set(table, rows);
    }
    return rows;
  }

  replace(table: TableName, row: Row) {
    this.edit(table, (rows) => rows.map((item) => (item.id === row.id ? row : item)));
  }

  drop(table: TableName, id: string) {
    this.edit(table, (rows) => rows.filter((item) => item.id !== id));
  }

  private edit(table: TableName, change: (rows: Row[]) => Row[]) {
    const rows = this.cache.get(table);
    if (rows) this.cache.set(table, change(rows));
  }
}

async function remove(table: ChildTableName, row: Row, rows: WorkshopRows, removal: Removal) {
  for (const reference of referencesTo(table)) {
    const pointing = (await rows.of(reference.from)).filter((other) =>
      reference.refersTo(other as RowOf<TableName>, row.id),
    );
    for (const other of pointing) {
      if (reference.onDelete === 'cascade') {
        await remove(reference.from as ChildTableName, other, rows, removal);
        continue;
      }
      const changes = reference.unlinked(other as RowOf<TableName>, row.id);
      const before = Object.fromEntries(
        Object.keys(changes).map((field) => [field, other[field as keyof Row]]),
      );
      removal.unlinked.push({ table: reference.from, id: other.id, before });
      await patchChecked(reference.from, other.id, changes);
      rows.replace(reference.from, { ...other, ...changes });
    }
  }
  const deleted = (removal.deleted[table] ??= []) as Row[];
  deleted.push(row);
  await tableOf(table).delete(row.id);
  rows.drop(table, row.id);
}

/** Deletions within this time share one History snapshot, unless the row changed since. */
export const DELETE_SNAPSHOT_WINDOW_MS = 5 * 60_000;
/** Snapshots that hold the workshop as it was when taken (a restore's does not: it is before). */
const COVERING_REASONS: readonly Snapshot['reason'][] = ['beforeItemDelete', 'interval', 'manual'];

/**
 * Keeps a copy in History before a deletion, so it can be brought back after Undo has gone.
 * A recent copy that already holds the row as it is now is enough (deleting many items).
 */
async function snapshotBeforeDelete(table: ChildTableName, id: string): Promise<void> {
  const row = (await tableOf(table).get(id)) as (Row & { updatedAt?: string }) | undefined;
  if (!row?.workshopId) return;
  const [latest] = await listSnapshots(row.workshopId);
  const isCovered =
    latest !== undefined &&
    COVERING_REASONS.includes(latest.reason) &&
    Date.now() - Date.parse(latest.takenAt) < DELETE_SNAPSHOT_WINDOW_MS &&
    (row.updatedAt ?? '') <= latest.takenAt;
  if (!isCovered) await takeSnapshot(row.workshopId, 'beforeItemDelete');
}

/**
 * Deletes one row with everything the references in the model imply (see db/references.ts), in
 * one transaction, after a copy of the workshop is in History. Returns what an undo needs, or
 * undefined when the row is gone already.
 */
export async function deleteRow(table: ChildTableName, id: string): Promise<Removal | undefined> {
  // A full disk must not stop a deletion (it frees space); the Undo still works.
  await snapshotBeforeDelete(table, id).catch(() => undefined);
  const tables = [...tablesTouched(table)].map((name) => tableOf(name));
  return guardWrite(() =>
    db.transaction('rw', tables, async () => {
      const row = (await tableOf(table).get(id)) as Row | undefined;
      if (!row) return undefined;
      const removal: Removal = { deleted: {}, unlinked: [] };
      await remove(table, row, new WorkshopRows(row.workshopId ?? ''), removal);
      return removal;
    }),
  );
}

/** Undoes a deletion: the rows come back as they were and point where they pointed. */
export async function undoRemoval(removal: Removal): Promise<void> {
  const deleted = Object.entries(removal.deleted) as [TableName, RowOf<TableName>[]][];
  const names = new Set([
    ...deleted.map(([table]) => table),
    ...removal.unlinked.map((u) => u.table),
  ]);
  await guardWrite(() =>
    db.transaction(
      'rw',
      [...names].map((name) => tableOf(name)),
      async () => {
        for (const [table, rows] of deleted) await putChecked(table, rows);
        // Newest first: a row unlinked twice gets back what it had before the first.
        const now = nowIso();
        for (const { table, id, before } of [...removal.unlinked].reverse()) {
          await patchChecked(table, id, before as Partial<RowOf<TableName>>, now);
        }
      },
    ),
  );
}
