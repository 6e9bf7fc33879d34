import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { paths } from '../../config/paths';
import { createWorkshop } from '../../db/repositories/workshops';
import { LIMITS } from '../../domain/limits';
import { LANGUAGES, WORKSHOP_MODES } from '../../domain/types';
import {
  hasErrors,
  validateWorkshopInput,
  type WorkshopInput,
  type WorkshopInputErrors,
} from '../../domain/workshop';
import { useReportError } from '../../hooks/use-storage-error-notice';
import { todayIso } from '../../lib/dates';
import { requestPersistentStorage } from '../../lib/storage';
import { useT } from '../../i18n/use-t';
import { useUiStore } from '../../stores/ui-store';
import { TextField } from '../../components/text-field';

export function NewWorkshopPage() {
  const t = useT();
  const navigate = useNavigate();
  const reportError = useReportError();
  const uiLanguage = useUiStore((state) => state.language);
  const formRef = useRef<HTMLFormElement>(null);
  const [input, setInput] = useState<WorkshopInput>({
    organisation: '',
    title: '',
    date: todayIso(),
    facilitator: '',
    mode: 'facilitated',
    language: uiLanguage,
  });
  const [errors, setErrors] = useState<WorkshopInputErrors>({});
  const [isSaving, setSaving] = useState(false);
  const [failedSubmits, setFailedSubmits] = useState(0);

  // After a refused submit, take the user to the first field that needs attention.
  useEffect(() => {
    if (failedSubmits === 0) return;
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [failedSubmits]);

  const set = <K extends keyof WorkshopInput>(field: K, value: WorkshopInput[K]) => {
    setInput((previous) => ({ ...previous, [field]: value }));
    setErrors((previous) => ({ ...previous, [field]: undefined }));
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = validateWorkshopInput(input);
    if (hasErrors(result.errors)) {
      setErrors(result.errors);
      setFailedSubmits((count) => count + 1);
      return;
    }
    setSaving(true);
    try {
      const workshop = await createWorkshop(result.value);
      // First save: ask the browser to keep the data under storage pressure.
      void requestPersistentStorage();
      await navigate(paths.phase(workshop.id, 'current'));
    } catch (error) {
      reportError(error);
      setSaving(false);
    }
  };

  const errorText = (field: keyof WorkshopInput) => {
    const code = errors[field];
    return code ? t(`error.${code}`) : undefined;
  };

  return (
    <section className="page narrow">
      <h1>{t('form.newTitle')}</h1>
      <p className="lead">{t('form.intro')}</p>
      <form ref={formRef} onSubmit={(event) => void submit(event)} noValidate className="form">
        <TextField
          label={t('form.organisation')}
          isRequired
          requiredText={t('common.required')}
          value={input.organisation}
          maxLength={LIMITS.shortText}
          error={errorText('organisation')}
          onChange={(value) => set('organisation', value)}
        />
        <TextField
          label={t('form.title')}
          isRequired
          requiredText={t('common.required')}
          value={input.title}
          maxLength={LIMITS.shortText}
          error={errorText('title')}
          onChange={(value) => set('title', value)}
        />
        <TextField
          label={t('form.date')}
          type="date"
          value={input.date}
          error={errorText('date')}
          onChange={(value) => set('date', value)}
        />
        <TextField
          label={t('form.facilitator')}
          value={input.facilitator}
          maxLength={LIMITS.shortText}
          error={errorText('facilitator')}
          onChange={(value) => set('facilitator', value)}
        />
        <fieldset className="field">
          <legend>{t('form.mode')}</legend>
          {WORKSHOP_MODES.map((mode) => (
            <label key={mode} className="choice">
              <input
                type="radio"
                name="mode"
                value={mode}
                checked={input.mode === mode}
                onChange={() => set('mode', mode)}
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
                name="language"
                value={language}
                checked={input.language === language}
                onChange={() => set('language', language)}
              />
              {t(`language.${language}`)}
            </label>
          ))}
        </fieldset>
        <div className="button-row">
          <button type="submit" className="button-primary" disabled={isSaving}>
            {t('form.create')}
          </button>
        </div>
      </form>
    </section>
  );
}
