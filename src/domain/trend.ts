import { summarisePrinciples } from './assessment-stats';
import type { PrincipleId } from './principles';
import { summariseStaffCheck } from './staff-check';
import type { StaffStatementId } from './staff-statements';
import type { Participant, Rating, Review, StaffRating } from './types';

/** The means of one point of a trend: the workshop's own rating ('' review) or a review's. */
export type TrendPoint<Key extends string = PrincipleId> = {
  reviewId: string;
  date: string;
  means: Record<Key, number | null>;
};

type ReviewedRating = { reviewId: string; score: number | null };

/**
 * The means at the workshop ('' review) and at every review that rated again, in date order.
 * `meansOf` summarises the ratings of one point.
 */
function trendOf<R extends ReviewedRating, Key extends string>(
  ratings: readonly R[],
  reviews: readonly Review[],
  workshopDate: string,
  meansOf: (own: R[]) => Record<Key, number | null>,
): TrendPoint<Key>[] {
  const points = [
    { reviewId: '', date: workshopDate },
    ...reviews.map((r) => ({ reviewId: r.id, date: r.date })),
  ];
  return points
    .map(({ reviewId, date }) => ({
      reviewId,
      date,
      own: ratings.filter((rating) => rating.reviewId === reviewId),
    }))
    .filter(({ own }) => own.some((rating) => rating.score !== null))
    .map(({ reviewId, date, own }) => ({ reviewId, date, means: meansOf(own) }))
    .sort((a, b) => a.date.localeCompare(b.date));
}

/** The mean of each summarised item, by its key. */
function meansBy<S extends { mean: number | null }, Key extends string>(
  summaries: readonly S[],
  keyOf: (summary: S) => Key,
): Record<Key, number | null> {
  return Object.fromEntries(summaries.map((summary) => [keyOf(summary), summary.mean])) as Record<
    Key,
    number | null
  >;
}

/** Mean per principle at the workshop and at every review with ratings, in date order. */
export function principleTrend(
  ratings: readonly Rating[],
  participants: readonly Participant[],
  reviews: readonly Review[],
  workshopDate: string,
): TrendPoint[] {
  return trendOf(ratings, reviews, workshopDate, (own) =>
    meansBy(summarisePrinciples(own, participants), (summary) => summary.principleId),
  );
}

/** Mean per staff statement at the workshop's own check and at every review that re-rated it. */
export function staffTrend(
  ratings: readonly StaffRating[],
  participants: readonly Participant[],
  reviews: readonly Review[],
  workshopDate: string,
): TrendPoint<StaffStatementId>[] {
  return trendOf(ratings, reviews, workshopDate, (own) =>
    meansBy(summariseStaffCheck(own, participants), (summary) => summary.statementId),
  );
}
