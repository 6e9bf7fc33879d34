import { useId } from 'react';
import { TextField } from '../../components/text-field';
import { LIMITS } from '../../domain/limits';
import { LANGUAGES, WORKSHOP_MODES } from '../../domain/types';
import type { WorkshopInput, WorkshopInputErrors } from '../../domain/workshop';
import { useT } from '../../hooks/use-t';

type Props = {
  input: WorkshopInput;
  errors: WorkshopInputErrors;
  onChange: <K extends keyof WorkshopInput>(field: K, value: WorkshopInput[K]) => void;
};

/** The basic details of a workshop, shared by the new-workshop form and the details dialog. */
export function WorkshopFields({ input, errors, onChange }: Props) {
  const t = useT();
  const id = useId();
  const errorText = (field: keyof WorkshopInput) => {
    const code = errors[field];
    return code ? t(`error.${code}`) : undefined;
  };
  const required = { isRequired: true, requiredText: t('common.required') };
  return (
    <>
      <TextField
        label={t('form.organisation')}
        {...required}
        value={input.organisation}
        maxLength={LIMITS.shortText}
        error={errorText('organisation')}
        onChange={(value) => onChange('organisation', value)}
      />
      <TextField
        label={t('form.title')}
        {...required}
        value={input.title}
        maxLength={LIMITS.shortText}
        error={errorText('title')}
        onChange={(value) => onChange('title', value)}
      />
      <TextField
        label={t('form.date')}
        type="date"
        value={input.date}
        error={errorText('date')}
        onChange={(value) => onChange('date', value)}
      />
      <TextField
        label={t('form.facilitator')}
        value={input.facilitator}
        maxLength={LIMITS.shortText}
        error={errorText('facilitator')}
        onChange={(value) => onChange('facilitator', value)}
      />
      <fieldset className="field">
        <legend>{t('form.mode')}</legend>
        {WORKSHOP_MODES.map((mode) => (
          <label key={mode} className="choice">
            <input
              type="radio"
              name={`${id}-mode`}
              value={mode}
              checked={input.mode === mode}
              onChange={() => onChange('mode', mode)}
            />
            {t(`mode.${mode}`)}
          </label>
        ))}
      </fieldset>
      <fieldset className="field">
        <legend>{t('form.language')}</legend>
        <p className="field-hint">{t('form.languageHint')}</p>
        {LANGUAGES.map((language) => (
          <label key={language} className="choice">
            <input
              type="radio"
              name={`${id}-language`}
              value={language}
              checked={input.language === language}
              onChange={() => onChange('language', language)}
            />
            {t(`language.${language}`)}
          </label>
        ))}
      </fieldset>
    </>
  );
}
