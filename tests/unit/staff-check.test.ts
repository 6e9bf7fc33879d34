import { describe, expect, it } from 'vitest';
import { rankGaps, summarisePrinciples } from '../../src/domain/assessment-stats';
import type { PrincipleId } from '../../src/domain/principles';
import {
  compareStaffAndCustomers,
  summariseStaffCheck,
  type StaffSummary,
} from '../../src/domain/staff-check';
import {
  STAFF_STATEMENT_IDS,
  STAFF_STATEMENT_PRINCIPLES,
  type StaffStatementId,
} from '../../src/domain/staff-statements';
import type {
  Participant,
  ParticipantGroup,
  Rating,
  Score,
  StaffRating,
  Workshop,
} from '../../src/domain/types';

const participant = (id: string, group: ParticipantGroup = ''): Participant =>
  ({ id, group, name: id, order: 0 }) as Participant;
const staffRating = (
  participantId: string,
  statementId: StaffStatementId,
  score: Score | null,
): StaffRating =>
  ({ id: `${participantId}-${statementId}`, participantId, statementId, score }) as StaffRating;
const rating = (participantId: string, principleId: PrincipleId, score: Score | null): Rating =>
  ({
    id: `${participantId}-${principleId}`,
    participantId,
    principleId,
    score,
    reviewId: '',
  }) as Rating;

const people = [
  participant('a', 'management'),
  participant('b', 'staff'),
  participant('c', 'staff'),
];
const staffOf = (ratings: StaffRating[]) => summariseStaffCheck(ratings, people);
const statement = (summaries: StaffSummary[], id: StaffStatementId) =>
  summaries.find((summary) => summary.statementId === id)!;

describe('staff experience statements', () => {
  it('each bear on at least one principle, and the climate on the genuine encounter', () => {
    for (const id of STAFF_STATEMENT_IDS)
      expect(STAFF_STATEMENT_PRINCIPLES[id].length).toBeGreaterThan(0);
    expect(STAFF_STATEMENT_PRINCIPLES.climate).toContain('genuineEncounter');
    expect(STAFF_STATEMENT_IDS.length).toBeGreaterThanOrEqual(7);
  });
});

describe('staff check statistics', () => {
  it('gives mean, spread, "don’t know" and groups per statement, like the principles', () => {
    const summary = statement(
      staffOf([
        staffRating('a', 'workload', 4),
        staffRating('b', 'workload', 2),
        staffRating('c', 'workload', null),
        staffRating('gone', 'workload', 1),
      ]),
      'workload',
    );
    expect(summary).toMatchObject({ mean: 3, min: 2, max: 4, sd: 1, count: 2, dontKnow: 1 });
    expect(summary.split).toMatchObject({ high: { group: 'management' }, low: { group: 'staff' } });
    expect(statement(staffOf([]), 'climate')).toMatchObject({ mean: null, count: 0 });
  });
});

describe('where staff and customers disagree', () => {
  const principles = summarisePrinciples(
    [
      rating('a', 'genuineEncounter', 4),
      rating('b', 'genuineEncounter', 4),
      rating('a', 'smoothness', 2),
    ],
    people,
  );

  it('names the lower side and by how much, the widest difference first', () => {
    const pairs = compareStaffAndCustomers(
      staffOf([
        staffRating('b', 'climate', 2),
        staffRating('c', 'climate', 3),
        staffRating('b', 'authority', 5),
      ]),
      principles,
    );
    expect(pairs[0]).toMatchObject({
      statementId: 'climate',
      principleId: 'genuineEncounter',
      staffMean: 2.5,
      customerMean: 4,
      difference: 1.5,
      kind: 'staffLower',
    });
    // Authority bears on principles nobody rated: no pair.
    expect(pairs.some((pair) => pair.statementId === 'authority')).toBe(false);
  });

  it('tells a customer side lower than staff, and a spot low on both sides', () => {
    const pairs = compareStaffAndCustomers(
      staffOf([staffRating('b', 'workload', 4), staffRating('c', 'coaching', 2)]),
      principles,
    );
    expect(pairs).toContainEqual(
      expect.objectContaining({
        statementId: 'workload',
        principleId: 'smoothness',
        kind: 'customerLower',
        difference: 2,
      }),
    );
    expect(pairs).toContainEqual(
      expect.objectContaining({
        statementId: 'coaching',
        principleId: 'smoothness',
        kind: 'bothLow',
      }),
    );
    expect(pairs.at(-1)?.kind).toBe('bothLow');
  });

  it('shows nothing when the two sides are close', () => {
    expect(
      compareStaffAndCustomers(staffOf([staffRating('b', 'beingOneself', 4)]), principles),
    ).toEqual([]);
  });
});

describe('gap ranking with the staff check', () => {
  it('weighs a staff statement’s gap like a principle’s', () => {
    const workshop = {
      targetLevels: { genuineEncounter: 5 },
      principleImportance: {},
      staffTargetLevels: { workload: 5 },
      staffImportance: { workload: 5 },
    } as Pick<
      Workshop,
      'targetLevels' | 'principleImportance' | 'staffTargetLevels' | 'staffImportance'
    >;
    const gaps = rankGaps(
      summarisePrinciples([rating('a', 'genuineEncounter', 4)], people),
      workshop,
      [],
      staffOf([staffRating('b', 'workload', 2)]),
    );
    expect(gaps.map((gap) => [gap.kind, gap.id, gap.priority])).toEqual([
      ['staff', 'workload', 15],
      ['principle', 'genuineEncounter', 3],
    ]);
  });
});
