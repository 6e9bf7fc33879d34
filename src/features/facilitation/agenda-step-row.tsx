import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { Link } from 'react-router';
import { AutosaveField } from '../../components/autosave-field';
import { useDraft } from '../../hooks/use-draft';
import { useOptimisticEdit } from '../../hooks/use-optimistic-edit';
import { updateAgendaStep } from '../../db/repositories/agenda';
import { LIMITS } from '../../domain/limits';
import type { AgendaStep } from '../../domain/types';
import { useT } from '../../hooks/use-t';
import { paths } from '../../config/paths';
import { liveActivityOf, workScreen } from './format';

type Props = {
  step: AgendaStep;
  number: number;
  clockTime: string;
  isFirst: boolean;
  isLast: boolean;
  isRunning: boolean;
  onMove: (direction: -1 | 1) => void;
  onDelete: () => void;
  onRun: () => void;
};

/** One step of the agenda: every field edits in place and saves itself. */
export function AgendaStepRow(props: Props) {
  const { step, number, clockTime, isFirst, isLast, isRunning } = props;
  const t = useT();
  const { attributes, listeners, setNodeRef, transform, transition } = useSortable({
    id: step.id,
  });
  const [minutes, setMinutes] = useDraft(
    `agenda-minutes-${step.id}`,
    String(step.minutes),
    async (value) => {
      const parsed = Number.parseInt(value, 10);
      if (Number.isFinite(parsed)) await updateAgendaStep(step.id, { minutes: parsed });
    },
  );
  const { value: isSkipped, change: setSkipped } = useOptimisticEdit(step.isSkipped, (value) =>
    updateAgendaStep(step.id, { isSkipped: value }),
  );
  const screen = workScreen(step.kind, step.workshopId);
  const liveActivity = liveActivityOf(step.kind);
  const label = t('agenda.step', { number, title: step.title });
  const style = {
    transform: CSS.Transform.toString(transform),
    transition,
  };
  const classes = ['agenda-step', isSkipped ? 'skipped' : '', isRunning ? 'running' : ''];

  return (
    <li ref={setNodeRef} style={style} className={classes.join(' ').trim()}>
      <fieldset aria-label={label}>
        <div className="agenda-step-fields">
          <div className="agenda-step-head">
            <button
              type="button"
              className="button-quiet drag-handle"
              aria-label={t('agenda.drag', { title: step.title })}
              {...attributes}
              {...listeners}
            >
              ⠿
            </button>
            <span className="agenda-number" aria-hidden="true">
              {number}
            </span>
            {clockTime && !isSkipped ? <span className="agenda-clock">{clockTime}</span> : null}
            {isSkipped ? <span className="badge">{t('agenda.skipped')}</span> : null}
            {isRunning ? <span className="badge badge-running">{t('agenda.running')}</span> : null}
          </div>
          <AutosaveField
            label={t('agenda.stepTitle')}
            saveKey={`agenda-title-${step.id}`}
            value={step.title}
            maxLength={LIMITS.shortText}
            onSave={(title) =>
              title.trim() ? updateAgendaStep(step.id, { title }) : Promise.resolve()
            }
          />
          <div className="field agenda-minutes">
            <label htmlFor={`minutes-${step.id}`}>{t('agenda.minutes')}</label>
            <input
              id={`minutes-${step.id}`}
              type="number"
              inputMode="numeric"
              min={0}
              max={600}
              value={minutes}
              onChange={(event) => setMinutes(event.target.value)}
            />
          </div>
          <label className="choice agenda-skip">
            <input
              type="checkbox"
              checked={isSkipped}
              onChange={(event) => setSkipped(event.target.checked)}
            />
            {t('agenda.skip')}
          </label>
        </div>
        <AutosaveField
          label={t('agenda.notes')}
          saveKey={`agenda-notes-${step.id}`}
          value={step.notes}
          multiline
          rows={2}
          maxLength={LIMITS.longText}
          onSave={(notes) => updateAgendaStep(step.id, { notes })}
        />
        <div className="button-row agenda-step-actions">
          {screen ? (
            <Link to={screen.to} className="work-link">
              {t('agenda.workScreen', { screen: t(screen.label) })}
            </Link>
          ) : null}
          {liveActivity ? (
            <Link
              to={paths.liveRoom(step.workshopId, { activity: liveActivity })}
              className="work-link"
            >
              {t('agenda.liveRoom', { activity: t(`live.activity.${liveActivity}`) })}
            </Link>
          ) : null}
          <button
            type="button"
            className="button-secondary"
            onClick={props.onRun}
            disabled={isSkipped || isRunning}
          >
            {t('agenda.run')}
          </button>
          <button
            type="button"
            className="button-quiet"
            onClick={() => props.onMove(-1)}
            disabled={isFirst}
          >
            ↑ {t('agenda.moveUp')}
          </button>
          <button
            type="button"
            className="button-quiet"
            onClick={() => props.onMove(1)}
            disabled={isLast}
          >
            ↓ {t('agenda.moveDown')}
          </button>
          <button type="button" className="button-quiet danger" onClick={props.onDelete}>
            {t('agenda.delete')}
          </button>
        </div>
      </fieldset>
    </li>
  );
}
