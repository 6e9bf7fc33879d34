import type { CsvWorkerMessage } from './csv-worker';
import type { CsvProgress, CsvReadResult } from './parse-csv';

/**
 * Reads a chosen CSV file in the CSV worker (papaparse loads there), telling the progress by
 * rows. Where workers are missing (Vitest's jsdom) it parses on the page.
 */
export async function readCsvFile(
  file: File,
  onProgress: (progress: CsvProgress) => void,
): Promise<CsvReadResult> {
  if (typeof Worker === 'undefined') {
    const { parseCsvBytes } = await import('./parse-csv');
    return parseCsvBytes(new Uint8Array(await file.arrayBuffer()), onProgress);
  }
  const worker = new Worker(new URL('./csv-worker.ts', import.meta.url), {
    type: 'module',
    name: 'csv-import',
  });
  try {
    return await new Promise<CsvReadResult>((resolve, reject) => {
      worker.onmessage = (event: MessageEvent<CsvWorkerMessage>) => {
        if (event.data.kind === 'progress') onProgress(event.data.progress);
        else resolve(event.data.result);
      };
      worker.onerror = (event) => reject(new Error(event.message || 'CSV worker failed'));
      worker.postMessage(file);
    });
  } finally {
    worker.terminate();
  }
}
