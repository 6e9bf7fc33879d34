import { useEffect, useRef, useState } from 'react';
import { useReportError } from './use-storage-error-notice';

/** The value asked for last, and every value this control has sent since it last settled. */
type Request<T> = { value: T; sent: T[] };

/** Content, not identity: every live-query answer brings new arrays even when nothing changed. */
const isSame = (a: unknown, b: unknown) => a === b || JSON.stringify(a) === JSON.stringify(b);

/**
 * A stored value changed from a control (a radio button, a checkbox, the presented step, the
 * timer): the choice shows at once while its write travels to IndexedDB and back through the
 * live query, and stays while any write of ours is on its way, so quick successive choices
 * never flicker back. Once none is pending, the stored value wins again (a change from another
 * tab, an undo). A failed write ends in an error notice.
 */
export function useOptimisticEdit<T>(stored: T, write: (value: T) => Promise<unknown> | void) {
  const reportError = useReportError();
  const [request, setRequest] = useState<Request<T> | null>(null);
  const [pendingCount, setPendingCount] = useState(0);
  const [lastStored, setLastStored] = useState(stored);
  // For event handlers that run again before the next render (quick key presses and clicks).
  const latest = useRef<Request<T> | null>(null);
  // A refresh that still carries the old value (the record changed beside it) is no change.
  if (!isSame(stored, lastStored)) {
    setLastStored(stored);
    // One of our own earlier choices coming back (two quick clicks) does not undo the later one;
    // a value that is none of ours (another tab, an undo) takes over once our writes are done.
    const isOurEarlier = request?.sent.some((value) => isSame(value, stored)) ?? false;
    if (pendingCount === 0 && request !== null && !isOurEarlier) setRequest(null);
  }
  if (pendingCount === 0 && request !== null && isSame(request.value, stored)) setRequest(null);
  useEffect(() => {
    if (request === null) latest.current = null;
  }, [request]);

  /** Shows the value at once and writes it; resolves once written (or the failure is told). */
  const changeAndWait = (value: T): Promise<void> => {
    const next = { value, sent: [...(latest.current?.sent ?? []), value] };
    latest.current = next;
    setRequest(next);
    setPendingCount((count) => count + 1);
    return Promise.resolve()
      .then(() => write(value))
      .then(
        () => undefined,
        (error: unknown) => reportError(error),
      )
      .finally(() => setPendingCount((count) => count - 1));
  };
  /**
   * The value asked for last, until the stored value has caught up with it; null when nothing
   * is asked for. A change built on it never undoes the one before, however quick the clicks.
   */
  const latestRequest = (): Request<T> | null => latest.current;

  const change = (value: T): void => void changeAndWait(value);

  return { value: request ? request.value : stored, change, changeAndWait, latestRequest };
}
