/** What the redaction screen decides per hit, turned into field edits; and hits in context. */
import { mapFreeTexts } from '../model/text-fields';
import type { StoredContent } from '../snapshot';
import type { RedactionRole } from '../types';
import { CONTENT_TABLES } from '../workshop-content';
import { replaceHits, type Hit } from './detect';
import type { FieldHits, RedactableTable, RedactionLabels } from './redact-content';

export type Choice = RedactionRole | 'keep';

export type FieldEdit = {
  table: RedactableTable;
  rowId: string;
  field: string;
  before: string;
  after: string;
};

/** Stable while the text is unchanged: a change of the text makes its hits new ones. */
export function hitKey(found: Pick<FieldHits, 'table' | 'rowId' | 'field'>, hit: Hit): string {
  return `${found.table}|${found.rowId}|${found.field}|${hit.start}|${hit.text}`;
}

/** The field's text with the chosen replacements; unchanged when every hit is kept. */
export function redactedText(
  found: FieldHits,
  choiceOf: (hit: Hit) => Choice,
  labels: RedactionLabels,
): string {
  const chosen = found.hits.filter((hit) => choiceOf(hit) !== 'keep');
  return replaceHits(
    found.text,
    chosen,
    (index) => labels[choiceOf(chosen[index]!) as RedactionRole],
  );
}

/** One edit per field with at least one hit to replace. */
export function planEdits(
  found: readonly FieldHits[],
  choiceOf: (found: FieldHits, hit: Hit) => Choice,
  labels: RedactionLabels,
): FieldEdit[] {
  return found
    .filter((entry) => entry.hits.some((hit) => choiceOf(entry, hit) !== 'keep'))
    .map((entry) => ({
      table: entry.table,
      rowId: entry.rowId,
      field: entry.field,
      before: entry.text,
      after: redactedText(entry, (hit) => choiceOf(entry, hit), labels),
    }));
}

export type TextSegment = { text: string } | { hitIndex: number };

const KEEP = 60;

function shorten(text: string, position: 'first' | 'middle' | 'last'): string {
  if (text.length <= KEEP * 2 + 3) return text;
  if (position === 'first') return `…${text.slice(-KEEP)}`;
  if (position === 'last') return `${text.slice(0, KEEP)}…`;
  return `${text.slice(0, KEEP)} … ${text.slice(-KEEP)}`;
}

/** The text cut into plain pieces and hits; long stretches between hits are shortened. */
export function contextSegments(text: string, hits: readonly Hit[]): TextSegment[] {
  const segments: TextSegment[] = [];
  let position = 0;
  hits.forEach((hit, hitIndex) => {
    const before = text.slice(position, hit.start);
    if (before) segments.push({ text: shorten(before, hitIndex === 0 ? 'first' : 'middle') });
    segments.push({ hitIndex });
    position = hit.end;
  });
  const rest = text.slice(position);
  if (rest) segments.push({ text: shorten(rest, 'last') });
  return segments;
}

/** A piece of personal data the user chose to replace, and what it became. */
export type Replacement = { text: string; replacement: string };

/** Every chosen hit as a literal replacement, longest first so a full name wins over a part. */
export function chosenReplacements(
  found: readonly FieldHits[],
  choiceOf: (found: FieldHits, hit: Hit) => Choice,
  labels: RedactionLabels,
): Replacement[] {
  const byText = new Map<string, string>();
  for (const entry of found) {
    for (const hit of entry.hits) {
      const choice = choiceOf(entry, hit);
      if (choice !== 'keep' && !byText.has(hit.text)) byText.set(hit.text, labels[choice]);
    }
  }
  return [...byText]
    .map(([text, replacement]) => ({ text, replacement }))
    .sort((a, b) => b.text.length - a.text.length);
}

/**
 * A stored copy of the workshop (a History snapshot) with the same personal data replaced in
 * every free text, so restoring a version cannot bring back what was redacted.
 */
export function redactStoredContent(
  content: StoredContent,
  replacements: readonly Replacement[],
): StoredContent {
  const change = (text: string) =>
    replacements.reduce(
      (result, { text: from, replacement }) => result.replaceAll(from, replacement),
      text,
    );
  const copy: StoredContent = {
    ...content,
    workshop: mapFreeTexts('workshops', content.workshop, change),
  };
  for (const table of CONTENT_TABLES) {
    const rows = content[table];
    if (rows) copy[table] = rows.map((row) => mapFreeTexts(table, row, change));
  }
  return copy;
}
