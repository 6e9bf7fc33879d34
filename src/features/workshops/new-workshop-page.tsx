import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { paths } from '../../config/paths';
import {
  createWorkshopFromEarlier,
  createWorkshopFromTemplate,
} from '../../db/repositories/workshop-start';
import { createWorkshop } from '../../db/repositories/workshops';
import { SECTOR_TEMPLATES } from '../../domain/templates';
import { useReportError } from '../../hooks/use-storage-error-notice';
import { useWorkshops } from '../../hooks/use-workshop';
import { todayIso } from '../../lib/dates';
import { requestPersistentStorage } from '../../lib/storage';
import { createTranslator } from '../../i18n';
import { useT } from '../../hooks/use-t';
import { useUiStore } from '../../stores/ui-store';
import { StartChoice, type StartChoiceValue } from './start-choice';
import { useWorkshopInput } from './use-workshop-input';
import { WorkshopFields } from './workshop-fields';
import './workshops.css';

export function NewWorkshopPage() {
  const t = useT();
  const navigate = useNavigate();
  const reportError = useReportError();
  const uiLanguage = useUiStore((state) => state.language);
  const formRef = useRef<HTMLFormElement>(null);
  const { input, errors, set, validate } = useWorkshopInput({
    organisation: '',
    title: '',
    date: todayIso(),
    facilitator: '',
    mode: 'facilitated',
    language: uiLanguage,
  });
  const earlier = useWorkshops() ?? [];
  const [start, setStart] = useState<StartChoiceValue>({
    source: 'empty',
    templateId: SECTOR_TEMPLATES[0]?.id ?? '',
    earlierId: '',
  });
  const [isSaving, setSaving] = useState(false);
  const [failedSubmits, setFailedSubmits] = useState(0);

  // After a refused submit, take the user to the first field that needs attention.
  useEffect(() => {
    if (failedSubmits === 0) return;
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [failedSubmits]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const value = validate();
    if (!value) {
      setFailedSubmits((count) => count + 1);
      return;
    }
    setSaving(true);
    try {
      const earlierId = start.earlierId || earlier[0]?.id || '';
      const workshop =
        start.source === 'template'
          ? await createWorkshopFromTemplate(value, start.templateId)
          : start.source === 'earlier' && earlierId
            ? await createWorkshopFromEarlier(
                value,
                earlierId,
                createTranslator(value.language)('workshop.copyWord'),
              )
            : await createWorkshop(value);
      // First save: ask the browser to keep the data under storage pressure.
      void requestPersistentStorage();
      // A manager alone is guided step by step; a facilitator gets the phase screens.
      await navigate(
        workshop.mode === 'self' ? paths.wizard(workshop.id) : paths.phase(workshop.id, 'current'),
      );
    } catch (error) {
      reportError(error);
      setSaving(false);
    }
  };

  return (
    <section className="page narrow">
      <h1>{t('form.newTitle')}</h1>
      <p className="lead">{t('form.intro')}</p>
      <form ref={formRef} onSubmit={(event) => void submit(event)} noValidate className="form">
        <WorkshopFields input={input} errors={errors} onChange={set} />
        {input.mode === 'self' ? <p className="field-hint">{t('start.selfHint')}</p> : null}
        <StartChoice
          value={start}
          language={input.language}
          earlier={earlier}
          onChange={setStart}
        />
        <div className="button-row">
          <button type="submit" className="button-primary" disabled={isSaving}>
            {t('form.create')}
          </button>
        </div>
      </form>
    </section>
  );
}
