import { isIsoDate } from './workshop';
import { parseTags } from './evidence';
import { LIMITS } from './limits';
import { guessTextColumn } from './csv-text-column';
import type { EvidenceKind, Tone } from './types';

export const IMPORT_FIELDS = [
  'text',
  'kind',
  'tone',
  'channel',
  'touchpoint',
  'segment',
  'date',
  'tags',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];
/** Which column (0-based) feeds each field; -1 = not imported. */
export type ColumnMapping = Record<ImportField, number>;

export type ImportedRow = {
  text: string;
  kind: EvidenceKind;
  tone: Tone;
  channel: string;
  touchpointName: string;
  segmentName: string;
  date: string;
  tags: string[];
};
export type RowErrorCode = 'emptyText' | 'invalidDate';
export type RowError = { line: number; code: RowErrorCode; value: string };

export type CsvEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/** Rows one import takes at most; a larger file is refused with a message to split it. */
export const MAX_CSV_ROWS = 10_000;
/** Larger files are refused before they are read. */
export const MAX_CSV_BYTES = 20 * 1024 * 1024;

/**
 * Excel's "Unicode text" is UTF-16 with a byte-order mark, Finnish Excel's CSV is
 * Windows-1252; everything else is UTF-8, with or without BOM.
 */
export function decodeCsvBytes(bytes: Uint8Array): { text: string; encoding: CsvEncoding } {
  const utf16 =
    bytes[0] === 0xff && bytes[1] === 0xfe
      ? 'utf-16le'
      : bytes[0] === 0xfe && bytes[1] === 0xff
        ? 'utf-16be'
        : undefined;
  if (utf16) {
    // The decoder drops the byte-order mark itself.
    return { text: new TextDecoder(utf16).decode(bytes), encoding: utf16 };
  }
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { text: text.replace(/^\uFEFF/, ''), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
  }
}

const HEADER_WORDS: Record<ImportField, string[]> = {
  text: [
    'text',
    'feedback',
    'comment',
    'palaute',
    'teksti',
    'kommentti',
    'vastaus',
    'viesti',
    'message',
  ],
  kind: ['kind', 'type', 'laji', 'tyyppi'],
  tone: ['tone', 'sentiment', 'rating', 'score', 'sävy', 'arvio', 'arvosana'],
  channel: ['channel', 'source', 'kanava', 'lähde'],
  touchpoint: [
    'touchpoint',
    'service',
    'palvelu',
    'kohtaamispiste',
    'toimipiste',
    'unit',
    'yksikkö',
  ],
  segment: ['segment', 'customer group', 'asiakasryhmä', 'ryhmä', 'group'],
  date: ['date', 'päivämäärä', 'pvm', 'aika', 'time', 'created'],
  tags: ['tags', 'tag', 'tunnisteet', 'avainsanat', 'keywords'],
};

/** How many data rows the text-column guess reads: enough to see the pattern, quick on 10,000. */
const SAMPLED_ROWS = 200;

/**
 * Proposes a mapping: the text column from the values of the first data rows (the longest free
 * text), the other fields from the header names. The user can change every choice.
 */
export function guessMapping(
  headers: readonly string[],
  dataRows: readonly (readonly string[])[] = [],
): ColumnMapping {
  const normalised = headers.map((header) => header.trim().toLocaleLowerCase('fi'));
  const mapping = Object.fromEntries(IMPORT_FIELDS.map((field) => [field, -1])) as ColumnMapping;
  const used = new Set<number>();
  const textColumn = guessTextColumn(dataRows.slice(0, SAMPLED_ROWS), headers.length);
  if (textColumn >= 0) {
    mapping.text = textColumn;
    used.add(textColumn);
  }
  for (const field of IMPORT_FIELDS) {
    if (mapping[field] >= 0) continue;
    const index = normalised.findIndex(
      (header, i) => !used.has(i) && HEADER_WORDS[field].some((word) => header.includes(word)),
    );
    if (index >= 0) {
      mapping[field] = index;
      used.add(index);
    }
  }
  if (mapping.text < 0 && headers.length > 0)
    mapping.text = [...headers.keys()].find((i) => !used.has(i)) ?? 0;
  return mapping;
}

