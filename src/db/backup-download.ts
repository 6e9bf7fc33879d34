import { slugify } from '../domain/file-names';
import { downloadBlob } from '../lib/download';
import { exportWorkshops } from './repositories/backup';

export type BackupDownloadOptions = {
  /** Personal data in the texts replaced in the file; the stored data stays as it is. */
  isRedacted?: boolean;
  /** When set, the file is encrypted with a key derived from this password. */
  password?: string;
};

export type DownloadedBackup = {
  fileName: string;
  /** The workshops the file can restore: none for a redacted copy. */
  restorableIds: string[];
  at: string;
};

/** Downloads a backup of the given workshops (all when omitted). */
export async function downloadBackup(
  workshopIds?: readonly string[],
  options: BackupDownloadOptions = {},
): Promise<DownloadedBackup> {
  const exported = await exportWorkshops(workshopIds);
  // Redaction rules load only when asked for, keeping them out of the first load.
  const contents = options.isRedacted
    ? exported.map((await import('../lib/redaction-labels')).redactForExport)
    : exported;
  const { createBackup } = await import('../domain/backup/backup');
  const now = new Date().toISOString();
  const single = contents.length === 1 ? contents[0]?.workshop : undefined;
  // A protected file's name must not tell whose it is: it travels where the content cannot be read.
  const name =
    single && !options.password
      ? `${slugify(single.organisation)}-${slugify(single.title)}`
      : 'palvelupolku';
  const kind = options.isRedacted ? 'redacted-backup' : 'backup';
  let text = createBackup(contents, now, { isRedacted: options.isRedacted });
  let extension = 'json';
  if (options.password) {
    const { encryptBackup } = await import('../domain/backup/encrypted-backup');
    text = await encryptBackup(text, options.password);
    extension = 'encrypted.json';
  }
  const fileName = `${name}-${kind}-${now.slice(0, 10)}.${extension}`;
  downloadBlob(new Blob([text], { type: 'application/json' }), fileName);
  // A redacted copy cannot restore the work, so it does not count as a backup.
  const restorableIds = options.isRedacted ? [] : contents.map((content) => content.workshop.id);
  return { fileName, restorableIds, at: now };
}
