import { useLiveQuery } from 'dexie-react-hooks';
import {
  listEvidence,
  listOrgValues,
  listSegments,
  listStages,
  listThemes,
} from '../db/repositories/current-state';
import { listTouchpoints } from '../db/repositories/journey';

const byOrder = <T extends { order: number }>(rows: T[]) => rows.sort((a, b) => a.order - b.order);

/** Evidence, newest first. */
export function useEvidence(workshopId: string) {
  return useLiveQuery(
    async () =>
      (await listEvidence(workshopId)).sort((a, b) => b.createdAt.localeCompare(a.createdAt)),
    [workshopId],
  );
}

export function useThemes(workshopId: string) {
  return useLiveQuery(async () => byOrder(await listThemes(workshopId)), [workshopId]);
}

export function useJourney(workshopId: string) {
  return useLiveQuery(async () => {
    const [stages, touchpoints] = await Promise.all([
      listStages(workshopId),
      listTouchpoints(workshopId),
    ]);
    const sortedStages = byOrder(stages);
    const stageIndex = new Map(sortedStages.map((stage, index) => [stage.id, index]));
    // Touchpoints in journey order: by stage, then within the stage.
    const sortedTouchpoints = touchpoints.sort(
      (a, b) =>
        (stageIndex.get(a.stageId) ?? 0) - (stageIndex.get(b.stageId) ?? 0) || a.order - b.order,
    );
    return { stages: sortedStages, touchpoints: sortedTouchpoints };
  }, [workshopId]);
}

export function useSegments(workshopId: string) {
  return useLiveQuery(async () => byOrder(await listSegments(workshopId)), [workshopId]);
}

export function useOrgValues(workshopId: string) {
  return useLiveQuery(async () => byOrder(await listOrgValues(workshopId)), [workshopId]);
}
