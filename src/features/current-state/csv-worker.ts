/**
 * The CSV worker: decodes and parses a chosen file off the page's thread, telling the rows
 * read as it goes. Started per file by read-csv.ts.
 */
import { parseCsvBytes, type CsvProgress, type CsvReadResult } from './parse-csv';

export type CsvWorkerMessage =
  { kind: 'progress'; progress: CsvProgress } | { kind: 'done'; result: CsvReadResult };

const scope = globalThis as unknown as {
  postMessage: (message: CsvWorkerMessage) => void;
  addEventListener: (type: 'message', listener: (event: MessageEvent<File>) => void) => void;
};

scope.addEventListener('message', (event) => {
  void event.data.arrayBuffer().then(
    (buffer) => {
      const result = parseCsvBytes(new Uint8Array(buffer), (progress) =>
        scope.postMessage({ kind: 'progress', progress }),
      );
      scope.postMessage({ kind: 'done', result });
    },
    (error: unknown) =>
      scope.postMessage({
        kind: 'done',
        result: { ok: false, code: 'unreadable', reason: String(error) },
      }),
  );
});
