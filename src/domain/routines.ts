/**
 * Routines: actions meant to become daily practice (a weekly look at a recorded service
 * situation, a monthly feedback report) rather than projects that end. A routine repeats at its
 * cadence until it is done or dropped, and each follow-up review asks whether it happened.
 */
import type { ActionCadence, RoutineOutcome } from './model/enums';
import type { Action, Review } from './types';

export { ACTION_CADENCES, ROUTINE_OUTCOMES } from './model/enums';

export type RoutineCadence = Exclude<ActionCadence, ''>;

/** The message key part of a cadence: '' (a project) is "none". */
export const cadenceKey = (cadence: ActionCadence) => cadence || 'none';

export const isRoutine = <A extends Pick<Action, 'cadence'>>(
  action: A,
): action is A & { cadence: RoutineCadence } => action.cadence !== '';

/** Splits the path into routines and projects, each in the order given. */
export function splitRoutines<A extends Pick<Action, 'cadence'>>(
  actions: readonly A[],
): { routines: A[]; projects: A[] } {
  return {
    routines: actions.filter((action) => isRoutine(action)),
    projects: actions.filter((action) => !isRoutine(action)),
  };
}

/** Routines still running: the ones a review asks about. */
export const runningRoutines = <A extends Pick<Action, 'cadence' | 'status'>>(
  actions: readonly A[],
): (A & { cadence: RoutineCadence })[] =>
  actions
    .filter(isRoutine)
    .filter((action) => action.status !== 'done' && action.status !== 'dropped');

/** The running routines a review asks about: those already started by the review's date. */
export const routinesAskedAt = <A extends Pick<Action, 'cadence' | 'status' | 'startDate'>>(
  actions: readonly A[],
  reviewDate: string,
) =>
  runningRoutines(actions).filter(
    (routine) => !reviewDate || !routine.startDate || routine.startDate <= reviewDate,
  );

const FREQUENCY: Record<RoutineCadence, string> = {
  daily: 'DAILY',
  weekly: 'WEEKLY',
  monthly: 'MONTHLY',
};

/**
 * The RFC 5545 recurrence of a routine: its frequency, and UNTIL its due date when it has one
 * (all-day events take a DATE value there).
 */
export function recurrenceRule(cadence: RoutineCadence, until: string): string {
  const end = until ? `;UNTIL=${until.replace(/-/g, '')}` : '';
  return `FREQ=${FREQUENCY[cadence]}${end}`;
}

/** The first day a routine's recurring event falls on: its start, else today. */
export const routineStart = (action: Pick<Action, 'startDate'>, today: string): string =>
  action.startDate || today;

/** What the latest held review recorded for a routine; null when no review has asked yet. */
export function latestOutcome(
  actionId: string,
  reviews: readonly Pick<Review, 'date' | 'isHeld' | 'routineChecks'>[],
): RoutineOutcome | null {
  const held = reviews
    .filter((review) => review.isHeld)
    .sort((a, b) => (a.date || '9999').localeCompare(b.date || '9999'));
  for (const review of held.reverse()) {
    const check = review.routineChecks.find((entry) => entry.actionId === actionId);
    if (check) return check.outcome;
  }
  return null;
}

/** Sets (or with null clears) one routine's outcome in a review's checks. */
export function withOutcome(
  checks: Review['routineChecks'],
  actionId: string,
  outcome: RoutineOutcome | null,
): Review['routineChecks'] {
  const others = checks.filter((check) => check.actionId !== actionId);
  return outcome ? [...others, { actionId, outcome }] : others;
}
