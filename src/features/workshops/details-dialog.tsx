import { useState, type FormEvent } from 'react';
import { Dialog } from '../../components/dialog';
import { TextField } from '../../components/text-field';
import { updateWorkshop } from '../../db/repositories/workshops';
import { LIMITS } from '../../domain/limits';
import { LANGUAGES, WORKSHOP_MODES, type Workshop } from '../../domain/types';
import {
  hasErrors,
  validateWorkshopInput,
  type WorkshopInput,
  type WorkshopInputErrors,
} from '../../domain/workshop';
import { useReportError } from '../../hooks/use-storage-error-notice';
import { useT } from '../../i18n/use-t';

type Props = { workshop: Workshop; onClose: () => void };

/** Rename a workshop or correct any of its basic details. */
export function DetailsDialog({ workshop, onClose }: Props) {
  const t = useT();
  const reportError = useReportError();
  const [input, setInput] = useState<WorkshopInput>({
    organisation: workshop.organisation,
    title: workshop.title,
    date: workshop.date,
    facilitator: workshop.facilitator,
    mode: workshop.mode,
    language: workshop.language,
  });
  const [errors, setErrors] = useState<WorkshopInputErrors>({});

  const set = <K extends keyof WorkshopInput>(field: K, value: WorkshopInput[K]) => {
    setInput((previous) => ({ ...previous, [field]: value }));
    setErrors((previous) => ({ ...previous, [field]: undefined }));
  };
  const errorText = (field: keyof WorkshopInput) => {
    const code = errors[field];
    return code ? t(`error.${code}`) : undefined;
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = validateWorkshopInput(input);
    if (hasErrors(result.errors)) {
      setErrors(result.errors);
      return;
    }
    try {
      await updateWorkshop(workshop.id, result.value);
      onClose();
    } catch (error) {
      reportError(error);
    }
  };

  return (
    <Dialog title={t('workshop.detailsDialog.title')} onClose={onClose}>
      <form className="form" onSubmit={(event) => void submit(event)} noValidate>
        <TextField
          label={t('form.title')}
          value={input.title}
          maxLength={LIMITS.shortText}
          error={errorText('title')}
          onChange={(value) => set('title', value)}
        />
        <TextField
          label={t('form.organisation')}
          value={input.organisation}
          maxLength={LIMITS.shortText}
          error={errorText('organisation')}
          onChange={(value) => set('organisation', value)}
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
          onChange={(value) => set('facilitator', value)}
        />
        <div className="field">
          <label htmlFor={`mode-${workshop.id}`}>{t('form.mode')}</label>
          <select
            id={`mode-${workshop.id}`}
            value={input.mode}
            onChange={(event) => set('mode', event.target.value as WorkshopInput['mode'])}
          >
            {WORKSHOP_MODES.map((mode) => (
              <option key={mode} value={mode}>
                {t(`mode.${mode}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`language-${workshop.id}`}>{t('form.language')}</label>
          <select
            id={`language-${workshop.id}`}
            value={input.language}
            onChange={(event) => set('language', event.target.value as WorkshopInput['language'])}
          >
            {LANGUAGES.map((language) => (
              <option key={language} value={language}>
                {t(`language.${language}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="button-row">
          <button type="submit" className="button-primary">
            {t('common.save')}
          </button>
          <button type="button" className="button-secondary" onClick={onClose}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
