import { decodeCsvBytes } from '../../domain/csv-import';

export const MAX_CSV_BYTES = 20 * 1024 * 1024;

export type ParsedCsv = {
  rows: string[][];
  encoding: 'utf-8' | 'windows-1252';
  delimiter: string;
};

/** Decodes and parses a CSV file; papaparse is loaded only when a file is chosen. */
export async function readCsvFile(file: File): Promise<ParsedCsv> {
  const { text, encoding } = decodeCsvBytes(new Uint8Array(await file.arrayBuffer()));
  const { default: Papa } = await import('papaparse');
  const result = Papa.parse<string[]>(text, {
    delimitersToGuess: [';', ',', '\t', '|'],
    skipEmptyLines: 'greedy',
  });
  const fatal = result.errors.find((error) => error.type === 'Quotes');
  if (fatal) throw new Error(`${fatal.message} (${fatal.row ?? 0})`);
  return { rows: result.data, encoding, delimiter: result.meta.delimiter };
}
