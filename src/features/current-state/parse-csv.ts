import Papa from 'papaparse';
import {
  decodeCsvBytes,
  MAX_CSV_BYTES,
  MAX_CSV_ROWS,
  type CsvEncoding,
} from '../../domain/csv-import';

export type ParsedCsv = {
  rows: string[][];
  encoding: CsvEncoding;
  delimiter: string;
};

/** How far reading has come: rows so far, and the share of the file's text read (0–100). */
export type CsvProgress = { rows: number; percent: number };

/** Why a file was refused; the import screen names each in the user's language. */
export type CsvProblem =
  { code: 'tooManyRows' } | { code: 'unreadable'; reason: string } | { code: 'tooLarge' };

export type CsvReadResult = { ok: true; csv: ParsedCsv } | ({ ok: false } & CsvProblem);

/** Progress is told every this many rows: often enough to move, rarely enough to cost nothing. */
const PROGRESS_EVERY = 500;

/**
 * Decodes and parses a CSV file's bytes row by row, telling the progress as it goes. Runs in
 * the CSV worker (csv-worker.ts), or on the page where workers are missing.
 */
export function parseCsvBytes(
  bytes: Uint8Array,
  onProgress: (progress: CsvProgress) => void = () => undefined,
): CsvReadResult {
  if (bytes.length > MAX_CSV_BYTES) return { ok: false, code: 'tooLarge' };
  const { text, encoding } = decodeCsvBytes(bytes);
  const rows: string[][] = [];
  let quoteProblem = '';
  let isTooLong = false;
  let delimiter = '';
  Papa.parse<string[]>(text, {
    delimitersToGuess: [';', ',', '\t', '|'],
    skipEmptyLines: 'greedy',
    step: (row, parser) => {
      const quotes = row.errors.find((error) => error.type === 'Quotes');
      if (quotes && !quoteProblem) quoteProblem = `${quotes.message} (${rows.length + 1})`;
      rows.push(row.data);
      delimiter ||= row.meta.delimiter;
      // A header and the cap: one row more tells that the file is too long.
      if (rows.length > MAX_CSV_ROWS + 1) {
        isTooLong = true;
        parser.abort();
      }
      if (rows.length % PROGRESS_EVERY === 0)
        onProgress({
          rows: rows.length,
          percent: Math.round((100 * row.meta.cursor) / text.length),
        });
    },
  });
  if (isTooLong) return { ok: false, code: 'tooManyRows' };
  if (quoteProblem) return { ok: false, code: 'unreadable', reason: quoteProblem };
  onProgress({ rows: rows.length, percent: 100 });
  return { ok: true, csv: { rows, encoding, delimiter } };
}
