import { useId, useState } from 'react';
import { Link } from 'react-router';
import { PhasePage } from '../../components/phase-page';
import { paths } from '../../config/paths';
import { generateAgenda, setAgendaStartTime } from '../../db/repositories/agenda';
import { parseClock, plannedClockTimes, totalMinutes } from '../../domain/agenda';
import { useAgenda } from './use-agenda';
import { useReportError } from '../../hooks/use-storage-error-notice';
import { useCurrentWorkshop } from '../../hooks/use-workshop';
import { useT } from '../../hooks/use-t';
import { AddStepForm } from './add-step-form';
import { AgendaList } from './agenda-list';
import { formatDuration } from './format';
import { TimerPanel } from './timer-panel';
import { useFacilitation } from './use-facilitation';
import './facilitation.css';

function StartTime({ workshopId, stored }: { workshopId: string; stored: string }) {
  const t = useT();
  const id = useId();
  const reportError = useReportError();
  const [draft, setDraft] = useState(stored);
  const isValid = draft === '' || parseClock(draft) !== null;
  return (
    <div className="field agenda-start">
      <label htmlFor={id}>{t('agenda.startTime')}</label>
      <p className="field-hint" id={`${id}-hint`}>
        {t('agenda.startTimeHint')}
      </p>
      <input
        id={id}
        type="time"
        value={draft}
        aria-describedby={isValid ? `${id}-hint` : `${id}-hint ${id}-error`}
        aria-invalid={isValid ? undefined : true}
        onChange={(event) => {
          const value = event.target.value;
          setDraft(value);
          if (value === '' || parseClock(value) !== null)
            void setAgendaStartTime(workshopId, value).catch(reportError);
        }}
      />
      {isValid ? null : (
        <p className="field-error" id={`${id}-error`}>
          {t('agenda.invalidTime')}
        </p>
      )}
    </div>
  );
}

/** The workshop's agenda: timeboxed steps, the timer of the running step, facilitator notes. */
export function AgendaPage() {
  const t = useT();
  const reportError = useReportError();
  const workshop = useCurrentWorkshop();
  const steps = useAgenda(workshop.id);
  const facilitation = useFacilitation(workshop, steps ?? [], false);
  if (steps === undefined) return <p className="page">{t('common.loading')}</p>;

  const total = totalMinutes(steps);
  const times = plannedClockTimes(steps, workshop.agendaStartTime);
  const start = facilitation.active[0] ? times.get(facilitation.active[0].id) : '';
  const end = parseClock(workshop.agendaStartTime);

  return (
    <PhasePage
      className="agenda-page"
      title={t('agenda.title')}
      question={t('agenda.question')}
      intro={t('agenda.intro')}
    >
      {steps.length === 0 ? (
        <div className="card">
          <p>{t('agenda.empty')}</p>
          <p className="muted">{t('agenda.generateHint')}</p>
          <button
            type="button"
            className="button-primary"
            onClick={() => void generateAgenda(workshop.id, workshop.language).catch(reportError)}
          >
            {t('agenda.generate')}
          </button>
        </div>
      ) : (
        <>
          <div className="agenda-overview">
            <div className="card">
              <StartTime workshopId={workshop.id} stored={workshop.agendaStartTime} />
              <p className="agenda-total">
                {start && end !== null
                  ? t('agenda.totalWithEnd', {
                      time: formatDuration(t, total),
                      start,
                      end: facilitation.progress.plannedEnd,
                    })
                  : t('agenda.total', { time: formatDuration(t, total) })}
              </p>
              <Link to={paths.presentation(workshop.id)} className="button-primary">
                {t('agenda.present')}
              </Link>
            </div>
            <TimerPanel workshop={workshop} steps={steps} />
          </div>
          <AgendaList
            steps={steps}
            startTime={workshop.agendaStartTime}
            runningStepId={facilitation.current?.id}
            onRun={(stepId) => facilitation.start(stepId)}
          />
        </>
      )}
      <AddStepForm workshopId={workshop.id} />
    </PhasePage>
  );
}
