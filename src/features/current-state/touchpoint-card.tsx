import { SegmentPicker } from '../../components/segment-picker';
import { useId } from 'react';
import { AutosaveField } from '../../components/autosave-field';
import { Checkbox } from '../../components/checkbox';
import { DeleteButton } from '../../components/delete-button';
import { ScoreSelect } from '../../components/score-select';
import {
  deleteTouchpoint,
  moveTouchpointToStage,
  updateTouchpoint,
} from '../../db/repositories/journey';
import { LIMITS } from '../../domain/limits';
import type { JourneyStage, Segment, Touchpoint } from '../../domain/types';
import { useReportError } from '../../hooks/use-storage-error-notice';
import { useTouchpointEdit } from '../../hooks/use-touchpoint-edit';
import { useT } from '../../hooks/use-t';

function LaneField({
  touchpoint,
  lane,
  label,
}: {
  touchpoint: Touchpoint;
  lane: 'feels' | 'knows' | 'does';
  label: string;
}) {
  return (
    <AutosaveField
      label={label}
      saveKey={`touchpoint:${touchpoint.id}:${lane}`}
      value={touchpoint[lane]}
      onSave={(text) => updateTouchpoint(touchpoint.id, { [lane]: text })}
      multiline
      rows={2}
      maxLength={LIMITS.listEntry}
    />
  );
}

/** A touchpoint of the journey: its name, whether it is a critical moment, and its ratings. */
export function TouchpointCard({
  touchpoint,
  stages,
  segments,
}: {
  touchpoint: Touchpoint;
  stages: JourneyStage[];
  segments: Segment[];
}) {
  const t = useT();
  const id = useId();
  const { isCritical, setCritical, save } = useTouchpointEdit(touchpoint);
  const reportError = useReportError();
  return (
    <li
      className={touchpoint.isCritical ? 'touchpoint critical' : 'touchpoint'}
      aria-label={touchpoint.name}
    >
      {touchpoint.isCritical ? (
        <span className="critical-badge">{t('journey.criticalBadge')}</span>
      ) : null}
      <AutosaveField
        label={t('journey.touchpointName')}
        saveKey={`touchpoint:${touchpoint.id}:name`}
        value={touchpoint.name}
        onSave={(name) => updateTouchpoint(touchpoint.id, { name })}
        maxLength={LIMITS.shortText}
      />
      {stages.length > 1 ? (
        <div className="field">
          <label htmlFor={`${id}-stage`}>{t('journey.touchpointStage')}</label>
          <select
            id={`${id}-stage`}
            value={touchpoint.stageId}
            onChange={(event) =>
              void moveTouchpointToStage(touchpoint.id, event.target.value).catch(reportError)
            }
          >
            {stages.map((stage) => (
              <option key={stage.id} value={stage.id}>
                {stage.name}
              </option>
            ))}
          </select>
        </div>
      ) : null}
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
          <SegmentPicker
            segments={segments}
            selected={touchpoint.segmentIds}
            onChange={(segmentIds) => save({ segmentIds })}
          />
        </>
      ) : null}
      <details>
        <summary>{t('journey.lanes')}</summary>
        <LaneField touchpoint={touchpoint} lane="feels" label={t('journey.feels')} />
        <LaneField touchpoint={touchpoint} lane="knows" label={t('journey.knows')} />
        <LaneField touchpoint={touchpoint} lane="does" label={t('journey.does')} />
      </details>
      <DeleteButton
        label={t('journey.deleteTouchpoint', { name: touchpoint.name })}
        onDelete={() => deleteTouchpoint(touchpoint.id)}
      />
    </li>
  );
}
