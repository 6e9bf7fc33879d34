import { collectIds, remapIds } from '../../domain/remap-ids';
import type { Workshop } from '../../domain/types';
import { db } from '../database';
import { WORKSHOP_CHILD_TABLES, WORKSHOP_CONTENT_TABLES } from '../schema';

/** A workshop with every row of its content, keyed by table name (snapshots not included). */
export type WorkshopBundle = {
  workshop: Workshop;
  children: Record<string, Record<string, unknown>[]>;
};

function childTables(names: readonly string[] = WORKSHOP_CHILD_TABLES) {
  return names.map((name) => db.table(name));
}

export async function readWorkshopBundle(workshopId: string): Promise<WorkshopBundle | undefined> {
  return db.transaction('r', [db.workshops, ...childTables(WORKSHOP_CONTENT_TABLES)], async () => {
    const workshop = await db.workshops.get(workshopId);
    if (!workshop) return undefined;
    const children: WorkshopBundle['children'] = {};
    for (const name of WORKSHOP_CONTENT_TABLES) {
      children[name] = (await db
        .table(name)
        .where('workshopId')
        .equals(workshopId)
        .toArray()) as Record<string, unknown>[];
    }
    return { workshop, children };
  });
}

/** Gives every record in the bundle a fresh id and keeps the references between them intact. */
export function withFreshIds(bundle: WorkshopBundle, newId: () => string): WorkshopBundle {
  const allRecords = [bundle.workshop, ...Object.values(bundle.children).flat()];
  const idMap = new Map(collectIds(allRecords).map((id) => [id, newId()]));
  return remapIds(bundle, idMap);
}

/** Writes a whole bundle in one transaction: all of it lands, or nothing does. */
export async function writeWorkshopBundle(bundle: WorkshopBundle): Promise<void> {
  await db.transaction('rw', [db.workshops, ...childTables(WORKSHOP_CONTENT_TABLES)], async () => {
    await db.workshops.put(bundle.workshop);
    for (const [name, rows] of Object.entries(bundle.children)) {
      if (WORKSHOP_CONTENT_TABLES.includes(name)) await db.table(name).bulkPut(rows);
    }
  });
}

/** Removes the workshop and every row that belongs to it, snapshots included (a GDPR erase). */
export async function purgeWorkshop(workshopId: string): Promise<void> {
  await db.transaction('rw', [db.workshops, ...childTables()], async () => {
    for (const table of childTables()) await table.where('workshopId').equals(workshopId).delete();
    await db.workshops.delete(workshopId);
  });
}

/** Removes the workshop's content rows but keeps the workshop and its snapshots (for a restore). */
export async function clearWorkshopContent(workshopId: string): Promise<void> {
  await db.transaction('rw', childTables(WORKSHOP_CONTENT_TABLES), async () => {
    for (const table of childTables(WORKSHOP_CONTENT_TABLES)) {
      await table.where('workshopId').equals(workshopId).delete();
    }
  });
}
