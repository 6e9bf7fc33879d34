import { useReportError } from '../hooks/use-storage-error-notice';
import { useT } from '../hooks/use-t';

type Props = {
  /** What goes, for screen readers: "Delete segment 2". */
  label: string;
  onDelete: () => Promise<unknown>;
};

/** The quiet red "Delete" of a row or a card; a failed delete ends in an error notice. */
export function DeleteButton({ label, onDelete }: Props) {
  const t = useT();
  const reportError = useReportError();
  return (
    <button
      type="button"
      className="button-quiet danger"
      aria-label={label}
      onClick={() => void onDelete().catch(reportError)}
    >
      {t('common.delete')}
    </button>
  );
}
