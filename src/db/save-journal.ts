import { db } from './database';

/** A field of a stored record, so a pending edit can be written down without running code. */
export type JournalTarget = { table: string; id: string; field: string };
type JournalEntry = JournalTarget & { value: unknown; at: string };

const STORAGE_KEY = 'palvelupolku.pending-edits';

/**
 * When the tab closes, IndexedDB writes still in flight can be cut off. Pending edits are
 * therefore also written synchronously to localStorage, and applied on the next start.
 */
export function journalPendingEdits(
  entries: readonly { target: JournalTarget; value: unknown }[],
): void {
  if (entries.length === 0) return;
  try {
    const at = new Date().toISOString();
    const existing = readJournal();
    const next = [...existing, ...entries.map(({ target, value }) => ({ ...target, value, at }))];
    localStorage.setItem(STORAGE_KEY, JSON.stringify(next));
  } catch {
    // A full or blocked localStorage must not stop the page from closing.
  }
}

function readJournal(): JournalEntry[] {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '[]');
    return Array.isArray(parsed) ? (parsed as JournalEntry[]) : [];
  } catch {
    return [];
  }
}

/** Applies journaled edits that are newer than what IndexedDB holds, then clears the journal. */
export async function replayPendingEdits(): Promise<number> {
  const entries = readJournal();
  let applied = 0;
  for (const entry of entries) {
    try {
      const table = db.table(entry.table);
      const record = (await table.get(entry.id)) as { updatedAt?: string } | undefined;
      if (record && (!record.updatedAt || record.updatedAt < entry.at)) {
        await table.update(entry.id, { [entry.field]: entry.value, updatedAt: entry.at });
        applied += 1;
      }
    } catch {
      // An entry for a table or record that no longer exists is dropped.
    }
  }
  localStorage.removeItem(STORAGE_KEY);
  return applied;
}
