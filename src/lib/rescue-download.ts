import { dumpDatabase } from '../db/rescue-dump';
import { downloadBlob } from './download';

export async function downloadRescueBackup(): Promise<void> {
  const dump = await dumpDatabase();
  downloadBlob(
    new Blob([dump], { type: 'application/json' }),
    `palvelupolku-rescue-${new Date().toISOString().slice(0, 10)}.json`,
  );
}
