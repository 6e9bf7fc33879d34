import { useEffect, useRef, useState } from 'react';
import { useReportError } from './use-storage-error-notice';

type Request<T> = { value: T };

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
  if (stored !== lastStored) {
    setLastStored(stored);
    if (pendingCount === 0 && request !== null) setRequest(null);
  }
  if (pendingCount === 0 && request !== null && Object.is(request.value, stored)) setRequest(null);
  useEffect(() => {
    if (request === null) latest.current = null;
  }, [request]);

  /** Shows the value at once and writes it; resolves once written (or the failure is told). */
  const changeAndWait = (value: T): Promise<void> => {
    latest.current = { value };
    setRequest({ value });
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
