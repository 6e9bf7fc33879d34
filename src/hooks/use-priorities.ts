import { baselineRatings, rankGaps, summarisePrinciples } from '../domain/assessment-stats';
import { rankActions, type ActionPriority } from '../domain/priority';
import type { Action, Touchpoint, Vote, Workshop } from '../domain/types';
import { useParticipants, useRatings } from './use-assessment';
import { useJourney } from './use-current-state';

/** The actions in the method's suggested order, with what puts each where it is. */
export function usePriorities(
  workshop: Workshop,
  actions: readonly Action[],
  votes: readonly Vote[],
): { priorities: ActionPriority[]; touchpoints: Touchpoint[] } {
  const participants = useParticipants(workshop.id) ?? [];
  const ratings = useRatings(workshop.id) ?? [];
  const touchpoints = useJourney(workshop.id)?.touchpoints ?? [];
  const summaries = summarisePrinciples(baselineRatings(ratings), participants);
  const gaps = rankGaps(summaries, workshop, touchpoints);
  return { priorities: rankActions(actions, gaps, votes), touchpoints };
}
