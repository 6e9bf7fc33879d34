import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { LIMITS } from '../domain/limits';
import { useReportError } from '../hooks/use-storage-error-notice';

type Props = {
  label: string;
  buttonLabel: string;
  /**
   * Adds what was typed, trimmed. The field empties at once, so the next name can be typed
   * while this one is saved; if adding fails, the text comes back and the error is told.
   */
  onAdd: (text: string) => Promise<unknown>;
  maxLength?: number;
  /** Said under the field when it is sent empty; without it, an empty field is ignored. */
  requiredMessage?: string;
  /** The form's layout: "inline-form", "wizard-add-form"… */
  className?: string;
  fieldClassName?: string;
  isPrimary?: boolean;
  /** The id of the heading that names the form. */
  labelledBy?: string;
  /** Further fields between the text and the button: a group, a role, minutes. */
  children?: ReactNode;
};

/** A text field and a button that adds one thing by its name: a stage, a theme, a step… */
export function AddOneForm({
  label,
  buttonLabel,
  onAdd,
  maxLength = LIMITS.shortText,
  requiredMessage,
  className,
  fieldClassName = 'field',
  isPrimary = false,
  labelledBy,
  children,
}: Props) {
  const id = useId();
  const reportError = useReportError();
  const [text, setText] = useState('');
  const [isInvalid, setInvalid] = useState(false);
  const error = isInvalid ? requiredMessage : undefined;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const trimmed = text.trim();
    if (!trimmed) return setInvalid(true);
    setText('');
    try {
      await onAdd(trimmed);
    } catch (failure) {
      setText((current) => current || trimmed);
      reportError(failure);
    }
  };

  return (
    <form
      className={className}
      aria-labelledby={labelledBy}
      onSubmit={(event) => void submit(event)}
      noValidate
    >
      <div className={fieldClassName}>
        <label htmlFor={`${id}-text`}>{label}</label>
        <input
          id={`${id}-text`}
          type="text"
          value={text}
          maxLength={maxLength}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(event) => {
            setText(event.target.value);
            setInvalid(false);
          }}
        />
        {error ? (
          <p className="field-error" id={`${id}-error`}>
            {error}
          </p>
        ) : null}
      </div>
      {children}
      <button type="submit" className={isPrimary ? 'button-primary' : 'button-secondary'}>
        {buttonLabel}
      </button>
    </form>
  );
}
