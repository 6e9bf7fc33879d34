import { REDACTABLE_FIELDS, type RedactableTable } from '../../domain/privacy/redact-content';
import type { RedactionName } from '../../domain/types';
import { nowIso } from '../../lib/ids';
import { db, tableOf, type RowOf } from '../database';
import { guardWrite } from '../errors';
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

function isRedactable(edit: RedactionEdit): boolean {
  const fields = REDACTABLE_FIELDS[edit.table] as readonly string[] | undefined;
  return Boolean(fields?.includes(edit.field));
}

/**
 * Writes the edits in one transaction. A field changed meanwhile (its text is no longer
 * `from`) is left alone. Returns the edits that were applied, for an undo.
 */
async function writeEdits(
  edits: readonly RedactionEdit[],
  from: 'before' | 'after',
): Promise<RedactionEdit[]> {
  const valid = edits.filter(isRedactable);
  const tables = [...new Set(valid.map((edit) => edit.table))].map((name) => tableOf(name));
  if (tables.length === 0) return [];
  const to = from === 'before' ? 'after' : 'before';
  return guardWrite(() =>
    db.transaction('rw', tables, async () => {
      const applied: RedactionEdit[] = [];
      const now = nowIso();
      for (const edit of valid) {
        const row = (await tableOf(edit.table).get(edit.rowId)) as
          Record<string, unknown> | undefined;
        if (!row || row[edit.field] !== edit[from]) continue;
        const change = { [edit.field]: edit[to] } as Partial<RowOf<RedactableTable>>;
        await patchChecked(edit.table, edit.rowId, change, now);
        applied.push(edit);
      }
      return applied;
    }),
  );
}

export async function applyRedaction(edits: readonly RedactionEdit[]): Promise<RedactionEdit[]> {
  return writeEdits(edits, 'before');
}

/** Puts the original texts back where the redacted text is still unchanged. */
export async function undoRedaction(edits: readonly RedactionEdit[]): Promise<RedactionEdit[]> {
  return writeEdits(edits, 'after');
}
