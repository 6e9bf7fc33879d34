import { useId } from 'react';
import { Checkbox } from '../../components/checkbox';
import { ScoreSelect } from '../../components/score-select';
import { useDraft } from '../../components/use-draft';
import { deleteTouchpoint, updateTouchpoint } from '../../db/repositories/journey';
import { LIMITS } from '../../domain/limits';
import type { Touchpoint } from '../../domain/types';
import { useReportError } from '../../hooks/use-storage-error-notice';
import { useTouchpointEdit } from '../../hooks/use-touchpoint-edit';
import { useT } from '../../i18n/use-t';

function LaneField({
  touchpoint,
  lane,
  label,
}: {
  touchpoint: Touchpoint;
  lane: 'feels' | 'knows' | 'does';
  label: string;
}) {
  const id = useId();
  const [value, setValue] = useDraft(
    `touchpoint:${touchpoint.id}:${lane}`,
    touchpoint[lane],
    (text) => updateTouchpoint(touchpoint.id, { [lane]: text }),
  );
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <textarea
        id={id}
        rows={2}
        value={value}
        maxLength={LIMITS.listEntry}
        onChange={(event) => setValue(event.target.value)}
      />
    </div>
  );
}

/** A touchpoint of the journey: its name, whether it is a critical moment, and its ratings. */
export function TouchpointCard({ touchpoint }: { touchpoint: Touchpoint }) {
  const t = useT();
  const id = useId();
  const reportError = useReportError();
  const [name, setName] = useDraft(`touchpoint:${touchpoint.id}:name`, touchpoint.name, (value) =>
    updateTouchpoint(touchpoint.id, { name: value }),
  );
  const { isCritical, setCritical, save } = useTouchpointEdit(touchpoint);
  return (
    <li
      className={touchpoint.isCritical ? 'touchpoint critical' : 'touchpoint'}
      aria-label={touchpoint.name}
    >
      {touchpoint.isCritical ? (
        <span className="critical-badge">{t('journey.criticalBadge')}</span>
      ) : null}
      <div className="field">
        <label htmlFor={`${id}-name`}>{t('journey.touchpointName')}</label>
        <input
          id={`${id}-name`}
          type="text"
          value={name}
          maxLength={LIMITS.shortText}
          onChange={(event) => setName(event.target.value)}
        />
      </div>
      <Checkbox label={t('journey.critical')} checked={isCritical} onChange={setCritical} />
      {touchpoint.isCritical ? (
        <>
          <div className="field">
            <label htmlFor={`${id}-importance`}>{t('journey.importance')}</label>
            <ScoreSelect
              id={`${id}-importance`}
              value={touchpoint.importance}
              notSetLabel={t('journey.notSet')}
              onChange={(importance) => save({ importance })}
            />
          </div>
          <div className="field">
            <label htmlFor={`${id}-performance`}>{t('journey.performance')}</label>
            <ScoreSelect
              id={`${id}-performance`}
              value={touchpoint.performance}
              notSetLabel={t('journey.notSet')}
              onChange={(performance) => save({ performance })}
            />
          </div>
        </>
      ) : null}
      <details>
        <summary>{t('journey.lanes')}</summary>
        <LaneField touchpoint={touchpoint} lane="feels" label={t('journey.feels')} />
        <LaneField touchpoint={touchpoint} lane="knows" label={t('journey.knows')} />
        <LaneField touchpoint={touchpoint} lane="does" label={t('journey.does')} />
      </details>
      <button
        type="button"
        className="button-quiet danger"
        aria-label={t('journey.deleteTouchpoint', { name: touchpoint.name })}
        onClick={() => void deleteTouchpoint(touchpoint.id).catch(reportError)}
      >
        {t('common.delete')}
      </button>
    </li>
  );
}
