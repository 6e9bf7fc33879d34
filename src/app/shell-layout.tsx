import { useEffect, type ReactNode } from 'react';
import { AppLink } from '../components/app-link';
import { LanguageSelect } from '../components/language-select';
import { paths } from '../config/paths';
import { useT } from '../hooks/use-t';
import { useUiStore } from '../stores/ui-store';

/**
 * The frame of every app page: skip link, header, main, footer. Drawn by the first screen before
 * the router has loaded and by the app shell after it, so both look the same.
 */
export function ShellLayout({
  saveIndicator,
  children,
}: {
  saveIndicator: ReactNode;
  children: ReactNode;
}) {
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
        <AppLink to={paths.home()} className="brand">
          <img src="/favicon.svg" alt="" width="32" height="32" />
          <span>
            <strong>{t('app.name')}</strong>
            <small>{t('app.tagline')}</small>
          </span>
        </AppLink>
        <div className="header-tools">
          <AppLink to={paths.guide()} className="header-link">
            {t('home.guide')}
          </AppLink>
          <AppLink to={paths.data()} className="header-link">
            {t('home.data')}
          </AppLink>
          {saveIndicator}
          <LanguageSelect />
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        {children}
      </main>
      <footer className="app-footer">{t('app.footer')}</footer>
    </>
  );
}

/** Where "Saving… / Saved" appears once the save queue has loaded. */
export function SaveIndicatorPlace() {
  return <span className="save-indicator" role="status" />;
}
