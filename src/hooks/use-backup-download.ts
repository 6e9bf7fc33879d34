import { useCallback } from 'react';
import { downloadBackup, type BackupDownloadOptions } from '../db/backup-download';
import { useBackupStore } from '../stores/backup-store';

/**
 * Downloads a backup of the given workshops (all when omitted) and remembers when, so the
 * reminders know; resolves to the file's name.
 */
export function useBackupDownload() {
  const markBackedUp = useBackupStore((state) => state.markBackedUp);
  return useCallback(
    async (workshopIds?: readonly string[], options?: BackupDownloadOptions) => {
      const backup = await downloadBackup(workshopIds, options);
      if (backup.restorableIds.length > 0) markBackedUp(backup.restorableIds, backup.at);
      return backup.fileName;
    },
    [markBackedUp],
  );
}
