import { useReportError } from '../../hooks/use-storage-error-notice';
import { downloadBackup } from '../../lib/backup-download';
import { useT } from '../../i18n/use-t';
import { useNoticeStore } from '../../stores/notice-store';
import { ImportBackup } from './import-backup';
import { StoragePanel } from './storage-panel';

export function DataPage() {
  const t = useT();
  const push = useNoticeStore((state) => state.push);
  const reportError = useReportError();
  const exportAll = async () => {
    try {
      const fileName = await downloadBackup();
      push({ kind: 'success', message: t('data.exported', { fileName }) });
    } catch (error) {
      reportError(error);
    }
  };
  return (
    <section className="page narrow">
      <h1>{t('data.title')}</h1>
      <p className="lead">{t('data.intro')}</p>
      <section className="card">
        <button type="button" className="button-primary" onClick={() => void exportAll()}>
          {t('data.exportAll')}
        </button>
        <ImportBackup />
      </section>
      <StoragePanel />
      <p className="muted">{t('data.privacy')}</p>
    </section>
  );
}
