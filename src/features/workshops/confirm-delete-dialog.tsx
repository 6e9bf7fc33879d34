import { Dialog } from '../../components/dialog';
import type { Workshop } from '../../domain/types';
import { useT } from '../../hooks/use-t';

type Props = { workshop: Workshop; onCancel: () => void; onConfirm: () => void };

export function ConfirmDeleteDialog({ workshop, onCancel, onConfirm }: Props) {
  const t = useT();
  return (
    <Dialog title={t('workshop.confirmDelete.title')} onClose={onCancel}>
      <p>
        {t('workshop.confirmDelete.body', {
          title: workshop.title,
          organisation: workshop.organisation,
        })}
      </p>
      <div className="button-row">
        <button type="button" className="button-danger" onClick={onConfirm}>
          {t('common.delete')}
        </button>
        <button type="button" className="button-secondary" onClick={onCancel} autoFocus>
          {t('common.cancel')}
        </button>
      </div>
    </Dialog>
  );
}
