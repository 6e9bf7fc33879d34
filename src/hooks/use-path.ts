import { useLiveQuery } from 'dexie-react-hooks';
import { listVotes, reviewRepository } from '../db/repositories/path';

export function useVotes(workshopId: string) {
  return useLiveQuery(() => listVotes(workshopId), [workshopId]);
}

export function useReviews(workshopId: string) {
  return useLiveQuery(
    async () =>
      (await reviewRepository.list(workshopId)).sort((a, b) => a.date.localeCompare(b.date)),
    [workshopId],
  );
}
