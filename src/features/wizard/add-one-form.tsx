import { useId, useState, type FormEvent } from 'react';
import { LIMITS } from '../../domain/limits';
import { useReportError } from '../../hooks/use-storage-error-notice';

type Props = {
  label: string;
  buttonLabel: string;
  /** Gets the trimmed text; the field empties once this succeeds. */
  onAdd: (text: string) => Promise<void>;
};

/** One text field and a button that adds what was typed; blank input is ignored. */
export function AddOneForm({ label, buttonLabel, onAdd }: Props) {
  const id = useId();
  const reportError = useReportError();
  const [text, setText] = useState('');
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!text.trim()) return;
    try {
      await onAdd(text.trim());
      setText('');
    } catch (error) {
      reportError(error);
    }
  };
  return (
    <form className="wizard-add-form" onSubmit={(event) => void submit(event)}>
      <div className="field">
        <label htmlFor={`${id}-new`}>{label}</label>
        <input
          id={`${id}-new`}
          type="text"
          value={text}
          maxLength={LIMITS.listEntry}
          onChange={(event) => setText(event.target.value)}
        />
      </div>
      <button type="submit" className="button-secondary">
        {buttonLabel}
      </button>
    </form>
  );
}
