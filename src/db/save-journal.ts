import type { RowOf, TableName } from './database';
import { replayWorkshopEdit } from './repositories/workshops';

/**
 * The tables whose edits can be journaled, with the repository update that replays them (it
 * checks the value as any write does, and lands only if the record has not changed since).
 */
const REPLAY = { workshops: replayWorkshopEdit } as const satisfies {
  [T in TableName]?: (id: string, patch: Partial<RowOf<T>>, editedAt: string) => Promise<boolean>;
};

type JournaledTable = keyof typeof REPLAY;
type PatchOf<T extends JournaledTable> = Parameters<(typeof REPLAY)[T]>[1];

/** A field of a stored record, so a pending edit can be written down without running code. */
export type JournalTarget = {
  [T in JournaledTable]: { table: T; id: string; field: keyof PatchOf<T> & string };
}[JournaledTable];
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
    const added = entries.map(({ target, value }) => ({ ...target, value, at }));
    // One entry per field: the newest value replaces an older one.
    const kept = readJournal().filter((entry) => !added.some((next) => sameTarget(entry, next)));
    localStorage.setItem(STORAGE_KEY, JSON.stringify([...kept, ...added]));
  } catch {
    // A full or blocked localStorage must not stop the page from closing.
  }
}

function sameTarget(a: JournalTarget, b: JournalTarget): boolean {
  return a.table === b.table && a.id === b.id && a.field === b.field;
}

/** The edit was written: its entry goes, unless a different value was journaled since. */
export function confirmJournaledEdit(written: { target: JournalTarget; value: unknown }): void {
  try {
    const entries = readJournal();
    const kept = entries.filter(
      (entry) =>
        !sameTarget(entry, written.target) ||
        JSON.stringify(entry.value) !== JSON.stringify(written.value),
    );
    if (kept.length === entries.length) return;
    if (kept.length > 0) localStorage.setItem(STORAGE_KEY, JSON.stringify(kept));
    else localStorage.removeItem(STORAGE_KEY);
  } catch {
    // Without localStorage there is no journal to keep tidy.
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

/** Drops the journaled edits of a workshop: its texts were redacted or it was forgotten. */
export function forgetJournaledEdits(workshopId: string): void {
  try {
    const kept = readJournal().filter((entry) => entry.id !== workshopId);
    if (kept.length > 0) localStorage.setItem(STORAGE_KEY, JSON.stringify(kept));
    else localStorage.removeItem(STORAGE_KEY);
  } catch {
    // Without localStorage there is no journal to clear.
  }
}

/**
 * Applies journaled edits that are newer than what IndexedDB holds, through the repositories,
 * then clears the journal.
 */
export async function replayPendingEdits(): Promise<number> {
  const entries = readJournal();
  let applied = 0;
  for (const entry of entries) {
    try {
      const replay = Object.hasOwn(REPLAY, entry.table) ? REPLAY[entry.table] : undefined;
      if (replay && (await replay(entry.id, { [entry.field]: entry.value }, entry.at)))
        applied += 1;
    } catch {
      // An entry for a table or record that no longer exists, or a value no longer valid, is dropped.
    }
  }
  localStorage.removeItem(STORAGE_KEY);
  return applied;
}
