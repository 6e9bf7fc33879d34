import { exportWorkshops } from '../db/repositories/backup';
import { slugify } from '../domain/file-names';
import { useBackupStore } from '../stores/backup-store';
import { downloadBlob } from './download';

/** Downloads a backup of the given workshops (all when omitted) and remembers when. */
export async function downloadBackup(workshopIds?: readonly string[]): Promise<string> {
  const contents = await exportWorkshops(workshopIds);
  const { createBackup } = await import('../domain/backup/backup');
  const now = new Date().toISOString();
  const single = contents.length === 1 ? contents[0]?.workshop : undefined;
  const name = single ? `${slugify(single.organisation)}-${slugify(single.title)}` : 'palvelupolku';
  const fileName = `${name}-backup-${now.slice(0, 10)}.json`;
  downloadBlob(new Blob([createBackup(contents, now)], { type: 'application/json' }), fileName);
  useBackupStore.getState().markBackedUp(
    contents.map((content) => content.workshop.id),
    now,
  );
  return fileName;
}
