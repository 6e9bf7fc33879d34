import { clampTexts } from '../../domain/clamp';
import { newId, nowIso } from '../../lib/ids';
import { db } from '../database';
import { guardWrite, StorageError } from '../errors';

type ChildRow = { id: string; workshopId: string; createdAt: string; updatedAt: string };
export type NewFields<T extends ChildRow> = Omit<
  T,
  'id' | 'workshopId' | 'createdAt' | 'updatedAt'
>;

/**
 * The create/update/delete/undo functions every workshop-owned table needs, so each feature's
 * repository only adds what is special about its records.
 */
export function childRepository<T extends ChildRow>(tableName: string) {
  const table = () => db.table<T, string>(tableName);
  return {
    async list(workshopId: string): Promise<T[]> {
      return table().where('workshopId').equals(workshopId).toArray();
    },

    async add(workshopId: string, fields: NewFields<T>): Promise<T> {
      const now = nowIso();
      const row = clampTexts({
        ...fields,
        id: newId(),
        workshopId,
        createdAt: now,
        updatedAt: now,
      }) as T;
      await guardWrite(() => table().add(row));
      return row;
    },

    async update(id: string, patch: Partial<NewFields<T>>): Promise<void> {
      const changes = { ...clampTexts(patch), updatedAt: nowIso() };
      // Dexie's UpdateSpec typing cannot follow the generic row type.
      const changed = await guardWrite(() => table().update(id, changes as never));
      if (!changed) throw new StorageError('notFound');
    },

    /** Deletes and returns the row so the caller can offer an undo. */
    async remove(id: string): Promise<T | undefined> {
      const row = await table().get(id);
      await guardWrite(() => table().delete(id));
      return row;
    },

    async restore(row: T): Promise<void> {
      await guardWrite(() => table().put(row));
    },

    /** The next free position at the end of an ordered list. */
    async nextOrder(workshopId: string): Promise<number> {
      const rows = (await table().where('workshopId').equals(workshopId).toArray()) as (T & {
        order?: number;
      })[];
      return rows.reduce((max, row) => Math.max(max, (row.order ?? -1) + 1), 0);
    },
  };
}
