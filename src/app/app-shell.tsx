import { useEffect } from 'react';
import { Link, Outlet } from 'react-router';
import { paths } from '../config/paths';
import { lazyAfterFirstPaint } from '../components/after-first-paint';
import { ConnectionNotice } from '../components/connection-notice';
import { CrashFallback } from './crash-fallback';
import { ErrorBoundary } from '../components/error-boundary';
import { LanguageSelect } from '../components/language-select';
import { Notices } from '../components/notices';
import { useT } from '../hooks/use-t';
import { useUiStore } from '../stores/ui-store';

// "Saving… / Saved" needs the save queue and so the database: it follows the first paint.
const SaveIndicator = lazyAfterFirstPaint(
  () => import('./save-indicator').then((module) => module.SaveIndicator),
  () => <span className="save-indicator" role="status" />,
);

export function AppShell() {
  const t = useT();
  const language = useUiStore((state) => state.language);
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);

  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="app-header">
        <Link to={paths.home()} className="brand">
          <img src="/favicon.svg" alt="" width="32" height="32" />
          <span>
            <strong>{t('app.name')}</strong>
            <small>{t('app.tagline')}</small>
          </span>
        </Link>
        <div className="header-tools">
          <Link to={paths.guide()} className="header-link">
            {t('home.guide')}
          </Link>
          <Link to={paths.data()} className="header-link">
            {t('home.data')}
          </Link>
          <SaveIndicator />
          <LanguageSelect />
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        <ErrorBoundary fallback={() => <CrashFallback />}>
          <Outlet />
        </ErrorBoundary>
      </main>
      <footer className="app-footer">{t('app.footer')}</footer>
      <Notices />
      <ConnectionNotice />
    </>
  );
}
