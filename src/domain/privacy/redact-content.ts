/**
 * Redaction over a whole workshop: which free texts are searched, what is found in them, and a
 * redacted copy for exports (the stored data stays as it is).
 */
import type { RedactionRole } from '../types';
import type { ContentTable, WorkshopContent } from '../workshop-content';
import { findPersonalData, replaceHits, type Hit, type NameEntry } from './detect';

/** The free-text fields searched for personal data, table by table. */
export const REDACTABLE_FIELDS = {
  evidence: ['text', 'channel'],
  ratings: ['comment'],
  reviews: ['notes', 'reporter', 'changeAgentReport'],
  actions: ['title', 'description', 'expectedEffect', 'owner'],
  agendaSteps: ['notes'],
  touchpoints: ['feels', 'knows', 'does'],
  segments: ['description', 'needs'],
  promises: ['text'],
  indicators: ['method'],
} as const satisfies Partial<Record<ContentTable, readonly string[]>>;

export type RedactableTable = keyof typeof REDACTABLE_FIELDS;

/** The hits in one field of one row. */
export type FieldHits = {
  table: RedactableTable;
  rowId: string;
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
  ].filter((entry) => entry.name.trim().length > 0);
}

/** Every field that holds personal data, with its hits, in table order. */
export function scanContent(
  content: WorkshopContent,
  names: readonly NameEntry[] = namesToFind(content),
): FieldHits[] {
  const found: FieldHits[] = [];
  for (const [table, fields] of Object.entries(REDACTABLE_FIELDS) as [
    RedactableTable,
    readonly string[],
  ][]) {
    for (const row of content[table] as unknown as Record<string, unknown>[]) {
      for (const field of fields) {
        const text = row[field];
        if (typeof text !== 'string' || !text) continue;
        const hits = findPersonalData(text, names);
        if (hits.length > 0) found.push({ table, rowId: String(row.id), field, text, hits });
      }
    }
  }
  return found;
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
 * A redacted copy for export: every searched field redacted, participants named only by number,
 * and the list of names to find emptied (it is personal data itself).
 */
export function redactContent(content: WorkshopContent, labels: RedactionLabels): WorkshopContent {
  const names = namesToFind(content);
  const copy = structuredClone(content);
  for (const [table, fields] of Object.entries(REDACTABLE_FIELDS) as [
    RedactableTable,
    readonly string[],
  ][]) {
    for (const row of copy[table] as unknown as Record<string, unknown>[]) {
      for (const field of fields) {
        const text = row[field];
        if (typeof text === 'string' && text) row[field] = redactText(text, names, labels);
      }
    }
  }
  copy.participants = copy.participants.map((participant, index) => ({
    ...participant,
    name: labels.participantN(index + 1),
  }));
  // The workshop's own statements and lists are redacted in the copy too.
  const clean = (text: string) => redactText(text, names, labels);
  const workshop = copy.workshop;
  copy.workshop = {
    ...workshop,
    currentStatement: clean(workshop.currentStatement),
    targetStatement: clean(workshop.targetStatement),
    communicationPlan: clean(workshop.communicationPlan),
    changeAgent: clean(workshop.changeAgent),
    changeAgentMandate: clean(workshop.changeAgentMandate),
    sponsor: clean(workshop.sponsor),
    commitment: clean(workshop.commitment),
    strengths: workshop.strengths.map((entry) => ({ ...entry, text: clean(entry.text) })),
    weaknesses: workshop.weaknesses.map((entry) => ({ ...entry, text: clean(entry.text) })),
    redactionNames: [],
  };
  return copy;
}
