import { changeTimer } from '../../db/repositories/agenda';
import { activeSteps, neighbourStep, workshopProgress } from '../../domain/agenda';
import { addMinute, pauseTimer, readTimer, startTimer, switchStep } from '../../domain/timer';
import type { AgendaStep, TimerState, Workshop } from '../../domain/types';
import { useNow } from '../../hooks/use-agenda';
import { useReportError } from '../../hooks/use-storage-error-notice';

const minutesOfDay = (now: number) => {
  const date = new Date(now);
  return date.getHours() * 60 + date.getMinutes() + date.getSeconds() / 60;
};

/**
 * The running step and its timer, re-read from timestamps twice a second, and the commands
 * that change it. Every command stores the new TimerState on the workshop at once.
 */
export function useFacilitation(
  workshop: Workshop,
  steps: readonly AgendaStep[],
  isTicking = true,
) {
  const reportError = useReportError();
  // Screens that only need the commands do not re-render with the clock.
  const now = useNow(isTicking);
  const active = activeSteps(steps);
  const timer = workshop.timer;
  const current = timer ? active.find((step) => step.id === timer.stepId) : undefined;
  const reading = timer && current ? readTimer(timer, current.minutes, now) : null;
  const progress = workshopProgress(
    steps,
    current ? timer : null,
    now,
    workshop.agendaStartTime,
    minutesOfDay(now),
  );
  // Every command changes the stored timer, not this render's copy: a second click that comes
  // before the first has travelled back through the live query must build on it (see changeTimer).
  const change = (next: (stored: TimerState | null) => TimerState | null) =>
    changeTimer(workshop.id, next).catch(reportError);
  const onActiveStep = (stored: TimerState | null) =>
    stored && active.some((step) => step.id === stored.stepId) ? stored : null;

  return {
    active,
    current,
    reading,
    progress,
    index: current ? active.indexOf(current) : -1,
    start: (stepId = current?.id ?? active[0]?.id) => {
      if (stepId) void change((stored) => startTimer(onActiveStep(stored), stepId, Date.now()));
    },
    pause: () => void change((stored) => (stored ? pauseTimer(stored, Date.now()) : stored)),
    addMinute: () => void change((stored) => (onActiveStep(stored) ? addMinute(stored!) : stored)),
    /** Makes another step the current one; a running timer keeps running for it. */
    goTo: (stepId: string) =>
      change((stored) => switchStep(onActiveStep(stored), stepId, Date.now())),
    move: (direction: -1 | 1) =>
      void change((stored) => {
        const from = onActiveStep(stored);
        const target = neighbourStep(steps, from?.stepId, direction);
        return target ? switchStep(from, target.id, Date.now()) : stored;
      }),
  };
}

export type Facilitation = ReturnType<typeof useFacilitation>;
