import { useStore } from 'zustand';
import { downloadRescueBackup } from '../db/rescue-download';
import { flushSaves } from '../db/save-queue';
import { saveStatusStore } from '../db/save-status';
import { useT } from '../hooks/use-t';

/** A quiet "Saving… / Saved" in the header; a failed save offers a retry. */
export function SaveIndicator() {
  const t = useT();
  const status = useStore(saveStatusStore, (state) => state.status);
  if (status === 'idle') return <span className="save-indicator" role="status" />;
  if (status === 'failed') {
    return (
      <span className="save-indicator save-failed" role="status">
        {t('save.failed')}{' '}
        <button type="button" className="button-link" onClick={() => void flushSaves()}>
          {t('save.retry')}
        </button>{' '}
        <button type="button" className="button-link" onClick={() => void downloadRescueBackup()}>
          {t('error.saveFailed.backup')}
        </button>
      </span>
    );
  }
  return (
    <span className="save-indicator" role="status">
      {status === 'saving' ? t('save.saving') : `✓ ${t('save.saved')}`}
    </span>
  );
}
