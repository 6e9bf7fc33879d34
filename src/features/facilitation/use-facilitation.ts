import { setTimer } from '../../db/repositories/agenda';
import { activeSteps, neighbourStep, workshopProgress } from '../../domain/agenda';
import { addMinute, pauseTimer, readTimer, startTimer, switchStep } from '../../domain/timer';
import type { AgendaStep, Workshop } from '../../domain/types';
import { useNow } from './use-agenda';
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
  const save = (next: Parameters<typeof setTimer>[1]) =>
    setTimer(workshop.id, next).catch(reportError);

  return {
    active,
    current,
    reading,
    progress,
    index: current ? active.indexOf(current) : -1,
    start: (stepId = current?.id ?? active[0]?.id) => {
      if (stepId) void save(startTimer(current ? timer : null, stepId, Date.now()));
    },
    pause: () => {
      if (timer) void save(pauseTimer(timer, Date.now()));
    },
    addMinute: () => {
      if (timer && current) void save(addMinute(timer));
    },
    /** Makes another step the current one; a running timer keeps running for it. */
    goTo: (stepId: string) => save(switchStep(current ? timer : null, stepId, Date.now())),
    move: (direction: -1 | 1) => {
      const target = neighbourStep(steps, current?.id, direction);
      if (target) void save(switchStep(current ? timer : null, target.id, Date.now()));
    },
  };
}

export type Facilitation = ReturnType<typeof useFacilitation>;
