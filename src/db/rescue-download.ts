import { downloadBlob } from '../lib/download';
import { dumpDatabase } from './rescue-dump';

export async function downloadRescueBackup(): Promise<void> {
  const dump = await dumpDatabase();
  downloadBlob(
    new Blob([dump], { type: 'application/json' }),
    `palvelupolku-rescue-${new Date().toISOString().slice(0, 10)}.json`,
  );
}
