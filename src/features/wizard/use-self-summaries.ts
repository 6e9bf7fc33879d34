import { baselineRatings, rankGaps, summarisePrinciples } from '../../domain/assessment-stats';
import { isPrincipleId, type PrincipleId } from '../../domain/principles';
import type { Workshop } from '../../domain/types';
import { useParticipants, useRatings } from '../../hooks/use-assessment';

/** The one-person assessment: a summary per principle and the principles with the largest gaps. */
export function useSelfSummaries(workshop: Workshop) {
  const participants = useParticipants(workshop.id) ?? [];
  const ratings = useRatings(workshop.id) ?? [];
  const summaries = summarisePrinciples(baselineRatings(ratings), participants);
  const gapPrinciples: PrincipleId[] = rankGaps(summaries, workshop, [])
    .map((gap) => gap.id)
    .filter(isPrincipleId);
  return { summaries, gapPrinciples };
}
