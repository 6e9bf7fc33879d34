import { summarisePrinciples } from './assessment-stats';
import type { PrincipleId } from './principles';
import type { Participant, Rating, Review } from './types';

export type TrendPoint = {
  reviewId: string;
  date: string;
  means: Record<PrincipleId, number | null>;
};

/** Mean per principle at the workshop ('' review) and at every review with ratings, in date order. */
export function principleTrend(
  ratings: readonly Rating[],
  participants: readonly Participant[],
  reviews: readonly Review[],
  workshopDate: string,
): TrendPoint[] {
  const points = [
    { reviewId: '', date: workshopDate },
    ...reviews.map((r) => ({ reviewId: r.id, date: r.date })),
  ];
  return points
    .map(({ reviewId, date }) => {
      const own = ratings.filter((rating) => rating.reviewId === reviewId);
      const means = Object.fromEntries(
        summarisePrinciples(own, participants).map((summary) => [
          summary.principleId,
          summary.mean,
        ]),
      ) as Record<PrincipleId, number | null>;
      return { reviewId, date, means, hasRatings: own.some((rating) => rating.score !== null) };
    })
    .filter((point) => point.hasRatings)
    .map(({ reviewId, date, means }) => ({ reviewId, date, means }))
    .sort((a, b) => a.date.localeCompare(b.date));
}
