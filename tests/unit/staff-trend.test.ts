import { describe, expect, it } from 'vitest';
import { createBackup, parseBackup } from '../../src/domain/backup/backup';
import { summariseStaffCheck } from '../../src/domain/staff-check';
import { buildSampleWorkshop } from '../../src/domain/sample/sample-workshop';
import { staffTrend } from '../../src/domain/trend';
import { hasTrend, staffSeries } from '../../src/domain/trend-charts';
import type { Participant, Review, StaffRating } from '../../src/domain/types';
import { workshopGaps } from '../../src/domain/workshop-gaps';

const participants = [
  { id: 'a', group: 'staff' },
  { id: 'b', group: 'management' },
] as Participant[];
const staffRating = (
  participantId: string,
  statementId: StaffRating['statementId'],
  score: StaffRating['score'],
  reviewId = '',
) =>
  ({
    id: `${participantId}-${statementId}-${reviewId}`,
    participantId,
    statementId,
    score,
    reviewId,
  }) as StaffRating;
const reviews = [
  { id: 'late', date: '2027-06-01' },
  { id: 'early', date: '2027-02-01' },
  { id: 'skipped', date: '2027-04-01' },
] as Review[];

let n = 0;
const sample = (language: 'fi' | 'en' = 'fi') =>
  buildSampleWorkshop(language, () => `id-${(n += 1)}`, new Date('2026-12-01T08:00:00Z'));

describe('the staff check’s trend across follow-up reviews', () => {
  it('gives each statement’s mean at the workshop and at every review that re-rated it, in date order', () => {
    const ratings = [
      staffRating('a', 'workload', 1),
      staffRating('b', 'workload', 2),
      staffRating('a', 'workload', 3, 'late'),
      staffRating('b', 'workload', 4, 'late'),
      staffRating('a', 'workload', 2, 'early'),
      staffRating('b', 'workload', null, 'early'),
      // A review whose staff answered "don't know" only is no point of the trend.
      staffRating('a', 'climate', null, 'skipped'),
    ];
    const trend = staffTrend(ratings, participants, reviews, '2026-11-24');
    expect(trend.map((point) => point.reviewId)).toEqual(['', 'early', 'late']);
    expect(trend.map((point) => point.means.workload)).toEqual([1.5, 2, 3.5]);
    expect(trend.map((point) => point.means.climate)).toEqual([null, null, null]);

    const series = staffSeries(trend, { staffTargetLevels: { workload: 3 } });
    expect(series.find((item) => item.key === 'workload')).toEqual({
      key: 'workload',
      values: [1.5, 2, 3.5],
      target: 3,
    });
    expect(series.find((item) => item.key === 'climate')?.target).toBeNull();
    expect(hasTrend(series)).toBe(true);
    expect(hasTrend(staffSeries(trend.slice(0, 1), { staffTargetLevels: {} }))).toBe(false);
  });

  it('leaves the workshop’s own staff figures and gap list as they were when a review re-rates', () => {
    const content = sample();
    const ownRatings = content.staffRatings.filter((rating) => rating.reviewId === '');
    const before = workshopGaps({ ...content, staffRatings: ownRatings });
    // Every staff member rates every statement 5 at a review.
    const review = content.reviews[0]!;
    const withReview = {
      ...content,
      staffRatings: [
        ...ownRatings,
        ...ownRatings.map((rating) => ({
          ...rating,
          id: `${rating.id}-r`,
          reviewId: review.id,
          score: 5 as const,
        })),
      ],
    };
    expect(workshopGaps(withReview)).toEqual(before);
    const workload = (ratings: readonly StaffRating[]) =>
      staffTrend(ratings, content.participants, content.reviews, content.workshop.date)[0]!.means
        .workload;
    expect(workload(withReview.staffRatings)).toBe(workload(ownRatings));
    expect(summariseStaffCheck(ownRatings, content.participants)[6]!.mean).toBeLessThan(5);
  });

  it.each(['fi', 'en'] as const)(
    'has the sample’s held review re-rate the staff check, workload lighter than at the workshop (%s)',
    (language) => {
      const content = sample(language);
      const held = content.reviews.find((review) => review.isHeld)!;
      const trend = staffTrend(
        content.staffRatings,
        content.participants,
        content.reviews,
        content.workshop.date,
      );
      expect(trend.map((point) => point.reviewId)).toEqual(['', held.id]);
      expect(trend[1]!.means.workload).toBeGreaterThan(trend[0]!.means.workload!);
      expect(
        content.staffRatings.some((rating) => rating.reviewId === held.id && rating.comment),
      ).toBe(true);
    },
  );

  it('reads a backup written before reviews re-rated the staff check as the workshop’s own ratings', () => {
    const content = sample();
    const file = JSON.parse(createBackup([content], '2026-12-01T09:00:00.000Z')) as {
      workshops: { staffRatings: Record<string, unknown>[] }[];
    };
    const old = file.workshops[0]!;
    old.staffRatings = old.staffRatings
      .filter((rating) => rating.reviewId === '')
      .map(({ reviewId: _dropped, ...rating }) => rating);
    const result = parseBackup(JSON.stringify(file));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const imported = result.workshops[0]!.staffRatings;
    expect(imported.length).toBeGreaterThan(0);
    expect(imported.every((rating) => rating.reviewId === '')).toBe(true);
  });
});
