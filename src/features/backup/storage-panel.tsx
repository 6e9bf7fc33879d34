import { useEffect, useState } from 'react';
import { storageRisks, type StorageFacts, type StorageRisk } from '../../domain/storage-risks';
import { useBackupDownload } from '../../hooks/use-backup-download';
import { useReportError } from '../../hooks/use-storage-error-notice';
import type { MessageKey } from '../../i18n';
import { readStorageFacts, requestPersistentStorage } from '../../lib/storage';
import { useT } from '../../hooks/use-t';
import { useUiStore } from '../../stores/ui-store';

function formatBytes(bytes: number, locale: string): string {
  const units = ['B', 'KB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(value)} ${units[unit]}`;
}

const RISK_MESSAGES: Record<StorageRisk, MessageKey> = {
  privateWindow: 'storage.risk.privateWindow',
  safariEviction: 'storage.risk.safariEviction',
  notPersisted: 'data.notPersisted',
  nearlyFull: 'storage.risk.nearlyFull',
};

/** Whether the browser keeps the data, how much space is used, and what puts the data at risk. */
export function StoragePanel({
  readFacts = readStorageFacts,
}: {
  readFacts?: () => Promise<StorageFacts>;
}) {
  const t = useT();
  const language = useUiStore((state) => state.language);
  const reportError = useReportError();
  const downloadBackup = useBackupDownload();
  const [facts, setFacts] = useState<StorageFacts | null>(null);
  useEffect(() => {
    void readFacts().then(setFacts);
  }, [readFacts]);
  const ask = async () => {
    await requestPersistentStorage();
    setFacts(await readFacts());
  };
  const locale = language === 'fi' ? 'fi-FI' : 'en-GB';
  const risks = facts ? storageRisks(facts) : [];
  const percent =
    facts?.usage != null && facts.quota ? Math.round((facts.usage / facts.quota) * 100) : 0;
  return (
    <section className="card" aria-labelledby="storage-title">
      <h2 id="storage-title">{t('data.storage')}</h2>
      {facts?.isPersisted === true ? <p>✓ {t('data.persisted')}</p> : null}
      {facts && facts.isPersisted === null ? <p>{t('data.persistUnknown')}</p> : null}
      {risks.length > 0 ? (
        <ul className="storage-risks" aria-label={t('storage.risksLabel')}>
          {risks.map((risk) => (
            <li key={risk} className="warning">
              ⚠ {t(RISK_MESSAGES[risk], { percent })}
            </li>
          ))}
        </ul>
      ) : null}
      {risks.length > 0 ? (
        <div className="button-row">
          <button
            type="button"
            className="button-secondary"
            onClick={() => void downloadBackup().catch(reportError)}
          >
            {t('storage.backupNow')}
          </button>
          {facts?.isPersisted === false ? (
            <button type="button" className="button-secondary" onClick={() => void ask()}>
              {t('data.askPersist')}
            </button>
          ) : null}
        </div>
      ) : null}
      {facts?.usage !== null && facts?.usage !== undefined && facts.quota ? (
        <p className="muted">
          {t('data.usage', {
            used: formatBytes(facts.usage, locale),
            quota: formatBytes(facts.quota, locale),
          })}
        </p>
      ) : null}
    </section>
  );
}
