import type { Workshop } from '../../domain/types';
import { forgetJournaledEdits } from '../save-journal';
import { db, tableOf } from '../database';
import { guardWrite } from '../errors';
import { WORKSHOP_CHILD_TABLES } from '../schema';
import { allWorkshopTables, purgeWorkshop } from './workshop-content';

/** One client as the "forget a client" screen lists it. */
export type ClientSummary = {
  /** The organisation as first written. */
  organisation: string;
  workshops: Pick<Workshop, 'id' | 'title' | 'date'>[];
  /** Rows in every table that belongs to these workshops, snapshots included. */
  itemCount: number;
};

/** "Lakeheart Oy " and "lakeheart  oy" are the same client. */
export function organisationKey(organisation: string): string {
  return organisation.trim().replace(/\s+/g, ' ').toLocaleLowerCase('fi');
}

async function countItems(workshopIds: readonly string[]): Promise<number> {
  let total = 0;
  for (const name of WORKSHOP_CHILD_TABLES) {
    total += await tableOf(name).where('workshopId').anyOf(workshopIds).count();
  }
  return total;
}

/**
 * Every organisation on this device with its workshops, including ones deleted moments ago
 * that are still in their undo window (they still hold the client's data).
 */
export async function listClients(): Promise<ClientSummary[]> {
  const workshops = await db.workshops.toArray();
  const groups = new Map<string, Workshop[]>();
  for (const workshop of workshops) {
    const key = organisationKey(workshop.organisation);
    groups.set(key, [...(groups.get(key) ?? []), workshop]);
  }
  const clients: ClientSummary[] = [];
  for (const group of groups.values()) {
    const sorted = [...group].sort((a, b) => a.createdAt.localeCompare(b.createdAt));
    clients.push({
      organisation: sorted[0]!.organisation.trim(),
      workshops: sorted.map(({ id, title, date }) => ({ id, title, date })),
      itemCount: await countItems(sorted.map((workshop) => workshop.id)),
    });
  }
  return clients.sort((a, b) => a.organisation.localeCompare(b.organisation, 'fi'));
}

/**
 * Erases every workshop of one organisation with all its rows, snapshots and history, in one
 * transaction. Returns the ids of the erased workshops.
 */
export async function forgetClient(organisation: string): Promise<string[]> {
  const key = organisationKey(organisation);
  const tables = allWorkshopTables();
  const ids = await guardWrite(() =>
    db.transaction('rw', tables, async () => {
      const all = await db.workshops.toArray();
      const ids = all
        .filter((workshop) => organisationKey(workshop.organisation) === key)
        .map((workshop) => workshop.id);
      for (const id of ids) await purgeWorkshop(id);
      return ids;
    }),
  );
  // Texts typed but not yet written wait in the save journal: they go too.
  for (const id of ids) forgetJournaledEdits(id);
  return ids;
}
