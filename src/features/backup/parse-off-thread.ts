import type { BackupParseResult } from '../../domain/backup/backup';

/** parseBackup in the restore worker; on the page where workers are missing (Vitest's jsdom). */
export async function parseBackupOffThread(text: string): Promise<BackupParseResult> {
  if (typeof Worker === 'undefined') {
    const { parseBackup } = await import('../../domain/backup/backup');
    return parseBackup(text);
  }
  const worker = new Worker(new URL('./restore-worker.ts', import.meta.url), {
    type: 'module',
    name: 'backup-restore',
  });
  try {
    return await new Promise<BackupParseResult>((resolve, reject) => {
      worker.onmessage = (event: MessageEvent<BackupParseResult>) => resolve(event.data);
      worker.onerror = (event) => reject(new Error(event.message || 'Restore worker failed'));
      worker.postMessage(text);
    });
  } finally {
    worker.terminate();
  }
}
