import { useLiveQuery } from 'dexie-react-hooks';
import {
  listIndicators,
  listParticipants,
  listPromises,
  listRatings,
  listStaffRatings,
} from '../db/repositories/assessment';

const byOrder = <T extends { order: number }>(rows: T[]) => rows.sort((a, b) => a.order - b.order);

export function useParticipants(workshopId: string) {
  return useLiveQuery(async () => byOrder(await listParticipants(workshopId)), [workshopId]);
}

/** Ratings of the workshop's own assessment ('') or of one follow-up review. */
export function useRatings(workshopId: string, reviewId = '') {
  return useLiveQuery(() => listRatings(workshopId, reviewId), [workshopId, reviewId]);
}

/** Ratings of the staff experience check: the workshop's own ('') or of one follow-up review. */
export function useStaffRatings(workshopId: string, reviewId = '') {
  return useLiveQuery(() => listStaffRatings(workshopId, reviewId), [workshopId, reviewId]);
}

export function usePromises(workshopId: string) {
  return useLiveQuery(async () => byOrder(await listPromises(workshopId)), [workshopId]);
}

export function useIndicators(workshopId: string) {
  return useLiveQuery(async () => byOrder(await listIndicators(workshopId)), [workshopId]);
}
