import { freeTextsOf, TEXT_FIELDS, withTextAt } from '../../domain/model/text-fields';
import type { RedactableTable } from '../../domain/privacy/redact-content';
import type { Replacement } from '../../domain/privacy/redaction-plan';
import { redactStoredContent } from '../../domain/privacy/redaction-plan';
import { parseSnapshot, serialiseSnapshot } from '../../domain/snapshot';
import type { RedactionName } from '../../domain/types';
import { nowIso } from '../../lib/ids';
import { db, tableOf, type RowOf } from '../database';
import { guardWrite } from '../errors';
import { forgetJournaledEdits } from '../save-journal';
import { flushSaves } from '../save-queue';
import { patchChecked, updateRow } from './rows';

/** One field's text before and after redaction. */
export type RedactionEdit = {
  table: RedactableTable;
  rowId: string;
  field: string;
  before: string;
  after: string;
};

export async function setRedactionNames(
  workshopId: string,
  names: readonly RedactionName[],
): Promise<void> {
  const cleaned = names
    .map((entry) => ({ ...entry, name: entry.name.trim() }))
    .filter((entry) => entry.name);
  await updateRow('workshops', workshopId, { redactionNames: cleaned });
}

/** The edit's text as it is stored now, when the edit names a free text of the data model. */
function storedText(row: unknown, edit: RedactionEdit): string | undefined {
  return freeTextsOf(edit.table, row).find((found) => found.path === edit.field)?.text;
}

/**
 * Writes the edits in one transaction. A field changed meanwhile (its text is no longer
 * `from`) is left alone. Returns the edits that were applied, for an undo.
 */
async function writeEdits(
  edits: readonly RedactionEdit[],
  from: 'before' | 'after',
  alsoInTransaction: () => Promise<void> = async () => {},
): Promise<RedactionEdit[]> {
  const valid = edits.filter((edit) => Object.hasOwn(TEXT_FIELDS, edit.table));
  const tables = [...new Set(valid.map((edit) => edit.table))].map((name) => tableOf(name));
  if (tables.length === 0) return [];
  const to = from === 'before' ? 'after' : 'before';
  return guardWrite(() =>
    db.transaction('rw', [...tables, db.snapshots], async () => {
      await alsoInTransaction();
      const applied: RedactionEdit[] = [];
      const now = nowIso();
      for (const edit of valid) {
        const row = (await tableOf(edit.table).get(edit.rowId)) as
          Record<string, unknown> | undefined;
        if (!row || storedText(row, edit) !== edit[from]) continue;
        const { field, value } = withTextAt(row, edit.field, edit[to]);
        const change = { [field]: value } as Partial<RowOf<RedactableTable>>;
        await patchChecked(edit.table, edit.rowId, change, now);
        applied.push(edit);
      }
      return applied;
    }),
  );
}

/** Rewrites every History snapshot of the workshop with the same replacements. */
async function redactSnapshots(workshopId: string, replacements: readonly Replacement[]) {
  const now = nowIso();
  for (const snapshot of await db.snapshots.where('workshopId').equals(workshopId).toArray()) {
    const { content, schemaVersion } = parseSnapshot(snapshot.data);
    const data = serialiseSnapshot(redactStoredContent(content, replacements), schemaVersion);
    if (data !== snapshot.data) await patchChecked('snapshots', snapshot.id, { data }, now);
  }
}

/**
 * Replaces the chosen personal data in the stored texts, in the workshop's History snapshots
 * (so no restore brings it back) and in the save journal, in one transaction.
 */
export async function applyRedaction(
  workshopId: string,
  edits: readonly RedactionEdit[],
  replacements: readonly Replacement[],
): Promise<RedactionEdit[]> {
  // A pending edit of the original text would otherwise land after the redaction.
  await flushSaves();
  const applied = await writeEdits(edits, 'before', () =>
    redactSnapshots(workshopId, replacements),
  );
  forgetJournaledEdits(workshopId);
  return applied;
}

/** Puts the original texts back where the redacted text is still unchanged. */
export async function undoRedaction(edits: readonly RedactionEdit[]): Promise<RedactionEdit[]> {
  return writeEdits(edits, 'after');
}
