import { useLiveQuery } from 'dexie-react-hooks';
import { listAllRatings } from '../../db/repositories/assessment';

/** Ratings of the workshop and of every follow-up review. */
export function useAllRatings(workshopId: string) {
  return useLiveQuery(() => listAllRatings(workshopId), [workshopId]);
}
