import { useLiveQuery } from 'dexie-react-hooks';
import { listSnapshots } from '../../db/repositories/snapshots';
import type { Snapshot } from '../../domain/types';

export function useSnapshots(workshopId: string): Snapshot[] | undefined {
  return useLiveQuery(() => listSnapshots(workshopId), [workshopId]);
}
