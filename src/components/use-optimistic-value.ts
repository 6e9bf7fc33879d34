import { useState } from 'react';

/**
 * Shows a choice at once while its write travels to IndexedDB and back through the live query,
 * so radio buttons and checkboxes react instantly. The stored value wins once it arrives.
 */
export function useOptimisticValue<T>(stored: T): [T, (value: T) => void] {
  const [pending, setPending] = useState<{ value: T } | null>(null);
  const [lastStored, setLastStored] = useState(stored);
  if (stored !== lastStored) {
    setLastStored(stored);
    setPending(null);
  }
  return [pending ? pending.value : stored, (value: T) => setPending({ value })];
}
