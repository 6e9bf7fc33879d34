import { useLiveQuery } from 'dexie-react-hooks';
import { loadWorkshopContent } from '../../db/repositories/workshop-content';
import type { WorkshopContent } from '../../domain/workshop-content';

/** The workshop's whole content, live; `null` when it is gone, `undefined` while loading. */
export function useWorkshopContent(workshopId: string): WorkshopContent | null | undefined {
  return useLiveQuery(async () => (await loadWorkshopContent(workshopId)) ?? null, [workshopId]);
}
