import { NO_PIN } from '../../domain/room';
import { CONTENT_TABLES, type WorkshopContent } from '../../domain/workshop-content';
import { newId, nowIso } from '../../lib/ids';
import { db } from '../database';
import { guardWrite } from '../errors';
import { takeSnapshot } from './snapshots';
import {
  allWorkshopTables,
  checkContentGradually,
  clearWorkshopContent,
  type CheckedContent,
  loadWorkshopContent,
  purgeWorkshop,
  touched,
  withFreshIds,
  withOwnIds,
  writeWorkshopContent,
} from './workshop-content';
import { listWorkshops } from './workshops';

export type ImportMode = 'keepBoth' | 'replace';

/** Every workshop's whole content, or just the listed ones. */
export async function exportWorkshops(ids?: readonly string[]): Promise<WorkshopContent[]> {
  const wanted = ids ?? (await listWorkshops()).map((workshop) => workshop.id);
  const contents = await Promise.all(wanted.map((id) => loadWorkshopContent(id)));
  return contents
    .filter((content): content is WorkshopContent => content !== undefined)
    .map((content) => ({
      ...content,
      // A 4–6 digit PIN's hash is cheap to reverse: it never leaves the device.
      roomSessions: content.roomSessions.map((session) => ({ ...session, ...NO_PIN })),
    }));
}

/** Which of the workshops in a backup already exist on this device. */
export async function existingWorkshopIds(contents: readonly WorkshopContent[]): Promise<string[]> {
  const found = await db.workshops.bulkGet(contents.map((content) => content.workshop.id));
  return found
    .filter((workshop) => workshop && !workshop.deletedAt)
    .map((workshop) => workshop!.id);
}

/** Every row belongs to the workshop it came with, whatever the file says. */
function ownedByItsWorkshop(content: WorkshopContent): WorkshopContent {
  const { workshop } = content;
  const owned: Record<string, unknown> = { workshop: { ...workshop, deletedAt: undefined } };
  for (const table of CONTENT_TABLES) {
    owned[table] = content[table].map((row) => ({ ...row, workshopId: workshop.id }));
  }
  return owned as WorkshopContent;
}

/**
 * Writes validated backup contents in one transaction: everything lands or nothing changes.
 * An existing workshop is either replaced or kept beside a copy with fresh ids.
 */
export async function importWorkshops(
  contents: readonly WorkshopContent[],
  mode: ImportMode,
): Promise<number> {
  const tables = allWorkshopTables();
  await guardWrite(async () => {
    // Checked before the transaction opens: it then only writes, however large the file.
    const checked: CheckedContent[] = [];
    for (const content of contents)
      checked.push(await checkContentGradually(ownedByItsWorkshop(content)));
    return db.transaction('rw', tables, async () => {
      for (let imported of checked) {
        const existing = await db.workshops.get(imported.workshop.id);
        // A workshop deleted moments ago (still in its undo window) is simply brought back.
        if (existing?.deletedAt) await purgeWorkshop(existing.id);
        const exists = Boolean(existing && !existing.deletedAt);
        if (exists && mode === 'replace') {
          // The version on this device stays in the History view, so a replace can be undone.
          await takeSnapshot(imported.workshop.id, 'beforeImport');
          await clearWorkshopContent(imported.workshop.id);
        }
        if (exists && mode === 'keepBoth')
          imported = touched(withFreshIds(imported, newId), nowIso());
        // A row whose id belongs to another workshop gets a new one instead of moving over.
        imported = (await withOwnIds(imported, newId)).content;
        await writeWorkshopContent(imported);
      }
    });
  });
  return contents.length;
}
