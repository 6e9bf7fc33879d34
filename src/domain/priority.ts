import type { GapEntry } from './assessment-stats';
import { voteTotals } from './path';
import type { Action, Score, Vote } from './types';

/** Impact counted for an action nobody has rated yet: the middle of the scale. */
const UNRATED = 3;

/** Why an action stands where it does in the suggested order. */
export type ActionPriority = {
  action: Action;
  /** The gaps on the gap list that the action addresses, heaviest first. */
  gaps: { entry: GapEntry; rank: number }[];
  /** gap × importance added up over those gaps. */
  gapWeight: number;
  impact: Score | null;
  effort: Score | null;
  dots: number;
  /** gapWeight × impact: the ranking key. */
  score: number;
};

/** Treats float noise from means (1.6666…) as equal. */
const compare = (a: number, b: number) => (Math.abs(a - b) < 1e-9 ? 0 : a - b);

/**
 * The method's order: the most important and most effective changes first. The score is the
 * weight of the gaps an action addresses (gap × importance, as the gap list ranks them) times its
 * impact. Ties, such as actions linked to no gap, go to higher impact, then lower effort, then
 * more dots (the team's voice), then the current order.
 */
export function rankActions(
  actions: readonly Action[],
  gaps: readonly GapEntry[],
  votes: readonly Vote[],
): ActionPriority[] {
  const rankOf = new Map(gaps.map((entry, index) => [entry.id, index + 1]));
  const dots = voteTotals(votes);
  const priorities = actions.map((action): ActionPriority => {
    const addressed = [...new Set(action.addresses)]
      .flatMap((id) => {
        const rank = rankOf.get(id);
        const entry = rank === undefined ? undefined : gaps[rank - 1];
        return entry && rank ? [{ entry, rank }] : [];
      })
      .sort((a, b) => a.rank - b.rank);
    const gapWeight = addressed.reduce((sum, gap) => sum + gap.entry.priority, 0);
    return {
      action,
      gaps: addressed,
      gapWeight,
      impact: action.impact,
      effort: action.effort,
      dots: dots.get(action.id) ?? 0,
      score: gapWeight * (action.impact ?? UNRATED),
    };
  });
  return priorities.sort(
    (a, b) =>
      compare(b.score, a.score) ||
      (b.impact ?? UNRATED) - (a.impact ?? UNRATED) ||
      (a.effort ?? UNRATED) - (b.effort ?? UNRATED) ||
      b.dots - a.dots ||
      a.action.order - b.action.order,
  );
}

export type Level = 'high' | 'medium' | 'low' | 'unrated';

/** 4–5 high, 3 medium, 1–2 low, as the reasons put it in words. */
export function levelOf(score: Score | null): Level {
  if (score === null) return 'unrated';
  if (score >= 4) return 'high';
  return score === 3 ? 'medium' : 'low';
}
