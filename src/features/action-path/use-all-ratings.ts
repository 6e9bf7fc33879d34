import { useLiveQuery } from 'dexie-react-hooks';
import { listAllRatings, listAllStaffRatings } from '../../db/repositories/assessment';

/** Ratings of the workshop and of every follow-up review. */
export function useAllRatings(workshopId: string) {
  return useLiveQuery(() => listAllRatings(workshopId), [workshopId]);
}

/** Staff ratings of the workshop's own check and of every follow-up review. */
export function useAllStaffRatings(workshopId: string) {
  return useLiveQuery(() => listAllStaffRatings(workshopId), [workshopId]);
}
