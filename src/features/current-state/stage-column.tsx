import { useId, useState, type FormEvent } from 'react';
import { useDraft } from '../../components/use-draft';
import { deleteStage, updateStage } from '../../db/repositories/current-state';
import { createTouchpoint } from '../../db/repositories/journey';
import { LIMITS } from '../../domain/limits';
import type { JourneyStage, Touchpoint } from '../../domain/types';
import { useReportError } from '../../hooks/use-storage-error-notice';
import { useT } from '../../i18n/use-t';
import { TouchpointCard } from './touchpoint-card';

type Props = {
  stage: JourneyStage;
  number: number;
  touchpoints: Touchpoint[];
  onMove: (direction: -1 | 1) => void;
  isFirst: boolean;
  isLast: boolean;
};

export function StageColumn({ stage, number, touchpoints, onMove, isFirst, isLast }: Props) {
  const t = useT();
  const id = useId();
  const reportError = useReportError();
  const [name, setName] = useDraft(`stage:${stage.id}:name`, stage.name, (value) =>
    updateStage(stage.id, { name: value }),
  );
  const [newName, setNewName] = useState('');

  const add = async (event: FormEvent) => {
    event.preventDefault();
    if (!newName.trim()) return;
    // Cleared before the write so that typing the next name at once is never wiped.
    const name = newName.trim();
    setNewName('');
    try {
      await createTouchpoint(stage.workshopId, stage.id, name);
    } catch (error) {
      setNewName((current) => current || name);
      reportError(error);
    }
  };

  return (
    <li className="stage-column">
      <div className="field">
        <label htmlFor={`${id}-name`}>{t('journey.stageName', { n: number })}</label>
        <input
          id={`${id}-name`}
          type="text"
          value={name}
          maxLength={LIMITS.shortText}
          onChange={(event) => setName(event.target.value)}
        />
      </div>
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
        <button
          type="button"
          className="button-quiet danger"
          aria-label={t('journey.deleteStage', { name: stage.name })}
          onClick={() => void deleteStage(stage.id).catch(reportError)}
        >
          {t('common.delete')}
        </button>
      </div>
      <ul className="touchpoint-list">
        {touchpoints.map((touchpoint) => (
          <TouchpointCard key={touchpoint.id} touchpoint={touchpoint} />
        ))}
      </ul>
      <form className="field" onSubmit={(event) => void add(event)}>
        <label htmlFor={`${id}-new`}>{t('journey.newTouchpoint', { stage: stage.name })}</label>
        <input
          id={`${id}-new`}
          type="text"
          value={newName}
          maxLength={LIMITS.shortText}
          onChange={(event) => setNewName(event.target.value)}
        />
        <button type="submit" className="button-secondary">
          {t('journey.addTouchpoint')}
        </button>
      </form>
    </li>
  );
}
