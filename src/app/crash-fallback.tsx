import { useT } from '../hooks/use-t';

export function CrashFallback() {
  const t = useT();
  return (
    <div className="crash" role="alert">
      <h2>{t('error.crash.title')}</h2>
      <p>{t('error.crash.body')}</p>
      <div className="button-row">
        <button type="button" className="button-primary" onClick={() => window.location.reload()}>
          {t('error.crash.reload')}
        </button>
        <button
          type="button"
          className="button-secondary"
          // The rescue copy reads the database: its code loads when asked for (it is cached).
          onClick={() =>
            void import('../db/rescue-download').then((rescue) => rescue.downloadRescueBackup())
          }
        >
          {t('error.crash.rescue')}
        </button>
      </div>
    </div>
  );
}
