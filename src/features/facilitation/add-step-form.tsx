import { useId, useState, type FormEvent } from 'react';
import { createCustomStep } from '../../db/repositories/agenda';
import { LIMITS } from '../../domain/limits';
import { useReportError } from '../../hooks/use-storage-error-notice';
import { useT } from '../../i18n/use-t';

/** Adds a step of the facilitator's own (a break, a guest talk…) at the end of the agenda. */
export function AddStepForm({ workshopId }: { workshopId: string }) {
  const t = useT();
  const id = useId();
  const reportError = useReportError();
  const [title, setTitle] = useState('');
  const [minutes, setMinutes] = useState('10');
  const [error, setError] = useState('');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!title.trim()) {
      setError(t('agenda.titleRequired'));
      return;
    }
    setError('');
    await createCustomStep(workshopId, title, Number.parseInt(minutes, 10) || 0);
    setTitle('');
  };

  return (
    <form
      className="card agenda-add"
      aria-labelledby={`${id}-title`}
      onSubmit={(event) => void submit(event).catch(reportError)}
      noValidate
    >
      <h2 id={`${id}-title`}>{t('agenda.add')}</h2>
      <div className="agenda-add-fields">
        <div className="field">
          <label htmlFor={`${id}-name`}>{t('agenda.newTitle')}</label>
          <input
            id={`${id}-name`}
            type="text"
            value={title}
            maxLength={LIMITS.shortText}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${id}-error` : undefined}
            onChange={(event) => setTitle(event.target.value)}
          />
          {error ? (
            <p className="field-error" id={`${id}-error`}>
              {error}
            </p>
          ) : null}
        </div>
        <div className="field agenda-minutes">
          <label htmlFor={`${id}-minutes`}>{t('agenda.newMinutes')}</label>
          <input
            id={`${id}-minutes`}
            type="number"
            min={0}
            max={600}
            value={minutes}
            onChange={(event) => setMinutes(event.target.value)}
          />
        </div>
        <button type="submit" className="button-secondary">
          {t('agenda.addButton')}
        </button>
      </div>
    </form>
  );
}
