import { useId, useState } from 'react';
import { parseCount } from '../domain/word-of-mouth';
import { useT } from '../hooks/use-t';

type Props = {
  label: string;
  value: number | null;
  /** Called with each valid value as it is typed (null when emptied). */
  onSave: (value: number | null) => void;
};

/** A whole number from 0 to 1000, e.g. one half of a word-of-mouth figure; empty is "not known". */
export function CountField({ label, value, onSave }: Props) {
  const t = useT();
  const id = useId();
  const [text, setText] = useState(value?.toString() ?? '');
  const [lastValue, setLastValue] = useState(value);
  const parsed = parseCount(text);
  // A value stored from elsewhere (a suggestion, another tab) shows, unless it is what was typed.
  if (value !== lastValue) {
    setLastValue(value);
    if (value !== parsed) setText(value?.toString() ?? '');
  }
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="number"
        inputMode="numeric"
        min={0}
        max={1000}
        value={text}
        aria-invalid={parsed === 'invalid' || undefined}
        aria-describedby={parsed === 'invalid' ? `${id}-error` : undefined}
        onChange={(event) => {
          setText(event.target.value);
          const next = parseCount(event.target.value);
          if (next !== 'invalid') onSave(next);
        }}
      />
      {parsed === 'invalid' ? (
        <p className="field-error" id={`${id}-error`}>
          {t('context.invalidNumber')}
        </p>
      ) : null}
    </div>
  );
}
