import type { FormEvent } from 'react';
import { Dialog, DialogButtons } from '../../components/dialog';
import { updateWorkshop } from '../../db/repositories/workshops';
import type { Workshop } from '../../domain/types';
import { useReportError } from '../../hooks/use-storage-error-notice';
import { useT } from '../../hooks/use-t';
import { useWorkshopInput } from './use-workshop-input';
import { WorkshopFields } from './workshop-fields';

type Props = { workshop: Workshop; onClose: () => void };

/** Rename a workshop or correct any of its basic details. */
export function DetailsDialog({ workshop, onClose }: Props) {
  const t = useT();
  const reportError = useReportError();
  const { input, errors, set, validate } = useWorkshopInput({
    organisation: workshop.organisation,
    title: workshop.title,
    date: workshop.date,
    facilitator: workshop.facilitator,
    mode: workshop.mode,
    language: workshop.language,
  });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const value = validate();
    if (!value) return;
    try {
      await updateWorkshop(workshop.id, value);
      onClose();
    } catch (error) {
      reportError(error);
    }
  };

  return (
    <Dialog title={t('workshop.detailsDialog.title')} onClose={onClose}>
      <form className="form" onSubmit={(event) => void submit(event)} noValidate>
        <WorkshopFields input={input} errors={errors} onChange={set} />
        <DialogButtons
          submitLabel={t('common.save')}
          cancelLabel={t('common.cancel')}
          onCancel={onClose}
        />
      </form>
    </Dialog>
  );
}
