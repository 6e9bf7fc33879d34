import { useLiveQuery } from 'dexie-react-hooks';
import { listReviews, listVotes } from '../db/repositories/path';

export function useVotes(workshopId: string) {
  return useLiveQuery(() => listVotes(workshopId), [workshopId]);
}

export function useReviews(workshopId: string) {
  return useLiveQuery(
    async () => (await listReviews(workshopId)).sort((a, b) => a.date.localeCompare(b.date)),
    [workshopId],
  );
}
