import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import {
  decodeCsvBytes,
  guessMapping,
  MAX_CSV_BYTES,
  MAX_CSV_ROWS,
  mapRows,
  parseDate,
  parseTone,
} from '../../src/domain/csv-import';
import { parseCsvBytes } from '../../src/features/current-state/parse-csv';
import { readCsvFile } from '../../src/features/current-state/read-csv';

const defaults = { kind: 'feedback', tone: 'neutral' } as const;

describe('CSV decoding', () => {
  it('reads UTF-8 with a BOM and Windows-1252 from Finnish Excel alike', () => {
    const utf8 = new TextEncoder().encode('\uFEFFPalaute;Päivä\nHyvä ääni;1.2.2026');
    expect(decodeCsvBytes(utf8)).toEqual({
      text: 'Palaute;Päivä\nHyvä ääni;1.2.2026',
      encoding: 'utf-8',
    });
    // "Hyvä öljy" in Windows-1252: ä = 0xE4, ö = 0xF6.
    const cp1252 = new Uint8Array([0x48, 0x79, 0x76, 0xe4, 0x20, 0xf6, 0x6c, 0x6a, 0x79]);
    expect(decodeCsvBytes(cp1252)).toEqual({ text: 'Hyvä öljy', encoding: 'windows-1252' });
  });

  it('reads Excel’s “Unicode text” (UTF-16 with a byte-order mark), little- and big-endian', () => {
    const text = 'Palaute\tPäivä\r\nHyvä ääni – ok\t1.2.2026';
    const units = [...text].map((char) => char.charCodeAt(0));
    const little = new Uint8Array([
      0xff,
      0xfe,
      ...units.flatMap((unit) => [unit & 0xff, unit >> 8]),
    ]);
    const big = new Uint8Array([0xfe, 0xff, ...units.flatMap((unit) => [unit >> 8, unit & 0xff])]);
    expect(decodeCsvBytes(little)).toEqual({ text, encoding: 'utf-16le' });
    expect(decodeCsvBytes(big)).toEqual({ text, encoding: 'utf-16be' });
  });
});

describe('reading a CSV file', () => {
  const file = (rows: number) =>
    new File(
      [['Palaute', ...Array.from({ length: rows }, (_, i) => `Rivi ${i}`)].join('\n')],
      'p.csv',
    );

  it(`refuses a file of more than ${MAX_CSV_ROWS} rows with its own error, and reads one at the cap`, async () => {
    const progress: number[] = [];
    expect(await readCsvFile(file(MAX_CSV_ROWS + 1), () => undefined)).toEqual({
      ok: false,
      code: 'tooManyRows',
    });
    const read = await readCsvFile(file(MAX_CSV_ROWS), ({ rows }) => progress.push(rows));
    expect(read.ok && read.csv.rows).toHaveLength(MAX_CSV_ROWS + 1);
    // Progress by rows as the file is read, ending with all of them.
    expect(progress.slice(0, 2)).toEqual([500, 1000]);
    expect(progress.at(-1)).toBe(MAX_CSV_ROWS + 1);
  });

  it('refuses a file over the size limit before decoding it', () => {
    expect(parseCsvBytes(new Uint8Array(MAX_CSV_BYTES + 1))).toEqual({
      ok: false,
      code: 'tooLarge',
    });
  });

  it('names an unclosed quote with its row, and tells the delimiter it found', () => {
    expect(parseCsvBytes(new TextEncoder().encode('a;b\n"open;2\n'))).toMatchObject({
      ok: false,
      code: 'unreadable',
    });
    const read = parseCsvBytes(new TextEncoder().encode('a;b\n1;2\n'));
    expect(read.ok && read.csv).toEqual({
      rows: [
        ['a', 'b'],
        ['1', '2'],
      ],
      encoding: 'utf-8',
      delimiter: ';',
    });
  });
});

describe('column mapping', () => {
  it('guesses columns from Finnish and English headers', () => {
    const mapping = guessMapping(['Pvm', 'Palaute', 'Arvosana', 'Toimipiste', 'Kanava']);
    expect(mapping).toMatchObject({
      date: 0,
      text: 1,
      tone: 2,
      touchpoint: 3,
      channel: 4,
      segment: -1,
    });
  });

  it('maps rows, reads tones and dates, and lists bad rows with their line numbers', () => {
    const mapping = guessMapping(['Text', 'Tone', 'Date']);
    const { items, errors } = mapRows(
      [
        ['Great spa', 'positive', '2026-03-01'],
        ['', 'negative', ''],
        ['Slow check-in', '1', '5.3.2026'],
        ['Odd date', '', '31.2.2026'],
        ['   ', '', ''],
      ],
      mapping,
      defaults,
    );
    expect(items.map((i) => [i.text, i.tone, i.date])).toEqual([
      ['Great spa', 'praise', '2026-03-01'],
      ['Slow check-in', 'complaint', '2026-03-05'],
    ]);
    expect(errors).toEqual([
      { line: 3, code: 'emptyText', value: '' },
      { line: 5, code: 'invalidDate', value: '31.2.2026' },
    ]);
  });

  it('reads tones and dates in both languages', () => {
    expect(parseTone('Kiitos', 'neutral')).toBe('praise');
    expect(parseTone('moite', 'neutral')).toBe('complaint');
    expect(parseTone('4,5', 'neutral')).toBe('praise');
    expect(parseTone('???', 'suggestion')).toBe('suggestion');
    expect(parseDate('24.11.2026 12:30')).toBe('2026-11-24');
    expect(parseDate('')).toBe('');
    expect(parseDate('yesterday')).toBeNull();
  });

  it('keeps every non-empty text exactly, whatever the separators, quotes and line breaks (property)', () => {
    const cellText = fc
      .string({ minLength: 1, maxLength: 40 })
      .filter((text) => text.trim().length > 0);
    fc.assert(
      fc.property(
        fc.array(cellText, { minLength: 1, maxLength: 20 }),
        fc.constantFrom(';', ','),
        (texts, delimiter) => {
          const csv = Papa.unparse(
            { fields: ['Palaute', 'Sävy'], data: texts.map((text) => [text, 'kiitos']) },
            { delimiter },
          );
          const parsed = Papa.parse<string[]>(csv, { delimitersToGuess: [';', ','] }).data;
          const { items, errors } = mapRows(
            parsed.slice(1),
            guessMapping(parsed[0] ?? []),
            defaults,
          );
          expect(errors).toEqual([]);
          expect(items.map((i) => i.text)).toEqual(texts.map((text) => text.trim()));
          expect(items.every((i) => i.tone === 'praise')).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('text column guess', () => {
  it('chooses the column whose values read like free text, not an id whose header says "vastaus"', () => {
    const headers = ['Vastaus-ID', 'Pvm', 'Arvosana', 'Mitä haluat sanoa meille?', 'Toimipiste'];
    const rows = [
      [
        'R-1001',
        '1.3.2026',
        '2',
        'Jonotus kesti puoli tuntia eikä kukaan kertonut syytä.',
        'Keskusta',
      ],
      ['R-1002', '2.3.2026', '5', 'Ystävällinen vastaanotto ja selkeät ohjeet, kiitos!', 'Kallio'],
      ['R-1003', '2.3.2026', '3', 'Ok.', 'Keskusta'],
    ];
    const mapping = guessMapping(headers, rows);
    expect(mapping.text).toBe(3);
    expect(mapping).toMatchObject({ date: 1, tone: 2, touchpoint: 4 });
  });

  it('falls back on the header words when the rows give no free text', () => {
    expect(guessMapping(['Id', 'Palaute'], [['1', '']]).text).toBe(1);
  });
});
