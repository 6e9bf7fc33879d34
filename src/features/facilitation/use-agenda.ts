import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { listAgenda } from '../../db/repositories/agenda';

export function useAgenda(workshopId: string) {
  return useLiveQuery(() => listAgenda(workshopId), [workshopId]);
}

/** The clock, re-read every `intervalMs` while `isTicking`; readings come from timestamps. */
export function useNow(isTicking: boolean, intervalMs = 500): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!isTicking) return;
    const interval = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(interval);
  }, [isTicking, intervalMs]);
  return now;
}
