import Dexie, { type UpdateSpec } from 'dexie';
import { SLICE_ROWS, slicesOf } from '../../lib/slices';
import { nowIso } from '../../lib/ids';
import { db, tableOf, type RowOf, type TableName } from '../database';
import { guardWrite, StorageError } from '../errors';
import { checkPatch, checkRow } from '../write-checks';

/**
 * The writes every repository builds on: each row checked against its table's schema first
 * (texts cut to their limits, anything else over a limit refused with a StorageError). The
 * `…Checked` ones run inside a write the caller guards (`guardWrite`, often a transaction).
 */

/** Adds rows, checked; returns them as stored. */
export async function addChecked<T extends TableName>(
  table: T,
  rows: readonly RowOf<T>[],
): Promise<RowOf<T>[]> {
  // Inside a transaction thousands of rows go in slices, each checked and cloned in a task of
  // its own, so the page keeps answering; outside one, one call keeps the add atomic.
  if (!Dexie.currentTransaction) {
    const checked = rows.map((row) => checkRow(table, row));
    await tableOf(table).bulkAdd(checked);
    return checked;
  }
  // Two half-size slices in flight: while the database writes one, the page checks and clones
  // the next (one at a time, they took turns: a CSV import took 1.9 × a raw IndexedDB write),
  // and no task checks more rows than one full slice.
  const slices = slicesOf(rows, SLICE_ROWS / 2);
  const checked: RowOf<T>[] = [];
  let next = 0;
  const addSlices = async (): Promise<void> => {
    const slice = slices[next];
    next += 1;
    if (!slice) return;
    const part = slice.map((row) => checkRow(table, row));
    checked.push(...part);
    await tableOf(table).bulkAdd(part);
    await addSlices();
  };
  await Promise.all([addSlices(), addSlices()]);
  return checked;
}

/** Puts rows as given, replacing rows with the same id (restore, import, undo), checked. */
export function putChecked<T extends TableName>(table: T, rows: readonly RowOf<T>[]) {
  return tableOf(table).bulkPut(rows.map((row) => checkRow(table, row)));
}

/** Changes some fields of one row, checked, and stamps `updatedAt`. Resolves to 0 if it is gone. */
export function patchChecked<T extends TableName>(
  table: T,
  id: string,
  patch: Partial<RowOf<T>>,
  updatedAt = nowIso(),
): Promise<number> {
  // Dexie's UpdateSpec cannot follow a row type chosen by a type parameter.
  const changes = { ...checkPatch(table, patch), updatedAt } as UpdateSpec<RowOf<T>>;
  return tableOf(table).update(id, changes);
}

export type WriteOptions = {
  /**
   * When the edit was made, if earlier than now (a journaled edit replayed after a reload):
   * it lands only if the stored row has not changed since, and keeps that time as `updatedAt`.
   */
  editedAt?: string;
};

/**
 * Changes some fields of one row. Throws `notFound` when the row is gone; returns false when a
 * replayed edit (`editedAt`) is older than the stored row.
 */
export async function updateRow<T extends TableName>(
  table: T,
  id: string,
  patch: Partial<RowOf<T>>,
  { editedAt }: WriteOptions = {},
): Promise<boolean> {
  const rows = tableOf(table);
  return guardWrite(() =>
    db.transaction('rw', rows, async () => {
      if (editedAt) {
        const stored = (await rows.get(id)) as { updatedAt?: string } | undefined;
        if (stored?.updatedAt && stored.updatedAt >= editedAt) return false;
      }
      const changed = await patchChecked(table, id, patch, editedAt);
      if (!changed) throw new StorageError('notFound');
      return true;
    }),
  );
}

/** Changes the same fields of several rows in one transaction (ids that are gone are skipped). */
export async function updateRows<T extends TableName>(
  table: T,
  ids: readonly string[],
  patch: Partial<RowOf<T>>,
): Promise<void> {
  await guardWrite(() =>
    db.transaction('rw', tableOf(table), async () => {
      const now = nowIso();
      for (const id of ids) await patchChecked(table, id, patch, now);
    }),
  );
}

type OrderedTable = {
  [T in TableName]: RowOf<T> extends { order: number } ? T : never;
}[TableName];

/** Writes a whole new order at once: each row's position in `orderedIds` (drag, move up/down). */
export async function reorderRows(table: OrderedTable, orderedIds: readonly string[]) {
  await guardWrite(() =>
    db.transaction('rw', tableOf(table), async () => {
      const now = nowIso();
      for (const [order, id] of orderedIds.entries()) await patchChecked(table, id, { order }, now);
    }),
  );
}

/** Where a row moves: one place up or down, or to where another row is (after a drag). */
export type MoveTarget = { by: -1 | 1 } | { to: string };

/**
 * Moves a row within its workshop in the stored order read inside the transaction, numbering the
 * rows afresh: two quick clicks on "Move down" move it two places, where an order worked out from
 * the screen would write the same place twice.
 */
export async function moveRow(table: OrderedTable, id: string, target: MoveTarget) {
  await guardWrite(() =>
    db.transaction('rw', tableOf(table), async () => {
      const rows = tableOf(table);
      const moved = (await rows.get(id)) as { workshopId: string } | undefined;
      if (!moved) return;
      const siblings = (await rows.where('workshopId').equals(moved.workshopId).toArray()) as {
        id: string;
        order: number;
      }[];
      const ids = siblings.sort((a, b) => a.order - b.order).map((row) => row.id);
      const from = ids.indexOf(id);
      const to = 'by' in target ? from + target.by : ids.indexOf(target.to);
      if (from < 0 || to < 0 || to >= ids.length || from === to) return;
      ids.splice(to, 0, ...ids.splice(from, 1));
      const now = nowIso();
      for (const [order, rowId] of ids.entries()) await patchChecked(table, rowId, { order }, now);
    }),
  );
}
