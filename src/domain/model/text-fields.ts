/**
 * Every text of every workshop record, classified once: what may hold personal data and is
 * searched and redacted, what is a name itself, and what is not written by a person at all.
 * `tests/unit/text-fields.test.ts` walks the zod schemas and fails on a text field missing here.
 *
 * A path names a field; `[]` steps into every entry of a list, `*` into every value of a map:
 * `strengths[].text`, `statementUses.*.note`, `tags[]`.
 */
import type { ContentTable } from '../workshop-content';

export type TextTable = 'workshops' | ContentTable;

type TextClasses = {
  /** Free text a person wrote: searched for personal data, redacted in exports and in place. */
  free: readonly string[];
  /** A person's name as a whole: replaced in full in a redacted copy (never searched). */
  names?: readonly string[];
  /** Texts the app chose (a method step, a template, a hash): no personal data. */
  fixed?: readonly string[];
};

export const TEXT_FIELDS = {
  workshops: {
    free: [
      'organisation',
      'title',
      'currentStatement',
      'strengths[].text',
      'weaknesses[].text',
      'mission',
      'vision',
      'targetStatement',
      'communicationPlan',
      'statementUses.*.note',
      'currentRelationship',
      'targetRelationship',
      'changeAgentRole',
      'changeAgentMandate',
      'changeAgentTime',
      'sponsorRole',
      'commitment',
    ],
    names: ['facilitator', 'redactionNames[].name', 'changeAgent', 'sponsor'],
    fixed: ['templateId', 'agendaStartTime'],
  },
  actions: { free: ['title', 'owner', 'description', 'expectedEffect'] },
  evidence: { free: ['text', 'channel', 'tags[]'] },
  themes: { free: ['name'] },
  journeyStages: { free: ['name'] },
  touchpoints: { free: ['name', 'feels', 'knows', 'does'] },
  segments: { free: ['name', 'description', 'needs'] },
  orgValues: { free: ['name', 'cultureNote'] },
  participants: { free: [], names: ['name'] },
  ratings: { free: ['comment'] },
  staffRatings: { free: ['comment'] },
  promises: { free: ['text'] },
  indicators: { free: ['name', 'unit', 'baseline', 'target', 'method'] },
  votes: { free: [] },
  reviews: {
    free: [
      'reporter',
      'format',
      'notes',
      'changeAgentReport',
      'actionNotes[].note',
      'indicatorReadings[].value',
    ],
  },
  agendaSteps: { free: ['title', 'notes'], fixed: ['kind'] },
  roomSessions: { free: [], fixed: ['pinHash', 'pinSalt'] },
} as const satisfies Record<TextTable, TextClasses>;

/** The tables with at least one free text. */
export const FREE_TEXT_TABLES = (Object.keys(TEXT_FIELDS) as TextTable[]).filter(
  (table) => TEXT_FIELDS[table].free.length > 0,
);

/** One text found at a declared path, with the concrete path to it (`strengths.2.text`). */
export type TextAt = { path: string; text: string };

function children(value: unknown, step: string): [string, unknown][] {
  if (value === null || typeof value !== 'object') return [];
  const record = value as Record<string, unknown>;
  if (step === '*') return Object.entries(record);
  if (step.endsWith('[]')) {
    const list = record[step.slice(0, -2)];
    const name = step.slice(0, -2);
    return Array.isArray(list) ? list.map((item, index) => [`${name}.${index}`, item]) : [];
  }
  return Object.hasOwn(record, step) ? [[step, record[step]]] : [];
}

/** Every string at a declared path of a row. */
export function textsAt(row: unknown, declared: string): TextAt[] {
  let found: [string, unknown][] = [['', row]];
  for (const step of declared.replace(/\[\]/g, '[].').split('.').filter(Boolean)) {
    found = found.flatMap(([path, value]) =>
      children(value, step).map(
        ([sub, child]) => [path ? `${path}.${sub}` : sub, child] as [string, unknown],
      ),
    );
  }
  return found
    .filter((entry): entry is [string, string] => typeof entry[1] === 'string')
    .map(([path, text]) => ({ path, text }));
}

/** Every free text of a row of the table. */
export function freeTextsOf(table: TextTable, row: unknown): TextAt[] {
  return TEXT_FIELDS[table].free.flatMap((declared) => textsAt(row, declared));
}

/** The concrete path's top-level field and the field's new value with one text replaced. */
export function withTextAt(
  row: Record<string, unknown>,
  path: string,
  text: string,
): { field: string; value: unknown } {
  const [field, ...rest] = path.split('.');
  const copy = structuredClone(row[field!]);
  if (rest.length === 0) return { field: field!, value: text };
  let target = copy as Record<string, unknown>;
  for (const step of rest.slice(0, -1)) target = target[step] as Record<string, unknown>;
  target[rest[rest.length - 1]!] = text;
  return { field: field!, value: copy };
}

/** A copy of the row with every free text passed through `change`. */
export function mapFreeTexts<T>(table: TextTable, row: T, change: (text: string) => string): T {
  let copy = row as Record<string, unknown>;
  for (const { path, text } of freeTextsOf(table, row)) {
    const { field, value } = withTextAt(copy, path, change(text));
    copy = { ...copy, [field]: value };
  }
  return copy as T;
}
