import { useId } from 'react';
import type { Hit } from '../../domain/privacy/detect';
import type { FieldHits, RedactionLabels } from '../../domain/privacy/redact-content';
import { contextSegments, redactedText, type Choice } from '../../domain/privacy/redaction-plan';
import { useT } from '../../hooks/use-t';
import { ChoiceSelect } from './choice-select';

type Props = {
  entry: FieldHits;
  labels: RedactionLabels;
  choiceOf: (hit: Hit) => Choice;
  onChoose: (hit: Hit, choice: Choice) => void;
};

const PREVIEW_LENGTH = 600;

function preview(text: string): string {
  return text.length > PREVIEW_LENGTH ? `${text.slice(0, PREVIEW_LENGTH)}…` : text;
}

/** One text with its hits highlighted, a choice for each, and the text as it will become. */
export function FieldHitsCard({ entry, labels, choiceOf, onChoose }: Props) {
  const t = useT();
  const id = useId();
  return (
    <li className="card">
      <h3 className="muted">{t(`privacy.field.${entry.table}`)}</h3>
      <p className="redaction-text">
        {contextSegments(entry.text, entry.hits).map((segment, index) =>
          'text' in segment ? (
            <span key={index}>{segment.text}</span>
          ) : (
            <mark
              key={index}
              className={choiceOf(entry.hits[segment.hitIndex]!) === 'keep' ? 'is-kept' : ''}
            >
              {entry.hits[segment.hitIndex]!.text}
            </mark>
          ),
        )}
      </p>
      <div className="redaction-choices">
        {entry.hits.map((hit, index) => (
          <div className="field" key={`${hit.start}-${hit.text}`}>
            <label htmlFor={`${id}-${index}`}>
              {t('privacy.replaceWith', { text: hit.text, kind: t(`privacy.kind.${hit.kind}`) })}
            </label>
            <ChoiceSelect
              id={`${id}-${index}`}
              value={choiceOf(hit)}
              labels={labels}
              onChange={(choice) => onChoose(hit, choice)}
            />
          </div>
        ))}
      </div>
      <p className="redaction-result">
        {t('privacy.result', {
          text: preview(redactedText(entry, choiceOf, labels)),
        })}
      </p>
    </li>
  );
}
