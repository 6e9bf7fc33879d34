/**
 * The restore worker: parses a backup's text and validates every record off the page's
 * thread (megabytes of JSON and thousands of schema checks). Started per file by
 * parse-off-thread.ts.
 */
import { parseBackup, type BackupParseResult } from '../../domain/backup/backup';

const scope = globalThis as unknown as {
  postMessage: (message: BackupParseResult) => void;
  addEventListener: (type: 'message', listener: (event: MessageEvent<string>) => void) => void;
};

scope.addEventListener('message', (event) => scope.postMessage(parseBackup(event.data)));
