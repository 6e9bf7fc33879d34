import type { Action, Score, Vote } from './types';

export { ACTION_CATEGORIES } from './model/enums';

export type Quadrant = 'quickWin' | 'majorProject' | 'fillIn' | 'notWorthIt' | 'unrated';
export const QUADRANTS: readonly Exclude<Quadrant, 'unrated'>[] = [
  'quickWin',
  'majorProject',
  'fillIn',
  'notWorthIt',
];

/** Impact or effort of 4–5 counts as high, 1–3 as low. */
const isHigh = (score: Score) => score >= 4;

export function quadrantOf(action: Pick<Action, 'impact' | 'effort'>): Quadrant {
  if (action.impact === null || action.effort === null) return 'unrated';
  if (isHigh(action.impact)) return isHigh(action.effort) ? 'majorProject' : 'quickWin';
  return isHigh(action.effort) ? 'notWorthIt' : 'fillIn';
}

/** The scores a card gets when dropped into a quadrant (its centre, clearly on one side). */
export const QUADRANT_SCORES: Record<
  Exclude<Quadrant, 'unrated'>,
  { impact: Score; effort: Score }
> = {
  quickWin: { impact: 5, effort: 2 },
  majorProject: { impact: 5, effort: 4 },
  fillIn: { impact: 2, effort: 2 },
  notWorthIt: { impact: 2, effort: 4 },
};

export function voteTotals(votes: readonly Vote[]): Map<string, number> {
  const totals = new Map<string, number>();
  for (const vote of votes) totals.set(vote.actionId, (totals.get(vote.actionId) ?? 0) + vote.dots);
  return totals;
}

export function dotsUsed(votes: readonly Vote[], participantId: string): number {
  return votes
    .filter((vote) => vote.participantId === participantId)
    .reduce((sum, vote) => sum + vote.dots, 0);
}

/**
 * The plan's reading order: the chosen small improvements first, by their rank, then every
 * other action in the stored order. The Path screen and the PDF both number actions this way.
 */
export function planOrder<T extends Pick<Action, 'quickWinRank'>>(actions: readonly T[]): T[] {
  const chosen = actions
    .filter((action) => action.quickWinRank !== null)
    .sort((a, b) => (a.quickWinRank ?? 0) - (b.quickWinRank ?? 0));
  return [...chosen, ...actions.filter((action) => action.quickWinRank === null)];
}

/** Past its due date and neither done nor dropped. `today` is an ISO date. */
export function isOverdue(action: Pick<Action, 'dueDate' | 'status'>, today: string): boolean {
  return (
    Boolean(action.dueDate) &&
    action.dueDate < today &&
    action.status !== 'done' &&
    action.status !== 'dropped'
  );
}

export type Bucketing = 'month' | 'quarter';

/** The roadmap period of an action: by its start date, else its due date; '' when neither. */
export function periodOf(
  action: Pick<Action, 'startDate' | 'dueDate'>,
  bucketing: Bucketing,
): string {
  const date = action.startDate || action.dueDate;
  if (!date) return '';
  const [year, month] = date.split('-');
  if (bucketing === 'month') return `${year}-${month}`;
  return `${year}-Q${Math.ceil(Number(month) / 3)}`;
}

/** Every period from the first to the last action, so empty months still show on the timeline. */
export function periodRange(
  actions: readonly Pick<Action, 'startDate' | 'dueDate'>[],
  bucketing: Bucketing,
): string[] {
  const periods = actions
    .flatMap((action) => [action.startDate, action.dueDate])
    .filter(Boolean)
    .sort();
  const first = periods[0];
  const last = periods.at(-1);
  if (!first || !last) return [];
  const result: string[] = [];
  const cursor = new Date(`${first.slice(0, 7)}-01T00:00:00Z`);
  const end = new Date(`${last.slice(0, 7)}-01T00:00:00Z`);
  while (cursor <= end && result.length < 120) {
    const period = periodOf(
      { startDate: cursor.toISOString().slice(0, 10), dueDate: '' },
      bucketing,
    );
    if (result.at(-1) !== period) result.push(period);
    cursor.setUTCMonth(cursor.getUTCMonth() + 1);
  }
  return result;
}

/** The periods an action spans from start to due date (a single one when only one is set). */
export function periodsSpanned(
  action: Pick<Action, 'startDate' | 'dueDate'>,
  range: readonly string[],
  bucketing: Bucketing,
): string[] {
  const start = periodOf({ startDate: action.startDate || action.dueDate, dueDate: '' }, bucketing);
  const end = periodOf({ startDate: action.dueDate || action.startDate, dueDate: '' }, bucketing);
  if (!start) return [];
  return range.filter((period) => period >= start && period <= end);
}