const TONE_WORDS: [Tone, string[]][] = [
  ['praise', ['praise', 'positive', 'kiitos', 'positiivinen', 'myönteinen', 'hyvä']],
  [
    'complaint',
    [
      'complaint',
      'negative',
      'moite',
      'valitus',
      'negatiivinen',
      'kielteinen',
      'huono',
      'reklamaatio',
    ],
  ],
  ['suggestion', ['suggestion', 'idea', 'ehdotus', 'kehitysehdotus', 'toive']],
  ['neutral', ['neutral', 'neutraali', 'muu', 'other']],
];

/** Reads a tone from words in either language or a 1–5 score (1–2 complaint, 3 neutral, 4–5 praise). */
export function parseTone(value: string, fallback: Tone): Tone {
  const text = value.trim().toLocaleLowerCase('fi');
  if (!text) return fallback;
  const score = Number(text.replace(',', '.'));
  if (!Number.isNaN(score) && score >= 1 && score <= 5)
    return score < 2.5 ? 'complaint' : score < 3.5 ? 'neutral' : 'praise';
  return (
    TONE_WORDS.find(([, words]) => words.some((word) => text.startsWith(word)))?.[0] ?? fallback
  );
}

const KIND_WORDS: [EvidenceKind, string[]][] = [
  ['story', ['story', 'tarina']],
  ['interview', ['interview', 'haastattelu']],
  ['staffObservation', ['staff', 'henkilöstö', 'havainto', 'observation']],
  ['surveyResult', ['survey', 'metric', 'kysely', 'mittari']],
  ['feedback', ['feedback', 'palaute']],
];

export function parseKind(value: string, fallback: EvidenceKind): EvidenceKind {
  const text = value.trim().toLocaleLowerCase('fi');
  return KIND_WORDS.find(([, words]) => words.some((word) => text.includes(word)))?.[0] ?? fallback;
}

/** Accepts 2026-03-01, 1.3.2026 and 1.3.2026 12:30; '' stays ''. Returns null when unreadable. */
export function parseDate(value: string): string | null {
  const text = value.trim();
  if (!text) return '';
  const iso = /^(\d{4}-\d{2}-\d{2})/.exec(text)?.[1];
  if (iso) return isIsoDate(iso) ? iso : null;
  const finnish = /^(\d{1,2})\.(\d{1,2})\.(\d{4})/.exec(text);
  if (finnish) {
    const [, day, month, year] = finnish;
    const candidate = `${year}-${month!.padStart(2, '0')}-${day!.padStart(2, '0')}`;
    return isIsoDate(candidate) ? candidate : null;
  }
  return null;
}

/** Turns parsed CSV rows into evidence fields; rows that cannot be used are listed with why. */
export function mapRows(
  rows: readonly (readonly string[])[],
  mapping: ColumnMapping,
  defaults: { kind: EvidenceKind; tone: Tone },
  firstLine = 2,
): { items: ImportedRow[]; errors: RowError[] } {
  const items: ImportedRow[] = [];
  const errors: RowError[] = [];
  const cell = (row: readonly string[], field: ImportField) =>
    mapping[field] >= 0 ? (row[mapping[field]] ?? '').trim() : '';
  rows.forEach((row, index) => {
    const line = firstLine + index;
    if (row.every((value) => !value.trim())) return;
    const text = cell(row, 'text');
    if (!text) {
      errors.push({ line, code: 'emptyText', value: '' });
      return;
    }
    const date = parseDate(cell(row, 'date'));
    if (date === null) {
      errors.push({ line, code: 'invalidDate', value: cell(row, 'date') });
      return;
    }
    items.push({
      text: text.slice(0, LIMITS.longText),
      kind: parseKind(cell(row, 'kind'), defaults.kind),
      tone: parseTone(cell(row, 'tone'), defaults.tone),
      channel: cell(row, 'channel').slice(0, LIMITS.shortText),
      touchpointName: cell(row, 'touchpoint').slice(0, LIMITS.shortText),
      segmentName: cell(row, 'segment').slice(0, LIMITS.shortText),
      date,
      tags: parseTags(cell(row, 'tags')),
    });
  });
  return { items, errors };
}
