import { baselineRatings, rankGaps, summarisePrinciples, type GapEntry } from './assessment-stats';
import { summariseStaffCheck } from './staff-check';
import type { WorkshopContent } from './workshop-content';

type GapSources = Pick<
  WorkshopContent,
  'workshop' | 'ratings' | 'staffRatings' | 'participants' | 'touchpoints'
>;

/** The workshop's gap list from its content: principles, staff statements, critical moments. */
export function workshopGaps(content: GapSources): GapEntry[] {
  const principles = summarisePrinciples(baselineRatings(content.ratings), content.participants);
  const staff = summariseStaffCheck(baselineRatings(content.staffRatings), content.participants);
  return rankGaps(principles, content.workshop, content.touchpoints, staff);
}
