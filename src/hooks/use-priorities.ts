import { baselineRatings, rankGaps, summarisePrinciples } from '../domain/assessment-stats';
import { rankActions, type ActionPriority } from '../domain/priority';
import { summariseStaffCheck } from '../domain/staff-check';
import type { Action, Touchpoint, Vote, Workshop } from '../domain/types';
import { useParticipants, useRatings, useStaffRatings } from './use-assessment';
import { useJourney } from './use-current-state';

/** The gap list: principles, staff statements and critical moments by gap × importance. */
export function useRankedGaps(workshop: Workshop) {
  const participants = useParticipants(workshop.id) ?? [];
  const ratings = useRatings(workshop.id) ?? [];
  const staffRatings = useStaffRatings(workshop.id) ?? [];
  const touchpoints = useJourney(workshop.id)?.touchpoints ?? [];
  const summaries = summarisePrinciples(baselineRatings(ratings), participants);
  const staff = summariseStaffCheck(staffRatings, participants);
  return { gaps: rankGaps(summaries, workshop, touchpoints, staff), touchpoints };
}

/** The actions in the method's suggested order, with what puts each where it is. */
export function usePriorities(
  workshop: Workshop,
  actions: readonly Action[],
  votes: readonly Vote[],
): { priorities: ActionPriority[]; touchpoints: Touchpoint[] } {
  const { gaps, touchpoints } = useRankedGaps(workshop);
  return { priorities: rankActions(actions, gaps, votes), touchpoints };
}
