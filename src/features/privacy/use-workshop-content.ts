import { useLiveQuery } from 'dexie-react-hooks';
import { loadWorkshopContent } from '../../db/repositories/workshop-content';
import { visibleContent } from '../../domain/room-visibility';
import type { WorkshopContent } from '../../domain/workshop-content';

/**
 * The workshop's content as the facilitator may see it, live: room entries not yet revealed are
 * left out. `null` when it is gone, `undefined` while loading.
 */
export function useWorkshopContent(workshopId: string): WorkshopContent | null | undefined {
  return useLiveQuery(async () => {
    const content = await loadWorkshopContent(workshopId);
    return content ? visibleContent(content) : null;
  }, [workshopId]);
}
