import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { baselineRatings, rankGaps, summarisePrinciples } from '../../src/domain/assessment-stats';
import { PRINCIPLE_IDS, type PrincipleId } from '../../src/domain/principles';
import { radarPoint, seriesPolygon } from '../../src/domain/radar-geometry';
import type {
  Participant,
  ParticipantGroup,
  Rating,
  Score,
  Touchpoint,
} from '../../src/domain/types';

const participant = (id: string, group: ParticipantGroup = ''): Participant =>
  ({ id, group, name: id, order: 0 }) as Participant;
const rating = (
  participantId: string,
  score: Score | null,
  principleId: PrincipleId = 'smoothness',
  reviewId = '',
): Rating =>
  ({
    id: `${participantId}-${principleId}-${reviewId}`,
    participantId,
    principleId,
    score,
    reviewId,
  }) as Rating;
const summaryOf = (
  ratings: Rating[],
  participants: Participant[],
  principle: PrincipleId = 'smoothness',
) => summarisePrinciples(ratings, participants).find((s) => s.principleId === principle)!;

describe('principle statistics', () => {
  it('gives no mean (not zero) when everyone answered "don’t know"', () => {
    const summary = summaryOf(
      [rating('a', null), rating('b', null)],
      [participant('a'), participant('b')],
    );
    expect(summary).toMatchObject({ mean: null, sd: null, min: null, count: 0, dontKnow: 2 });
  });

  it('has zero spread for a single rating and the population SD for several', () => {
    expect(summaryOf([rating('a', 4)], [participant('a')]).sd).toBe(0);
    const summary = summaryOf(
      [rating('a', 2), rating('b', 4)],
      [participant('a'), participant('b')],
    );
    expect(summary).toMatchObject({ mean: 3, min: 2, max: 4, sd: 1, count: 2 });
  });

  it('flags a split of at least one point between groups', () => {
    const people = [
      participant('m1', 'management'),
      participant('m2', 'management'),
      participant('s1', 'staff'),
    ];
    const split = summaryOf([rating('m1', 4), rating('m2', 5), rating('s1', 3)], people).split;
    expect(split).toMatchObject({
      high: { group: 'management', mean: 4.5 },
      low: { group: 'staff', mean: 3 },
      difference: 1.5,
    });
    expect(summaryOf([rating('m1', 4), rating('s1', 3.5 as Score)], people).split).toBeNull();
  });

  it('counts only the workshop’s own assessment, not follow-up re-ratings', () => {
    const ratings = [rating('a', 2), rating('a', 5, 'smoothness', 'review-1')];
    expect(summaryOf(baselineRatings(ratings), [participant('a')]).mean).toBe(2);
  });

  it('keeps the mean within the range of the scores given (property)', () => {
    const score = fc.constantFrom<Score | null>(1, 2, 3, 4, 5, null);
    fc.assert(
      fc.property(fc.array(score, { minLength: 1, maxLength: 30 }), (scores) => {
        const people = scores.map((_, i) => participant(`p${i}`));
        const summary = summaryOf(
          scores.map((s, i) => rating(`p${i}`, s)),
          people,
        );
        const given = scores.filter((s): s is Score => s !== null);
        expect(summary.count + summary.dontKnow).toBe(scores.length);
        if (given.length === 0) {
          expect(summary.mean).toBeNull();
        } else {
          expect(summary.mean!).toBeGreaterThanOrEqual(Math.min(...given));
          expect(summary.mean!).toBeLessThanOrEqual(Math.max(...given));
          expect(summary.sd!).toBeLessThanOrEqual(
            (Math.max(...given) - Math.min(...given)) / 2 + 1e-9,
          );
        }
      }),
    );
  });
});

describe('gap ranking', () => {
  it('ranks principles and critical moments by gap × importance', () => {
    const people = [participant('a')];
    const summaries = summarisePrinciples(
      [rating('a', 2, 'smoothness'), rating('a', 4, 'communication')],
      people,
    );
    const moment = {
      id: 'tp',
      isCritical: true,
      performance: 2,
      targetLevel: 5,
      importance: 5,
    } as Touchpoint;
    const gaps = rankGaps(
      summaries,
      {
        targetLevels: { smoothness: 4, communication: 5 },
        principleImportance: { smoothness: 5, communication: 5 },
      },
      [moment],
    );
    expect(gaps.map((g) => [g.id, g.priority])).toEqual([
      ['tp', 15],
      ['smoothness', 10],
      ['communication', 5],
    ]);
  });
});

describe('radar geometry', () => {
  it('puts the first axis straight up and the maximum on the outer ring', () => {
    const top = radarPoint(0, 7, 5);
    expect(top.x).toBeCloseTo(0.5);
    expect(top.y).toBeCloseTo(0.14);
    expect(radarPoint(3, 7, 0)).toEqual({ x: 0.5, y: 0.5 });
  });

  it('leaves out missing values instead of drawing them as zero', () => {
    expect(seriesPolygon([3, null, 4, 2, null, 1, 5])).toHaveLength(5);
    expect(seriesPolygon(PRINCIPLE_IDS.map(() => null))).toEqual([]);
  });
});
