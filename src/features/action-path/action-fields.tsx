import { useId, type Ref } from 'react';
import { TextField } from '../../components/text-field';
import { LIMITS } from '../../domain/limits';
import type { ActionStatus } from '../../domain/types';
import { useT } from '../../hooks/use-t';
import { StatusSelect } from './status-select';

export type ActionFieldValues = {
  title: string;
  owner: string;
  dueDate: string;
  status: ActionStatus;
};

type Props = {
  values: ActionFieldValues;
  onChange: <Field extends keyof ActionFieldValues>(
    field: Field,
    value: ActionFieldValues[Field],
  ) => void;
  titleError?: string;
  titleRef?: Ref<HTMLInputElement>;
};

/** An action's title, owner, due date and status in a row: the new-action form's and each action's. */
export function ActionFields({ values, onChange, titleError, titleRef }: Props) {
  const t = useT();
  const id = useId();
  return (
    <div className="action-fields">
      <div className="field grow">
        <label htmlFor={`${id}-title`}>{t('path.title')}</label>
        <input
          ref={titleRef}
          id={`${id}-title`}
          type="text"
          value={values.title}
          maxLength={LIMITS.listEntry}
          aria-invalid={titleError ? true : undefined}
          aria-describedby={titleError ? `${id}-error` : undefined}
          onChange={(event) => onChange('title', event.target.value)}
        />
        {titleError ? (
          <p className="field-error" id={`${id}-error`}>
            {titleError}
          </p>
        ) : null}
      </div>
      <TextField
        label={t('path.owner')}
        value={values.owner}
        maxLength={LIMITS.shortText}
        onChange={(owner) => onChange('owner', owner)}
      />
      <div className="field">
        <label htmlFor={`${id}-due`}>{t('path.dueDate')}</label>
        <input
          id={`${id}-due`}
          type="date"
          value={values.dueDate}
          onChange={(event) => onChange('dueDate', event.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-status`}>{t('path.status')}</label>
        <StatusSelect
          id={`${id}-status`}
          value={values.status}
          onChange={(status) => onChange('status', status)}
        />
      </div>
    </div>
  );
}
