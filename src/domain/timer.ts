import type { TimerState } from './types';

/**
 * The running step's timer as a pure function of timestamps. Only the start time of the current
 * run and the time run before it are stored, so a reload (or a sleeping laptop) never drifts:
 * the reading is always recomputed from `now`.
 */
export type TimerReading = {
  stepId: string;
  isRunning: boolean;
  elapsedMs: number;
  /** Planned minutes of the step plus the minutes added. */
  allowedMs: number;
  /** Negative once the time is up. */
  remainingMs: number;
  isTimeUp: boolean;
};

const MINUTE = 60_000;

/** Milliseconds the timer has run by `now`; a clock that went backwards counts as no time. */
export function elapsedMs(state: TimerState, now: number): number {
  const running = state.runningSince === null ? 0 : Math.max(0, now - state.runningSince);
  return Math.max(0, state.elapsedMs) + running;
}

/** Starts (or resumes) the timer of a step; starting another step begins it from zero. */
export function startTimer(state: TimerState | null, stepId: string, now: number): TimerState {
  if (state && state.stepId === stepId) {
    return state.runningSince === null ? { ...state, runningSince: now } : state;
  }
  return { stepId, runningSince: now, elapsedMs: 0, extraMinutes: 0 };
}

export function pauseTimer(state: TimerState, now: number): TimerState {
  if (state.runningSince === null) return state;
  return { ...state, elapsedMs: elapsedMs(state, now), runningSince: null };
}

export function addMinute(state: TimerState): TimerState {
  return { ...state, extraMinutes: state.extraMinutes + 1 };
}

/**
 * Moves the timer to another step, from zero. It keeps running if it was running, so the
 * facilitator can simply move on to the next step.
 */
export function switchStep(state: TimerState | null, stepId: string, now: number): TimerState {
  if (state?.stepId === stepId) return state;
  const isRunning = state !== null && state.runningSince !== null;
  return { stepId, runningSince: isRunning ? now : null, elapsedMs: 0, extraMinutes: 0 };
}

export function readTimer(state: TimerState, plannedMinutes: number, now: number): TimerReading {
  const elapsed = elapsedMs(state, now);
  const allowed = (Math.max(0, plannedMinutes) + state.extraMinutes) * MINUTE;
  return {
    stepId: state.stepId,
    isRunning: state.runningSince !== null,
    elapsedMs: elapsed,
    allowedMs: allowed,
    remainingMs: allowed - elapsed,
    isTimeUp: elapsed >= allowed,
  };
}

/** "mm:ss" (or "h:mm:ss"), rounding so a fresh minute timer shows its full minute. */
export function formatClock(ms: number): string {
  const total = Math.ceil(Math.abs(ms) / 1000);
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  const pad = (value: number) => String(value).padStart(2, '0');
  const text = hours
    ? `${hours}:${pad(minutes)}:${pad(seconds)}`
    : `${pad(minutes)}:${pad(seconds)}`;
  return ms < 0 && total > 0 ? `−${text}` : text;
}
