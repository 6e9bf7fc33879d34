import { useId, type ReactNode } from 'react';
import { useDraft, type JournalTarget } from '../hooks/use-draft';

type Props = {
  label: string;
  saveKey: string;
  value: string;
  onSave: (value: string) => Promise<void>;
  multiline?: boolean;
  maxLength?: number;
  hint?: ReactNode;
  rows?: number;
  placeholder?: string;
  /** The stored field, so an edit survives even a tab closed mid-save. */
  journal?: JournalTarget;
  className?: string;
};

/** A labelled text field that saves itself (debounced) as the user types. */
export function AutosaveField({
  label,
  saveKey,
  value,
  onSave,
  multiline = false,
  maxLength,
  hint,
  rows = 5,
  placeholder,
  journal,
  className = 'field',
}: Props) {
  const id = useId();
  const hintId = `${id}-hint`;
  const [draft, setDraft] = useDraft(saveKey, value, onSave, journal);
  const common = {
    id,
    value: draft,
    maxLength,
    placeholder,
    'aria-describedby': hint ? hintId : undefined,
  };
  return (
    <div className={className}>
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p className="field-hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      {multiline ? (
        <textarea {...common} rows={rows} onChange={(event) => setDraft(event.target.value)} />
      ) : (
        <input {...common} type="text" onChange={(event) => setDraft(event.target.value)} />
      )}
      {maxLength && draft.length > maxLength * 0.9 ? (
        <p className="field-count" aria-live="polite">
          {draft.length} / {maxLength}
        </p>
      ) : null}
    </div>
  );
}
