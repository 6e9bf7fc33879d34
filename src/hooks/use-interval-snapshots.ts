import { useEffect } from 'react';
import { takeIntervalSnapshot } from '../db/repositories/snapshots';

/** How often the open workshop checks whether an automatic snapshot is due. */
const CHECK_EVERY_MS = 60_000;
const FIRST_CHECK_MS = 3_000;

/**
 * While a workshop is open, keeps a copy of it every 10 minutes if it changed. A failed
 * snapshot is retried at the next check; it never interrupts the user.
 */
export function useIntervalSnapshots(workshopId: string): void {
  useEffect(() => {
    const check = () => void takeIntervalSnapshot(workshopId).catch(() => undefined);
    // The first check waits until the screen has loaded, so it never slows the first render.
    const first = setTimeout(check, FIRST_CHECK_MS);
    const timer = setInterval(check, CHECK_EVERY_MS);
    return () => {
      clearTimeout(first);
      clearInterval(timer);
    };
  }, [workshopId]);
}
