import { useId, useRef, useState, type FormEvent } from 'react';
import { TextField } from '../../components/text-field';
import { createAction } from '../../db/repositories/actions';
import { LIMITS } from '../../domain/limits';
import type { ActionStatus } from '../../domain/types';
import { useReportError } from '../../hooks/use-storage-error-notice';
import { useT } from '../../i18n/use-t';
import { StatusSelect } from './status-select';

/** Quick entry: type the action, Enter adds it and the cursor is ready for the next one. */
export function NewActionForm({ workshopId }: { workshopId: string }) {
  const t = useT();
  const id = useId();
  const reportError = useReportError();
  const titleRef = useRef<HTMLInputElement>(null);
  const [title, setTitle] = useState('');
  const [owner, setOwner] = useState('');
  const [dueDate, setDueDate] = useState('');
  const [status, setStatus] = useState<ActionStatus>('planned');
  const [isInvalid, setInvalid] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!title.trim()) {
      setInvalid(true);
      titleRef.current?.focus();
      return;
    }
    // Cleared before the write, so the next action can be typed at once without being wiped.
    const fields = { title: title.trim(), owner: owner.trim(), dueDate, status };
    setTitle('');
    setOwner('');
    setDueDate('');
    titleRef.current?.focus();
    try {
      await createAction(workshopId, fields);
    } catch (error) {
      setTitle((current) => current || fields.title);
      setOwner((current) => current || fields.owner);
      reportError(error);
    }
  };

  return (
    <form className="card new-action" onSubmit={(event) => void submit(event)} noValidate>
      <h2>{t('path.newTitle')}</h2>
      <div className="action-fields">
        <div className="field grow">
          <label htmlFor={`${id}-title`}>{t('path.title')}</label>
          <input
            ref={titleRef}
            id={`${id}-title`}
            type="text"
            value={title}
            maxLength={LIMITS.listEntry}
            aria-invalid={isInvalid || undefined}
            aria-describedby={isInvalid ? `${id}-error` : undefined}
            onChange={(event) => {
              setTitle(event.target.value);
              setInvalid(false);
            }}
          />
          {isInvalid ? (
            <p className="field-error" id={`${id}-error`}>
              {t('path.titleRequired')}
            </p>
          ) : null}
        </div>
        <TextField
          label={t('path.owner')}
          value={owner}
          maxLength={LIMITS.shortText}
          onChange={setOwner}
        />
        <div className="field">
          <label htmlFor={`${id}-due`}>{t('path.dueDate')}</label>
          <input
            id={`${id}-due`}
            type="date"
            value={dueDate}
            onChange={(event) => setDueDate(event.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-status`}>{t('path.status')}</label>
          <StatusSelect id={`${id}-status`} value={status} onChange={setStatus} />
        </div>
      </div>
      <button type="submit" className="button-primary">
        {t('path.add')}
      </button>
    </form>
  );
}
