import type { WorkshopContent } from '../../domain/workshop-content';
import { newId, nowIso } from '../../lib/ids';
import { db } from '../database';
import { guardWrite } from '../errors';
import { WORKSHOP_CHILD_TABLES } from '../schema';
import { listWorkshops } from './workshops';
import { loadWorkshopContent } from './workshop-content';
import { takeSnapshot } from './snapshots';
import {
  clearWorkshopContent,
  purgeWorkshop,
  withFreshIds,
  writeWorkshopBundle,
  type WorkshopBundle,
} from './workshop-bundle';

export type ImportMode = 'keepBoth' | 'replace';

/** Every workshop's whole content, or just the listed ones. */
export async function exportWorkshops(ids?: readonly string[]): Promise<WorkshopContent[]> {
  const wanted = ids ?? (await listWorkshops()).map((workshop) => workshop.id);
  const contents = await Promise.all(wanted.map((id) => loadWorkshopContent(id)));
  return contents.filter((content): content is WorkshopContent => content !== undefined);
}

/** Which of the workshops in a backup already exist on this device. */
export async function existingWorkshopIds(contents: readonly WorkshopContent[]): Promise<string[]> {
  const found = await db.workshops.bulkGet(contents.map((content) => content.workshop.id));
  return found
    .filter((workshop) => workshop && !workshop.deletedAt)
    .map((workshop) => workshop!.id);
}

function toBundle(content: WorkshopContent): WorkshopBundle {
  const { workshop, ...tables } = content;
  // Every row belongs to the workshop it came with, whatever the file says.
  const children = Object.fromEntries(
    Object.entries(tables).map(([name, rows]) => [
      name,
      (rows as Record<string, unknown>[]).map((row) => ({ ...row, workshopId: workshop.id })),
    ]),
  );
  return { workshop: { ...workshop, deletedAt: undefined }, children };
}

/**
 * Writes validated backup contents in one transaction: everything lands or nothing changes.
 * An existing workshop is either replaced or kept beside a copy with fresh ids.
 */
export async function importWorkshops(
  contents: readonly WorkshopContent[],
  mode: ImportMode,
): Promise<number> {
  const tables = [db.workshops, ...WORKSHOP_CHILD_TABLES.map((name) => db.table(name))];
  await guardWrite(() =>
    db.transaction('rw', tables, async () => {
      for (const content of contents) {
        let bundle = toBundle(content);
        const existing = await db.workshops.get(bundle.workshop.id);
        // A workshop deleted moments ago (still in its undo window) is simply brought back.
        if (existing?.deletedAt) await purgeWorkshop(existing.id);
        const exists = Boolean(existing && !existing.deletedAt);
        if (exists && mode === 'replace') {
          // The version on this device stays in the History view, so a replace can be undone.
          await takeSnapshot(bundle.workshop.id, 'beforeImport');
          await clearWorkshopContent(bundle.workshop.id);
        }
        if (exists && mode === 'keepBoth') {
          bundle = withFreshIds(bundle, newId);
          bundle.workshop = { ...bundle.workshop, updatedAt: nowIso() };
        }
        await writeWorkshopBundle(bundle);
      }
    }),
  );
  return contents.length;
}
