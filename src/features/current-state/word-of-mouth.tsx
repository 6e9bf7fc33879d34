import { useId, useState } from 'react';
import { updateWorkshop } from '../../db/repositories/workshops';
import type { Workshop } from '../../domain/types';
import { useReportError } from '../../hooks/use-storage-error-notice';
import { useT } from '../../hooks/use-t';

type Field = 'wordOfMouthGood' | 'wordOfMouthBad';

function parseCount(text: string): number | null | 'invalid' {
  if (!text.trim()) return null;
  const value = Number(text);
  return Number.isInteger(value) && value >= 0 && value <= 1000 ? value : 'invalid';
}

function CountField({
  workshop,
  field,
  label,
}: {
  workshop: Workshop;
  field: Field;
  label: string;
}) {
  const t = useT();
  const id = useId();
  const reportError = useReportError();
  const [text, setText] = useState(workshop[field]?.toString() ?? '');
  const parsed = parseCount(text);
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
          const value = parseCount(event.target.value);
          if (value !== 'invalid')
            updateWorkshop(workshop.id, { [field]: value }).catch(reportError);
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

/** The "3/18" baseline: how many hear of a good and of a bad experience. */
export function WordOfMouth({ workshop }: { workshop: Workshop }) {
  const t = useT();
  const { wordOfMouthGood: good, wordOfMouthBad: bad } = workshop;
  return (
    <section className="card">
      <h2>{t('context.wordOfMouth')}</h2>
      <p className="muted">{t('context.wordOfMouthGuide')}</p>
      <div className="two-columns">
        <CountField workshop={workshop} field="wordOfMouthGood" label={t('context.womGood')} />
        <CountField workshop={workshop} field="wordOfMouthBad" label={t('context.womBad')} />
      </div>
      {good !== null && bad !== null ? <p>{t('context.womRatio', { good, bad })}</p> : null}
    </section>
  );
}
