import { newId, nowIso } from '../../lib/ids';
import { db, tableOf, type ChildTableName, type RowOf } from '../database';
import { guardWrite } from '../errors';
import { deleteRow, undoRemoval, type Removal } from './removal';
import { addChecked, updateRow, type WriteOptions } from './rows';

type Stamp = 'id' | 'workshopId' | 'createdAt' | 'updatedAt';

/** A row's own fields: what a caller gives to create one. */
export type NewFields<T extends ChildTableName> = Omit<RowOf<T>, Stamp>;
export type RowPatch<T extends ChildTableName> = Partial<NewFields<T>>;

type OrderedTable = {
  [T in ChildTableName]: RowOf<T> extends { order: number } ? T : never;
}[ChildTableName];

/** Fields to create a row of an ordered table with; without `order` it goes last. */
export type OrderedFields<T extends OrderedTable> = Omit<NewFields<T>, 'order'> & {
  order?: number;
};

function stamped<T extends ChildTableName>(workshopId: string, fields: NewFields<T>): RowOf<T> {
  const now = nowIso();
  return { ...fields, id: newId(), workshopId, createdAt: now, updatedAt: now } as RowOf<T>;
}

/**
 * The functions every workshop-owned table needs, so each repository exports them under its
 * own verb-named functions (`listSegments`, `createSegment`, `updateSegment`, `deleteSegment`,
 * `restoreSegment`) and adds only what is special about its records. Deleting follows the
 * references of the model (db/references.ts) and returns what `restore` needs to undo it.
 */
export function childTable<T extends ChildTableName>(name: T) {
  const table = () => tableOf(name);
  const list = (workshopId: string): Promise<RowOf<T>[]> =>
    table().where('workshopId').equals(workshopId).toArray();
  return {
    list,

    create: async (workshopId: string, fields: NewFields<T>): Promise<RowOf<T>> => {
      const [row] = await guardWrite(() => addChecked(name, [stamped<T>(workshopId, fields)]));
      return row!;
    },

    update: async (id: string, patch: RowPatch<T>, options?: WriteOptions): Promise<void> => {
      await updateRow(name, id, patch as Partial<RowOf<T>>, options);
    },

    delete: (id: string): Promise<Removal | undefined> => deleteRow(name, id),

    /** Undoes a `delete` (its cascades and unlinks included). */
    restore: (removal: Removal): Promise<void> => undoRemoval(removal),
  };
}

/** A child table kept in an order of its own (`order`): a new row goes last unless placed. */
export function orderedTable<T extends OrderedTable>(name: T) {
  const rows = childTable(name);
  return {
    ...rows,
    create: (workshopId: string, fields: OrderedFields<T>): Promise<RowOf<T>> =>
      guardWrite(() =>
        db.transaction('rw', tableOf(name), async () => {
          const existing = (await rows.list(workshopId)) as { order: number }[];
          const last = existing.reduce((max, row) => Math.max(max, row.order + 1), 0);
          const own = { ...fields, order: fields.order ?? last } as unknown as NewFields<T>;
          const [row] = await addChecked(name, [stamped<T>(workshopId, own)]);
          return row!;
        }),
      ),
  };
}
