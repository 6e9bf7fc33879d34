import { useState } from 'react';

/** Content, not identity: every live-query answer brings new arrays even when nothing changed. */
const isSame = (a: unknown, b: unknown) => a === b || JSON.stringify(a) === JSON.stringify(b);

type Pending<T> = { value: T; sent: T[] };

/**
 * Shows a choice at once while its write travels to IndexedDB and back through the live query,
 * so radio buttons and checkboxes react instantly. The choice stays on screen until the stored
 * value has caught up with it: an answer that still carries the old value (the record refreshed
 * because the text beside it was saved) or one of our own earlier choices (two quick clicks)
 * must not undo a click, or the next click would build on the undone value. A stored value that
 * is none of ours (another tab, an undo) takes over at once.
 */
export function useOptimisticValue<T>(stored: T): [T, (value: T) => void] {
  const [pending, setPending] = useState<Pending<T> | null>(null);
  const [lastStored, setLastStored] = useState(stored);
  if (!isSame(stored, lastStored)) {
    setLastStored(stored);
    const isOurEarlierChoice = pending?.sent.some((value) => isSame(value, stored)) ?? false;
    if (pending && (isSame(stored, pending.value) || !isOurEarlierChoice)) setPending(null);
  }
  const show = (value: T) =>
    setPending((current) => ({ value, sent: [...(current?.sent ?? []), value] }));
  return [pending ? pending.value : stored, show];
}
