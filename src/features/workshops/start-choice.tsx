import { useId } from 'react';
import { SECTOR_TEMPLATES, templateContent } from '../../domain/templates';
import type { Language, Workshop } from '../../domain/types';
import { useT } from '../../hooks/use-t';

export type StartSource = 'empty' | 'template' | 'earlier';
export type StartChoiceValue = { source: StartSource; templateId: string; earlierId: string };

type Props = {
  value: StartChoiceValue;
  /** Language the template names are shown in: the workshop's content language. */
  language: Language;
  earlier: readonly Workshop[];
  onChange: (value: StartChoiceValue) => void;
};

const SOURCES: readonly StartSource[] = ['empty', 'template', 'earlier'];

/** Start empty, from a sector template or from a copy of an earlier workshop. */
export function StartChoice({ value, language, earlier, onChange }: Props) {
  const t = useT();
  const id = useId();
  const content = templateContent(value.templateId, language);
  return (
    <fieldset className="field start-choice">
      <legend>{t('start.legend')}</legend>
      {SOURCES.map((source) => (
        <label key={source} className="choice">
          <input
            type="radio"
            name={`${id}-source`}
            value={source}
            checked={value.source === source}
            disabled={source === 'earlier' && earlier.length === 0}
            onChange={() => onChange({ ...value, source })}
          />
          {t(`start.${source}`)}
        </label>
      ))}
      {earlier.length === 0 ? <p className="field-hint">{t('start.noEarlier')}</p> : null}
      {value.source === 'template' ? (
        <div className="field">
          <label htmlFor={`${id}-template`}>{t('start.templateLabel')}</label>
          <p className="field-hint" id={`${id}-template-hint`}>
            {t('start.templateHint')}
          </p>
          <select
            id={`${id}-template`}
            aria-describedby={`${id}-template-hint`}
            value={value.templateId}
            onChange={(event) => onChange({ ...value, templateId: event.target.value })}
          >
            {SECTOR_TEMPLATES.map((template) => (
              <option key={template.id} value={template.id}>
                {template.content[language].name}
              </option>
            ))}
          </select>
          {content ? (
            <p className="muted">
              {content.description}{' '}
              {t('start.templateProposes', {
                stages: content.stages.length,
                segments: content.segments.length,
                ideas: content.actionIdeas.length,
              })}
            </p>
          ) : null}
        </div>
      ) : null}
      {value.source === 'earlier' && earlier.length > 0 ? (
        <div className="field">
          <label htmlFor={`${id}-earlier`}>{t('start.earlierLabel')}</label>
          <p className="field-hint" id={`${id}-earlier-hint`}>
            {t('start.earlierHint')}
          </p>
          <select
            id={`${id}-earlier`}
            aria-describedby={`${id}-earlier-hint`}
            value={value.earlierId || earlier[0]?.id}
            onChange={(event) => onChange({ ...value, earlierId: event.target.value })}
          >
            {earlier.map((workshop) => (
              <option key={workshop.id} value={workshop.id}>
                {workshop.organisation} – {workshop.title}
              </option>
            ))}
          </select>
        </div>
      ) : null}
    </fieldset>
  );
}
