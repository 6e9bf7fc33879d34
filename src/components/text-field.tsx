import { useId, type ReactNode } from 'react';

type Props = {
  label: ReactNode;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  type?: 'text' | 'date';
  maxLength?: number;
  isRequired?: boolean;
  requiredText?: string;
};

/** A labelled input whose error message sits right below it and is tied to it for screen readers. */
export function TextField({
  label,
  value,
  onChange,
  error,
  type = 'text',
  maxLength,
  isRequired,
  requiredText,
}: Props) {
  const id = useId();
  const errorId = `${id}-error`;
  return (
    <div className="field">
      <label htmlFor={id}>
        {label}
        {isRequired ? <span className="required"> ({requiredText})</span> : null}
      </label>
      <input
        id={id}
        type={type}
        value={value}
        maxLength={maxLength}
        required={isRequired}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        onChange={(event) => onChange(event.target.value)}
      />
      {error ? (
        <p className="field-error" id={errorId}>
          {error}
        </p>
      ) : null}
    </div>
  );
}
