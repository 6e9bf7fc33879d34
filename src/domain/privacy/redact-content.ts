/**
 * Redaction over a whole workshop: which free texts are searched, what is found in them, and a
 * redacted copy for exports (the stored data stays as it is).
 */
import type { RedactionRole } from '../types';
import { freeTextsOf, mapFreeTexts, TEXT_FIELDS, type TextTable } from '../model/text-fields';
import { CONTENT_TABLES, type WorkshopContent } from '../workshop-content';
import { findPersonalData, replaceHits, type Hit, type NameEntry } from './detect';

/** The tables whose texts are searched: every one with a free text in the data model. */
export type RedactableTable = {
  [T in TextTable]: (typeof TEXT_FIELDS)[T]['free'] extends readonly [] ? never : T;
}[TextTable];

/** The hits in one field of one row. */
export type FieldHits = {
  table: RedactableTable;
  rowId: string;
  /** The path to the text in its row: `notes`, `strengths.2.text`, `tags.0`. */
  field: string;
  text: string;
  hits: Hit[];
};

/** Replacement texts in the workshop's language, e.g. "[customer]" and "Participant 3". */
export type RedactionLabels = Record<RedactionRole, string> & {
  participantN: (n: number) => string;
};

/** The participants' names (always) and the names the facilitator listed. */
export function namesToFind(
  content: Pick<WorkshopContent, 'participants' | 'workshop'>,
): NameEntry[] {
  return [
    ...content.participants.map((participant) => ({
      name: participant.name,
      role: 'participant' as const,
    })),
    ...(content.workshop.redactionNames ?? []).map(({ name, role }) => ({ name, role })),
    // The people the workshop names: found in texts too, as staff.
    ...[content.workshop.facilitator, content.workshop.changeAgent, content.workshop.sponsor].map(
      (name) => ({ name: name ?? '', role: 'staff' as const }),
    ),
  ].filter((entry) => entry.name.trim().length > 0);
}

function isRedactable(table: TextTable): table is RedactableTable {
  return TEXT_FIELDS[table].free.length > 0;
}

/** The workshop and its rows, table by table, as the declared text fields see them. */
function rowsByTable(content: WorkshopContent): [TextTable, readonly unknown[]][] {
  return [
    ['workshops', [content.workshop]],
    ...CONTENT_TABLES.map((table) => [table, content[table]] as [TextTable, readonly unknown[]]),
  ];
}

/** Every free text that holds personal data, with its hits, the workshop's own first. */
export function scanContent(
  content: WorkshopContent,
  names: readonly NameEntry[] = namesToFind(content),
): FieldHits[] {
  const found: FieldHits[] = [];
  for (const [table, rows] of rowsByTable(content)) {
    if (!isRedactable(table)) continue;
    for (const row of rows) {
      for (const { path, text } of freeTextsOf(table, row)) {
        if (!text) continue;
        const hits = findPersonalData(text, names);
        const rowId = String((row as { id: unknown }).id);
        if (hits.length > 0) found.push({ table, rowId, field: path, text, hits });
      }
    }
  }
  return found;
}

/** The rows of one table with every free text redacted (CSV and calendar exports). */
export function redactRows<T>(
  table: TextTable,
  rows: readonly T[],
  names: readonly NameEntry[],
  labels: RedactionLabels,
): T[] {
  return rows.map((row) => mapFreeTexts(table, row, (text) => redactText(text, names, labels)));
}

/** Every hit replaced with the label of its proposed role. */
export function redactText(
  text: string,
  names: readonly NameEntry[],
  labels: RedactionLabels,
): string {
  const hits = findPersonalData(text, names);
  return replaceHits(text, hits, (index) => labels[hits[index]!.role]);
}

/**
 * A redacted copy for export: every free text of the data model redacted, participants named
 * only by number, the people the workshop names (facilitator, change agent, sponsor) left out
 * (their roles stay), and the list of names to find emptied (it is personal data itself).
 */
export function redactContent(content: WorkshopContent, labels: RedactionLabels): WorkshopContent {
  const names = namesToFind(content);
  const copy = structuredClone(content) as unknown as Record<string, unknown[]>;
  for (const table of CONTENT_TABLES) copy[table] = redactRows(table, copy[table]!, names, labels);
  const redacted = copy as unknown as WorkshopContent;
  redacted.participants = redacted.participants.map((participant, index) => ({
    ...participant,
    name: labels.participantN(index + 1),
  }));
  const [workshop] = redactRows('workshops', [content.workshop], names, labels);
  redacted.workshop = {
    ...workshop!,
    facilitator: '',
    changeAgent: '',
    sponsor: '',
    redactionNames: [],
  };
  return redacted;
}
