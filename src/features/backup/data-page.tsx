import { useT } from '../../hooks/use-t';
import { BackupExport } from './backup-export';
import { ForgetClient } from './forget-client';
import { ImportBackup } from './import-backup';
import { StoragePanel } from './storage-panel';
import './backup.css';

export function DataPage() {
  const t = useT();
  return (
    <section className="page narrow">
      <h1>{t('data.title')}</h1>
      <p className="lead">{t('data.intro')}</p>
      <section className="card">
        <BackupExport />
        <ImportBackup />
      </section>
      <StoragePanel />
      <ForgetClient />
      <p className="muted">{t('data.privacy')}</p>
    </section>
  );
}
