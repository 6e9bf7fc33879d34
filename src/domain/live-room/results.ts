/**
 * What the reveal publishes: means, spread and distribution for ratings, the idea list, vote
 * totals and evidence counts. Computed by the facilitator from the validated entries only.
 */
import type { PrincipleId } from '../principles';
import type { StaffStatementId } from '../staff-statements';
import type { EvidenceTone, LiveActivity, LiveParticipant, ReceivedEntry } from './types';

export type ScoreStats = {
  /** null when nobody gave a score. */
  mean: number | null;
  /** Population standard deviation; null without scores. */
  sd: number | null;
  min: number | null;
  max: number | null;
  count: number;
  dontKnow: number;
  /** How many gave 1, 2, 3, 4 and 5. */
  distribution: [number, number, number, number, number];
};

export type RatingsResults = {
  kind: 'ratings';
  principles: { principleId: PrincipleId; current: ScoreStats; target: ScoreStats | null }[];
};
export type StaffRatingsResults = {
  kind: 'staffRatings';
  statements: { statementId: StaffStatementId; scores: ScoreStats }[];
};
export type IdeasResults = { kind: 'ideas'; ideas: { id: string; text: string; author: string }[] };
export type VotesResults = {
  kind: 'votes';
  totals: { optionId: string; title: string; dots: number; voters: number }[];
};
export type EvidenceResults = {
  kind: 'evidence';
  /** Counts only: the texts may name customers, so they stay with the facilitator. */
  byTone: Record<EvidenceTone, number>;
  byTouchpoint: { touchpointId: string; name: string; counts: Record<EvidenceTone, number> }[];
};

type ActivityResults =
  RatingsResults | StaffRatingsResults | IdeasResults | VotesResults | EvidenceResults;

export type LiveResults = ActivityResults & {
  activityId: string;
  /** People with at least one entry counted. */
  respondents: number;
  /** The entries the results were computed from: exactly what the reveal turns into records. */
  entryIds: string[];
  revealedAt: string;
};

export function scoreStats(scores: readonly (number | null)[]): ScoreStats {
  const given = scores.filter((score): score is number => score !== null);
  const distribution: ScoreStats['distribution'] = [0, 0, 0, 0, 0];
  for (const score of given) distribution[score - 1] = (distribution[score - 1] ?? 0) + 1;
  if (given.length === 0) {
    return {
      mean: null,
      sd: null,
      min: null,
      max: null,
      count: 0,
      dontKnow: scores.length,
      distribution,
    };
  }
  const mean = given.reduce((sum, score) => sum + score, 0) / given.length;
  const sd = Math.sqrt(given.reduce((sum, score) => sum + (score - mean) ** 2, 0) / given.length);
  return {
    mean,
    sd,
    min: Math.min(...given),
    max: Math.max(...given),
    count: given.length,
    dontKnow: scores.length - given.length,
    distribution,
  };
}

const zeroTones = (): Record<EvidenceTone, number> => ({ praise: 0, complaint: 0, neutral: 0 });

function body(
  activity: LiveActivity,
  entries: readonly ReceivedEntry[],
  participants: ReadonlyMap<string, LiveParticipant>,
): ActivityResults {
  switch (activity.kind) {
    case 'ratings':
      return {
        kind: 'ratings',
        principles: activity.principleIds.map((principleId) => {
          const own = entries.filter(
            (entry) => entry.kind === 'rating' && entry.principleId === principleId,
          );
          const pick = (side: 'current' | 'target') =>
            own.map((entry) => (entry.kind === 'rating' ? entry[side] : null));
          return {
            principleId,
            current: scoreStats(pick('current')),
            target: activity.asksTarget ? scoreStats(pick('target')) : null,
          };
        }),
      };
    case 'staffRatings':
      return {
        kind: 'staffRatings',
        statements: activity.statementIds.map((statementId) => ({
          statementId,
          scores: scoreStats(
            entries.flatMap((entry) =>
              entry.kind === 'staffRating' && entry.statementId === statementId
                ? [entry.score]
                : [],
            ),
          ),
        })),
      };
    case 'ideas':
      return {
        kind: 'ideas',
        ideas: entries.flatMap((entry) =>
          entry.kind === 'idea'
            ? [
                {
                  id: entry.id,
                  text: entry.text,
                  author: participants.get(entry.participantId)?.name ?? '',
                },
              ]
            : [],
        ),
      };
    case 'votes':
      return {
        kind: 'votes',
        totals: activity.options
          .map((option) => {
            const votes = entries.filter(
              (entry) => entry.kind === 'vote' && entry.optionId === option.id,
            );
            const dots = votes.reduce(
              (sum, entry) => sum + (entry.kind === 'vote' ? entry.dots : 0),
              0,
            );
            return { optionId: option.id, title: option.title, dots, voters: votes.length };
          })
          .sort((a, b) => b.dots - a.dots),
      };
    case 'evidence': {
      const byTone = zeroTones();
      const perPoint = new Map(activity.touchpoints.map((point) => [point.id, zeroTones()]));
      for (const entry of entries) {
        if (entry.kind !== 'evidence') continue;
        byTone[entry.tone] += 1;
        const counts = perPoint.get(entry.touchpointId);
        if (counts) counts[entry.tone] += 1;
      }
      return {
        kind: 'evidence',
        byTone,
        byTouchpoint: activity.touchpoints.map((point) => ({
          touchpointId: point.id,
          name: point.name,
          counts: perPoint.get(point.id) ?? zeroTones(),
        })),
      };
    }
  }
}

/** The results of one activity from its validated entries (entries of other activities are ignored). */
export function summariseActivity(
  activity: LiveActivity,
  allEntries: readonly ReceivedEntry[],
  participants: ReadonlyMap<string, LiveParticipant>,
  revealedAt: string,
): LiveResults {
  const entries = allEntries
    .filter((entry) => entry.activityId === activity.id)
    .sort((a, b) =>
      a.receivedAt < b.receivedAt ? -1 : a.receivedAt > b.receivedAt ? 1 : a.id < b.id ? -1 : 1,
    );
  return {
    ...body(activity, entries, participants),
    activityId: activity.id,
    respondents: new Set(entries.map((entry) => entry.participantId)).size,
    entryIds: entries.map((entry) => entry.id),
    revealedAt,
  };
}
