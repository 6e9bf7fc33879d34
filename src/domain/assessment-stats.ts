import { PRINCIPLE_IDS, type PrincipleId } from './principles';
import type { StaffStatementId } from './staff-statements';
import type { Participant, ParticipantGroup, Rating, Score, Touchpoint, Workshop } from './types';

/** Two groups whose means differ at least this much are flagged as seeing things differently. */
export const GROUP_SPLIT_THRESHOLD = 1.0;

const GROUP_ORDER: ParticipantGroup[] = ['management', 'customerFacing', 'staff', 'other'];

export type GroupMean = { group: ParticipantGroup; mean: number; count: number };

/** Mean, spread, "don't know" and groups of the scores one item (a principle, a statement) got. */
export type ScoreSummary = {
  /** null when nobody gave a score ("don't know" only, or no ratings). */
  mean: number | null;
  min: number | null;
  max: number | null;
  /** Population standard deviation of the scores given; 0 for a single score. */
  sd: number | null;
  count: number;
  dontKnow: number;
  groups: GroupMean[];
  /** The highest and lowest group when they differ by GROUP_SPLIT_THRESHOLD or more. */
  split: { high: GroupMean; low: GroupMean; difference: number } | null;
};

export type PrincipleSummary = ScoreSummary & { principleId: PrincipleId };

function mean(values: readonly number[]): number | null {
  return values.length ? values.reduce((sum, value) => sum + value, 0) / values.length : null;
}

function populationSd(values: readonly number[]): number | null {
  const average = mean(values);
  if (average === null) return null;
  return Math.sqrt(values.reduce((sum, value) => sum + (value - average) ** 2, 0) / values.length);
}

/** The workshop's own assessment: ratings not tied to a follow-up review. */
export function baselineRatings<R extends { reviewId?: string }>(ratings: readonly R[]): R[] {
  return ratings.filter((rating) => !rating.reviewId);
}

type ScoredEntry = { participantId: string; score: Score | null };

/**
 * Statistics of one item's ratings by the known participants: whoever is no longer listed is
 * left out, "don't know" is counted apart, groups are compared.
 */
export function summariseScores(
  own: readonly ScoredEntry[],
  participants: readonly Participant[],
): ScoreSummary {
  const groupOf = new Map(participants.map((participant) => [participant.id, participant.group]));
  const counted = own.filter((rating) => groupOf.has(rating.participantId));
  const scores = counted.flatMap((rating) => (rating.score === null ? [] : [rating.score]));
  const byGroup = new Map<ParticipantGroup, number[]>();
  for (const rating of counted) {
    const group = groupOf.get(rating.participantId) ?? '';
    if (rating.score === null || group === '') continue;
    byGroup.set(group, [...(byGroup.get(group) ?? []), rating.score]);
  }
  const groups = GROUP_ORDER.filter((group) => byGroup.has(group)).map((group) => {
    const values = byGroup.get(group) ?? [];
    return { group, mean: mean(values) ?? 0, count: values.length };
  });
  const sorted = [...groups].sort((a, b) => b.mean - a.mean);
  const high = sorted[0];
  const low = sorted.at(-1);
  const difference = high && low ? high.mean - low.mean : 0;
  return {
    mean: mean(scores),
    min: scores.length ? Math.min(...scores) : null,
    max: scores.length ? Math.max(...scores) : null,
    sd: populationSd(scores),
    count: scores.length,
    dontKnow: counted.length - scores.length,
    groups,
    split:
      high && low && difference >= GROUP_SPLIT_THRESHOLD - 1e-9 ? { high, low, difference } : null,
  };
}

/** Statistics per principle from the given ratings (pass baselineRatings for the assessment). */
export function summarisePrinciples(
  ratings: readonly Rating[],
  participants: readonly Participant[],
): PrincipleSummary[] {
  return PRINCIPLE_IDS.map((principleId) => ({
    principleId,
    ...summariseScores(
      ratings.filter((rating) => rating.principleId === principleId),
      participants,
    ),
  }));
}

export type GapEntry = {
  kind: 'principle' | 'moment' | 'staff';
  /** Principle id, touchpoint id or staff statement id. */
  id: string;
  current: number;
  target: Score;
  gap: number;
  importance: number;
  /** gap × importance, the ranking key. */
  priority: number;
};

/** The staff check's levels are left out by callers that rank no staff statements. */
type LevelFields = Pick<Workshop, 'targetLevels' | 'principleImportance'> &
  Partial<Pick<Workshop, 'staffTargetLevels' | 'staffImportance'>>;

/**
 * Principles, staff statements and critical moments ranked by gap × importance. Importance
 * defaults to 3 when not set; entries without a current value or a target are left out; no
 * gap, no entry. A staff statement's gap weighs exactly as a principle's does.
 */
export function rankGaps(
  summaries: readonly PrincipleSummary[],
  workshop: LevelFields,
  touchpoints: readonly Touchpoint[],
  staff: readonly (ScoreSummary & { statementId: StaffStatementId })[] = [],
): GapEntry[] {
  const entries: GapEntry[] = [];
  for (const summary of summaries) {
    const target = workshop.targetLevels[summary.principleId];
    if (summary.mean === null || !target) continue;
    const importance = workshop.principleImportance[summary.principleId] ?? 3;
    entries.push(entry('principle', summary.principleId, summary.mean, target, importance));
  }
  for (const summary of staff) {
    const target = workshop.staffTargetLevels?.[summary.statementId];
    if (summary.mean === null || !target) continue;
    const importance = workshop.staffImportance?.[summary.statementId] ?? 3;
    entries.push(entry('staff', summary.statementId, summary.mean, target, importance));
  }
  for (const touchpoint of touchpoints) {
    if (
      !touchpoint.isCritical ||
      touchpoint.performance === null ||
      touchpoint.targetLevel === null
    )
      continue;
    entries.push(
      entry(
        'moment',
        touchpoint.id,
        touchpoint.performance,
        touchpoint.targetLevel,
        touchpoint.importance ?? 3,
      ),
    );
  }
  return entries
    .filter((item) => item.gap > 0)
    .sort((a, b) => b.priority - a.priority || b.gap - a.gap);
}

function entry(
  kind: GapEntry['kind'],
  id: string,
  current: number,
  target: Score,
  importance: number,
): GapEntry {
  const gap = target - current;
  return { kind, id, current, target, gap, importance, priority: gap * importance };
}

/** One decimal, the way results are shown and printed. */
export function roundOne(value: number): number {
  return Math.round(value * 10) / 10;
}
