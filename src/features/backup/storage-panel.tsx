import { useEffect, useState } from 'react';
import { readStorageStatus, requestPersistentStorage, type StorageStatus } from '../../lib/storage';
import { useT } from '../../i18n/use-t';
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

/** Whether the browser keeps the data, and how much space is used. */
export function StoragePanel() {
  const t = useT();
  const language = useUiStore((state) => state.language);
  const [status, setStatus] = useState<StorageStatus | null>(null);
  useEffect(() => {
    void readStorageStatus().then(setStatus);
  }, []);
  const ask = async () => {
    await requestPersistentStorage();
    setStatus(await readStorageStatus());
  };
  const locale = language === 'fi' ? 'fi-FI' : 'en-GB';
  return (
    <section className="card" aria-labelledby="storage-title">
      <h2 id="storage-title">{t('data.storage')}</h2>
      {status?.isPersisted === true ? <p>✓ {t('data.persisted')}</p> : null}
      {status?.isPersisted === false ? (
        <>
          <p className="warning">⚠ {t('data.notPersisted')}</p>
          <button type="button" className="button-secondary" onClick={() => void ask()}>
            {t('data.askPersist')}
          </button>
        </>
      ) : null}
      {status && status.isPersisted === null ? <p>{t('data.persistUnknown')}</p> : null}
      {status?.usage !== null && status?.usage !== undefined && status.quota ? (
        <p className="muted">
          {t('data.usage', {
            used: formatBytes(status.usage, locale),
            quota: formatBytes(status.quota, locale),
          })}
        </p>
      ) : null}
    </section>
  );
}
