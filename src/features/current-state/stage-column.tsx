import { AddOneForm } from '../../components/add-one-form';
import { AutosaveField } from '../../components/autosave-field';
import { DeleteButton } from '../../components/delete-button';
import { deleteStage, updateStage } from '../../db/repositories/current-state';
import { createTouchpoint } from '../../db/repositories/journey';
import { LIMITS } from '../../domain/limits';
import type { JourneyStage, Segment, Touchpoint } from '../../domain/types';
import { useT } from '../../hooks/use-t';
import { TouchpointCard } from './touchpoint-card';

type Props = {
  stage: JourneyStage;
  /** Every stage of the journey, for moving a touchpoint to another. */
  stages: JourneyStage[];
  number: number;
  touchpoints: Touchpoint[];
  segments: Segment[];
  onMove: (direction: -1 | 1) => void;
  isFirst: boolean;
  isLast: boolean;
};

export function StageColumn({
  stage,
  stages,
  number,
  touchpoints,
  segments,
  onMove,
  isFirst,
  isLast,
}: Props) {
  const t = useT();

  return (
    <li className="stage-column">
      <AutosaveField
        label={t('journey.stageName', { n: number })}
        saveKey={`stage:${stage.id}:name`}
        value={stage.name}
        onSave={(name) => updateStage(stage.id, { name })}
        maxLength={LIMITS.shortText}
      />
      <div className="row-tools">
        <button
          type="button"
          className="button-quiet"
          disabled={isFirst}
          aria-label={t('journey.moveLeft', { name: stage.name })}
          onClick={() => onMove(-1)}
        >
          ←
        </button>
        <button
          type="button"
          className="button-quiet"
          disabled={isLast}
          aria-label={t('journey.moveRight', { name: stage.name })}
          onClick={() => onMove(1)}
        >
          →
        </button>
        <DeleteButton
          label={t('journey.deleteStage', { name: stage.name })}
          onDelete={() => deleteStage(stage.id)}
        />
      </div>
      <ul className="stack-list touchpoint-list">
        {touchpoints.map((touchpoint) => (
          <TouchpointCard
            key={touchpoint.id}
            touchpoint={touchpoint}
            stages={stages}
            segments={segments}
          />
        ))}
      </ul>
      <AddOneForm
        className="field"
        label={t('journey.newTouchpoint', { stage: stage.name })}
        buttonLabel={t('journey.addTouchpoint')}
        onAdd={(name) => createTouchpoint(stage.workshopId, stage.id, name)}
      />
    </li>
  );
}
