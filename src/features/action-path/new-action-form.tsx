import { useId, useRef, useState, type FormEvent } from 'react';
import { createAction } from '../../db/repositories/actions';
import { useReportError } from '../../hooks/use-storage-error-notice';
import { useT } from '../../hooks/use-t';
import { ScoreSelect } from '../../components/score-select';
import type { Score } from '../../domain/types';
import { ActionFields, type ActionFieldValues } from './action-fields';

const EMPTY: ActionFieldValues = { title: '', owner: '', dueDate: '', status: 'planned' };
const NO_SCORES = { impact: null, effort: null };

/** Quick entry: type the action, Enter adds it and the cursor is ready for the next one. */
export function NewActionForm({ workshopId }: { workshopId: string }) {
  const t = useT();
  const reportError = useReportError();
  const id = useId();
  const titleRef = useRef<HTMLInputElement>(null);
  const [values, setValues] = useState(EMPTY);
  const [isInvalid, setInvalid] = useState(false);
  const [scores, setScores] = useState<{ impact: Score | null; effort: Score | null }>(NO_SCORES);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!values.title.trim()) {
      setInvalid(true);
      titleRef.current?.focus();
      return;
    }
    // Cleared before the write, so the next action can be typed at once without being wiped.
    const fields = { ...values, ...scores, title: values.title.trim(), owner: values.owner.trim() };
    setValues((current) => ({ ...current, title: '', owner: '', dueDate: '' }));
    setScores(NO_SCORES);
    titleRef.current?.focus();
    try {
      await createAction(workshopId, fields);
    } catch (error) {
      setValues((current) => ({
        ...current,
        title: current.title || fields.title,
        owner: current.owner || fields.owner,
      }));
      reportError(error);
    }
  };

  return (
    <form className="card new-action" onSubmit={(event) => void submit(event)} noValidate>
      <h2>{t('path.newTitle')}</h2>
      <ActionFields
        values={values}
        titleRef={titleRef}
        titleError={isInvalid ? t('path.titleRequired') : undefined}
        onChange={(field, value) => {
          setValues((current) => ({ ...current, [field]: value }));
          if (field === 'title') setInvalid(false);
        }}
      />
      <div className="action-fields">
        <div className="field">
          <label htmlFor={`${id}-impact`}>{t('action.impact')}</label>
          <ScoreSelect
            id={`${id}-impact`}
            value={scores.impact}
            notSetLabel={t('target.notSet')}
            onChange={(impact) => setScores((current) => ({ ...current, impact }))}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-effort`}>{t('action.effort')}</label>
          <ScoreSelect
            id={`${id}-effort`}
            value={scores.effort}
            notSetLabel={t('target.notSet')}
            onChange={(effort) => setScores((current) => ({ ...current, effort }))}
          />
        </div>
      </div>
      <button type="submit" className="button-primary">
        {t('path.add')}
      </button>
    </form>
  );
}
