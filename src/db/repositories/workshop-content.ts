import {
  CONTENT_TABLES,
  emptyContent,
  sortContent,
  type WorkshopContent,
} from '../../domain/workshop-content';
import { db, tableOf, type RowOf, type TableName } from '../database';
import { deleteLiveRoomDocs, liveRoomDocTables } from '../live-room-docs';
import { remapRow, type IdOf } from '../references';
import { WORKSHOP_CHILD_TABLES } from '../schema';
import { checkRow } from '../write-checks';
import { nextTask, slicesOf } from '../../lib/slices';

const contentTables = () => CONTENT_TABLES.map((table) => tableOf(table));
const childTables = () => WORKSHOP_CHILD_TABLES.map((table) => tableOf(table));

/** Every table a workshop's rows live in, the live rooms' documents included: for `purgeWorkshop`. */
export const allWorkshopTables = () => [db.workshops, ...childTables(), ...liveRoomDocTables()];

/** The workshop with every row of its content, as stored (snapshots not included). */
export async function readWorkshopContent(
  workshopId: string,
): Promise<WorkshopContent | undefined> {
  return db.transaction('r', [db.workshops, ...contentTables()], async () => {
    const workshop = await db.workshops.get(workshopId);
    if (!workshop) return undefined;
    const content: Record<string, unknown> = emptyContent(workshop);
    for (const table of CONTENT_TABLES) {
      content[table] = await tableOf(table).where('workshopId').equals(workshopId).toArray();
    }
    return content as WorkshopContent;
  });
}

/** The whole workshop, sorted, for the report, exports and backups. */
export async function loadWorkshopContent(
  workshopId: string,
): Promise<WorkshopContent | undefined> {
  const content = await readWorkshopContent(workshopId);
  return content && sortContent(content);
}

declare const checked: unique symbol;
/** A workshop whose every row has passed its schema (texts cut): ready to be written. */
export type CheckedContent = WorkshopContent & { readonly [checked]: true };

/**
 * Checks every row against its schema before a transaction opens, so that the write itself
 * only writes (thousands of rows in a restore). Call inside `guardWrite`.
 */
export function checkContent(content: WorkshopContent): CheckedContent {
  const rows = (table: (typeof CONTENT_TABLES)[number]) =>
    (content[table] as RowOf<typeof table>[]).map((row) => checkRow(table, row));
  const result: Record<string, unknown> = { workshop: checkRow('workshops', content.workshop) };
  for (const table of CONTENT_TABLES) result[table] = rows(table);
  return result as CheckedContent;
}

/** checkContent in slices with a pause for the page between them: a restore's thousands of rows. */
export async function checkContentGradually(content: WorkshopContent): Promise<CheckedContent> {
  const result: Record<string, unknown> = { workshop: checkRow('workshops', content.workshop) };
  for (const table of CONTENT_TABLES) {
    const checkedRows: unknown[] = [];
    for (const slice of slicesOf(content[table] as RowOf<typeof table>[])) {
      checkedRows.push(...slice.map((row) => checkRow(table, row)));
      await nextTask();
    }
    result[table] = checkedRows;
  }
  return result as CheckedContent;
}

/** The same checked workshop, stamped as changed at `now` (a timestamp keeps it valid). */
export function touched(content: CheckedContent, now: string): CheckedContent {
  return { ...content, workshop: { ...content.workshop, updatedAt: now } };
}

/** New ids by table: `table|id` → new id. */
export type IdChanges = ReadonlyMap<string, string>;
const changeKey = (table: TableName, id: string) => `${table}|${id}`;

/** The content with the given records' ids changed and every reference to them following. */
export function withIdsChanged<C extends WorkshopContent>(content: C, changes: IdChanges): C {
  const idOf: IdOf = (table, id) => changes.get(changeKey(table, id)) ?? id;
  const result: Record<string, unknown> = {
    ...content,
    workshop: remapRow('workshops', content.workshop, idOf),
  };
  for (const table of CONTENT_TABLES) {
    result[table] = (content[table] as RowOf<typeof table>[]).map((row) =>
      remapRow(table, row, idOf),
    );
  }
  return result as C;
}

/** Gives every record a fresh id and keeps the references between them intact. */
export function withFreshIds<C extends WorkshopContent>(content: C, newId: () => string): C {
  const changes = new Map([[changeKey('workshops', content.workshop.id), newId()]]);
  for (const table of CONTENT_TABLES) {
    for (const row of content[table]) changes.set(changeKey(table, row.id), newId());
  }
  const copy = withIdsChanged(content, changes);
  // The workshop's list entries are records of their own: a copy has its own entries.
  const renew = <E extends { id: string }>(entries: E[]) =>
    entries.map((entry) => ({ ...entry, id: newId() }));
  const { strengths, weaknesses, redactionNames } = copy.workshop;
  return {
    ...copy,
    workshop: {
      ...copy.workshop,
      strengths: renew(strengths),
      weaknesses: renew(weaknesses),
      redactionNames: renew(redactionNames),
    },
  };
}

/**
 * Fresh ids for the rows whose id already belongs to a row of another workshop on this device,
 * so an import can never move or overwrite someone else's rows. Runs inside the import's
 * transaction, so nothing can take an id between the check and the write.
 */
export async function withOwnIds(content: CheckedContent, newId: () => string) {
  const changes = new Map<string, string>();
  for (const table of CONTENT_TABLES) {
    const ids = (content[table] as { id: string }[]).map((row) => row.id);
    // In slices, like the writes: a restore asks for thousands of ids.
    for (const slice of slicesOf(ids)) {
      for (const row of await tableOf(table).bulkGet(slice)) {
        if (row && row.workshopId !== content.workshop.id) {
          changes.set(changeKey(table, row.id), newId());
        }
      }
    }
  }
  return { content: withIdsChanged(content, changes), renamed: changes.size };
}

/** Writes a whole checked workshop in one transaction: all of it lands, or nothing does. */
export async function writeWorkshopContent(content: CheckedContent): Promise<void> {
  await db.transaction('rw', [db.workshops, ...contentTables()], async () => {
    await db.workshops.put(content.workshop);
    // In slices: each is cloned on the page's thread in a task of its own (thousands of rows).
    for (const table of CONTENT_TABLES)
      for (const slice of slicesOf(content[table] as RowOf<typeof table>[]))
        await tableOf(table).bulkPut(slice);
  });
}

/** Removes the workshop and every row that belongs to it, snapshots included (a GDPR erase). */
export async function purgeWorkshop(workshopId: string): Promise<void> {
  await db.transaction('rw', allWorkshopTables(), async () => {
    const rooms = await db.liveRooms.where('workshopId').equals(workshopId).primaryKeys();
    await deleteLiveRoomDocs(rooms);
    for (const table of childTables()) await table.where('workshopId').equals(workshopId).delete();
    await db.workshops.delete(workshopId);
  });
}

/** Removes the workshop's content rows but keeps the workshop and its snapshots (for a restore). */
export async function clearWorkshopContent(workshopId: string): Promise<void> {
  await db.transaction('rw', contentTables(), async () => {
    for (const table of contentTables()) {
      await table.where('workshopId').equals(workshopId).delete();
    }
  });
}
