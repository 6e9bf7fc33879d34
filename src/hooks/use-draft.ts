import { useEffect, useRef, useState } from 'react';
import type { JournalTarget } from '../db/save-journal';
import { hasPendingSave, scheduleSave } from '../db/save-queue';

export type { JournalTarget };

/**
 * Local draft of a stored value that saves itself while the user types. Changes arriving from
 * elsewhere (another tab, an undo) replace the draft only when no edit of ours is pending.
 */
export function useDraft<T>(
  saveKey: string,
  stored: T,
  save: (value: T) => Promise<void>,
  journalTarget?: JournalTarget,
) {
  const [draft, setDraft] = useState(stored);
  const saveRef = useRef(save);
  useEffect(() => {
    saveRef.current = save;
  });

  const [lastStored, setLastStored] = useState(stored);
  if (stored !== lastStored) {
    setLastStored(stored);
    if (!hasPendingSave(saveKey)) setDraft(stored);
  }

  const change = (value: T) => {
    setDraft(value);
    scheduleSave(
      saveKey,
      () => saveRef.current(value),
      undefined,
      journalTarget ? { target: journalTarget, value } : undefined,
    );
  };
  return [draft, change] as const;
}
