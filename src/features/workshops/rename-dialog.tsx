import { useId, useState, type FormEvent } from 'react';
import { Dialog } from '../../components/dialog';
import { updateWorkshop } from '../../db/repositories/workshops';
import { LIMITS } from '../../domain/limits';
import type { Workshop } from '../../domain/types';
import { useReportError } from '../../hooks/use-storage-error-notice';
import { useT } from '../../i18n/use-t';

export function RenameDialog({ workshop, onClose }: { workshop: Workshop; onClose: () => void }) {
  const t = useT();
  const id = useId();
  const reportError = useReportError();
  const [title, setTitle] = useState(workshop.title);
  const [isInvalid, setInvalid] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!title.trim()) {
      setInvalid(true);
      return;
    }
    try {
      await updateWorkshop(workshop.id, { title: title.trim() });
      onClose();
    } catch (error) {
      reportError(error);
    }
  };

  return (
    <Dialog title={t('workshop.renameDialog.title')} onClose={onClose}>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <div className="field">
          <label htmlFor={id}>{t('form.title')}</label>
          <input
            id={id}
            type="text"
            value={title}
            maxLength={LIMITS.shortText}
            aria-invalid={isInvalid}
            aria-describedby={isInvalid ? `${id}-error` : undefined}
            onChange={(event) => {
              setTitle(event.target.value);
              setInvalid(false);
            }}
            autoFocus
          />
          {isInvalid ? (
            <p className="field-error" id={`${id}-error`}>
              {t('error.required')}
            </p>
          ) : null}
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
