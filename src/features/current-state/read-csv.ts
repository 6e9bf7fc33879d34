import { decodeCsvBytes, MAX_CSV_ROWS, type CsvEncoding } from '../../domain/csv-import';

export const MAX_CSV_BYTES = 20 * 1024 * 1024;

export type ParsedCsv = {
  rows: string[][];
  encoding: CsvEncoding;
  delimiter: string;
};

/** The file has more rows than one import takes. */
export class CsvTooLongError extends Error {
  constructor() {
    super('tooManyRows');
  }
}

/** Decodes and parses a CSV file; papaparse is loaded only when a file is chosen. */
export async function readCsvFile(file: File): Promise<ParsedCsv> {
  const { text, encoding } = decodeCsvBytes(new Uint8Array(await file.arrayBuffer()));
  const { default: Papa } = await import('papaparse');
  const result = Papa.parse<string[]>(text, {
    delimitersToGuess: [';', ',', '\t', '|'],
    skipEmptyLines: 'greedy',
    // One more than a header and the cap: enough to tell that the file is too long.
    preview: MAX_CSV_ROWS + 2,
  });
  if (result.data.length > MAX_CSV_ROWS + 1) throw new CsvTooLongError();
  const fatal = result.errors.find((error) => error.type === 'Quotes');
  if (fatal) throw new Error(`${fatal.message} (${fatal.row ?? 0})`);
  return { rows: result.data, encoding, delimiter: result.meta.delimiter };
}
