import { useId } from 'react';
import type { Workshop } from '../domain/types';
import { useOptimisticEdit } from '../hooks/use-optimistic-edit';
import { useWorkshopUpdate } from '../hooks/use-workshop';
import { useT } from '../hooks/use-t';

/**
 * "Are we satisfied with the current culture?": the decision that makes the target either the
 * current culture written down precisely, or a new target culture. Returns the shown choice too.
 */
export function useSatisfiedDecision(workshop: Workshop) {
  const update = useWorkshopUpdate(workshop.id);
  return useOptimisticEdit(workshop.isSatisfied, (value) => update({ isSatisfied: value }));
}

type Props = { value: boolean | null; onChange: (value: boolean) => void };

export function SatisfiedDecision({ value, onChange }: Props) {
  const t = useT();
  const id = useId();
  return (
    <fieldset className="field decision">
      <legend>{t('target.decision')}</legend>
      <label className="choice">
        <input
          type="radio"
          name={`${id}-decision`}
          checked={value === true}
          onChange={() => onChange(true)}
        />
        {t('target.decision.yes')}
      </label>
      <label className="choice">
        <input
          type="radio"
          name={`${id}-decision`}
          checked={value === false}
          onChange={() => onChange(false)}
        />
        {t('target.decision.no')}
      </label>
    </fieldset>
  );
}
