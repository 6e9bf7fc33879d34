import { useRef, useState } from 'react';
import { useReportError } from './use-storage-error-notice';

type Request<T> = { value: T };

/**
 * A stored value changed from a control (a radio button, a checkbox, the presented step): the
 * choice shows at once while its write travels to IndexedDB and back through the live query, and
 * stays while any write of ours is on its way, so quick successive choices never flicker back.
 * Once none is pending, the stored value wins again (a change from another tab, an undo).
 * A failed write ends in an error notice.
 */
export function useOptimisticEdit<T>(stored: T, write: (value: T) => Promise<unknown> | void) {
  const reportError = useReportError();
  const [request, setRequest] = useState<Request<T> | null>(null);
  const [pendingCount, setPendingCount] = useState(0);
  const [lastStored, setLastStored] = useState(stored);
  // For event handlers that run again before the next render (quick key presses).
  const latest = useRef<Request<T> | null>(null);
  const pending = useRef(0);
  if (stored !== lastStored) {
    setLastStored(stored);
    if (pendingCount === 0 && request !== null) setRequest(null);
  }
  if (pendingCount === 0 && request !== null && Object.is(request.value, stored)) setRequest(null);

  const change = (value: T) => {
    latest.current = { value };
    pending.current += 1;
    setRequest({ value });
    setPendingCount((count) => count + 1);
    Promise.resolve()
      .then(() => write(value))
      .catch(reportError)
      .finally(() => {
        pending.current -= 1;
        setPendingCount((count) => count - 1);
      });
  };
  /** The value asked for last while its write is still on its way; undefined when none is. */
  const pendingValue = (): T | undefined =>
    pending.current > 0 && latest.current ? latest.current.value : undefined;

  return { value: request ? request.value : stored, change, pendingValue };
}
