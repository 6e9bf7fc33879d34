import { Dialog } from '../../components/dialog';
import { useT } from '../../hooks/use-t';

type ConfirmProps = {
  title: string;
  text: string;
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
};

/** Asks before a step that cannot be undone (the reveal, closing the room). */
export function Confirm({ title, text, confirmLabel, onConfirm, onCancel }: ConfirmProps) {
  const t = useT();
  return (
    <Dialog title={title} onClose={onCancel}>
      <p>{text}</p>
      <div className="button-row">
        <button type="button" className="button-primary" onClick={onConfirm}>
          {confirmLabel}
        </button>
        <button type="button" className="button-secondary" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </Dialog>
  );
}
