import { formatClock } from '../../domain/timer';
import { useT } from '../../hooks/use-t';
import type { Translate } from '../../i18n';
import { formatDuration } from './format';
import { useFacilitation, type Facilitation } from './use-facilitation';
import type { AgendaStep, Workshop } from '../../domain/types';

/** The whole workshop's time left vs the plan, and the projected end when a start is set. */
export function WorkshopTimeLeft({
  facilitation,
  t,
}: {
  facilitation: Facilitation;
  t: Translate;
}) {
  const { progress } = facilitation;
  const behind = progress.behindMinutes;
  return (
    <p className="timer-workshop">
      {t('timer.workshopLeft', {
        left: formatDuration(t, Math.ceil(progress.remainingMs / 60_000)),
        planned: formatDuration(t, progress.plannedMinutes),
      })}
      {progress.projectedEnd ? (
        <>
          <br />
          {t('timer.endTimes', { planned: progress.plannedEnd, projected: progress.projectedEnd })}
          {' · '}
          {behind === null || behind === 0
            ? t('timer.onPlan')
            : behind > 0
              ? t('timer.behind', { minutes: behind })
              : t('timer.ahead', { minutes: -behind })}
        </>
      ) : null}
    </p>
  );
}

/** The running step's clock: big digits, and a visible (never audible) alert when time is up. */
export function TimerClock({ facilitation, t }: { facilitation: Facilitation; t: Translate }) {
  const { reading, current } = facilitation;
  if (!reading || !current) return null;
  return (
    <div className={reading.isTimeUp ? 'timer-clock time-up' : 'timer-clock'}>
      <span className="timer-digits">{formatClock(reading.remainingMs)}</span>{' '}
      <span className="timer-caption">
        {reading.isTimeUp
          ? t('timer.over')
          : t('timer.left', { allowed: formatDuration(t, reading.allowedMs / 60_000) })}
        {reading.isRunning ? '' : ` · ${t('timer.paused')}`}
      </span>
      {reading.isTimeUp ? (
        <p role="alert" className="timer-alert">
          ⏰ {t('timer.timeUp', { title: current.title })}
        </p>
      ) : null}
    </div>
  );
}

/** Start, pause, +1 min and moving between steps; shared by the agenda and presentation mode. */
export function TimerControls({ facilitation, t }: { facilitation: Facilitation; t: Translate }) {
  const { reading, current, active, index } = facilitation;
  return (
    <div className="button-row timer-controls">
      {reading?.isRunning ? (
        <button type="button" className="button-primary" onClick={facilitation.pause}>
          {t('timer.pause')}
        </button>
      ) : (
        <button type="button" className="button-primary" onClick={() => facilitation.start()}>
          {current ? t('timer.start') : t('timer.startFirst')}
        </button>
      )}
      <button
        type="button"
        className="button-secondary"
        onClick={facilitation.addMinute}
        disabled={!current}
      >
        {t('timer.addMinute')}
      </button>
      <button
        type="button"
        className="button-secondary"
        onClick={() => facilitation.move(-1)}
        disabled={index <= 0}
      >
        {t('timer.previous')}
      </button>
      <button
        type="button"
        className="button-secondary"
        onClick={() => facilitation.move(1)}
        disabled={index >= active.length - 1 && index !== -1}
      >
        {t('timer.next')}
      </button>
    </div>
  );
}

/** The timer card of the agenda page; only this part re-renders with the clock. */
export function TimerPanel({ workshop, steps }: { workshop: Workshop; steps: AgendaStep[] }) {
  const t = useT();
  const facilitation = useFacilitation(workshop, steps);
  const { current } = facilitation;
  return (
    <section className="card timer-panel" aria-labelledby="timer-title">
      <h2 id="timer-title">{t('timer.title')}</h2>
      <p className="timer-step">
        {current ? t('timer.current', { title: current.title }) : t('timer.noStep')}
      </p>
      <TimerClock facilitation={facilitation} t={t} />
      <TimerControls facilitation={facilitation} t={t} />
      <WorkshopTimeLeft facilitation={facilitation} t={t} />
    </section>
  );
}
