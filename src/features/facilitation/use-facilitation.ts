import { setTimer } from '../../db/repositories/agenda';
import { activeSteps, neighbourStep, workshopProgress } from '../../domain/agenda';
import { addMinute, pauseTimer, readTimer, startTimer, switchStep } from '../../domain/timer';
import type { AgendaStep, Workshop } from '../../domain/types';
import { useOptimisticEdit } from '../../hooks/use-optimistic-edit';
import { useNow } from './use-agenda';

type Timer = Workshop['timer'];

const minutesOfDay = (now: number) => {
  const date = new Date(now);
  return date.getHours() * 60 + date.getMinutes() + date.getSeconds() / 60;
};

/**
 * The running step and its timer, re-read from timestamps twice a second, and the commands
 * that change it. Every command stores the new TimerState on the workshop at once, built on
 * the one asked for last: "+1 min" and "Pause" pressed in a row both count.
 */
export function useFacilitation(
  workshop: Workshop,
  steps: readonly AgendaStep[],
  isTicking = true,
) {
  // Screens that only need the commands do not re-render with the clock.
  const now = useNow(isTicking);
  const active = activeSteps(steps);
  const edit = useOptimisticEdit<Timer>(workshop.timer, (next) => setTimer(workshop.id, next));
  const stepOf = (timer: Timer) =>
    timer ? active.find((step) => step.id === timer.stepId) : undefined;
  const timer = edit.value;
  const current = stepOf(timer);
  const reading = timer && current ? readTimer(timer, current.minutes, now) : null;
  const progress = workshopProgress(
    steps,
    current ? timer : null,
    now,
    workshop.agendaStartTime,
    minutesOfDay(now),
  );
  /** The timer as last asked for, and its step. */
  const latest = () => {
    const asked = edit.latestRequest();
    const latestTimer = asked ? asked.value : timer;
    return { timer: latestTimer, step: stepOf(latestTimer) };
  };

  return {
    active,
    current,
    reading,
    progress,
    index: current ? active.indexOf(current) : -1,
    start: (stepId?: string) => {
      const { timer: last, step } = latest();
      const id = stepId ?? step?.id ?? active[0]?.id;
      if (id) edit.change(startTimer(step ? last : null, id, Date.now()));
    },
    pause: () => {
      const { timer: last } = latest();
      if (last) edit.change(pauseTimer(last, Date.now()));
    },
    addMinute: () => {
      const { timer: last, step } = latest();
      if (last && step) edit.change(addMinute(last));
    },
    /** Makes another step the current one; a running timer keeps running for it. */
    goTo: (stepId: string) => {
      const { timer: last, step } = latest();
      return edit.changeAndWait(switchStep(step ? last : null, stepId, Date.now()));
    },
    move: (direction: -1 | 1) => {
      const { timer: last, step } = latest();
      const target = neighbourStep(steps, step?.id, direction);
      if (target) edit.change(switchStep(step ? last : null, target.id, Date.now()));
    },
  };
}

export type Facilitation = ReturnType<typeof useFacilitation>;
