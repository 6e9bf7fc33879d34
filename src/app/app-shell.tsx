import { Link, Outlet } from 'react-router';
import { lazyAfterFirstPaint } from '../components/after-first-paint';
import { AppLinkProvider, type AppLinkProps } from '../components/app-link';
import { ConnectionNotice } from '../components/connection-notice';
import { ErrorBoundary } from '../components/error-boundary';
import { Notices } from '../components/notices';
import { CrashFallback } from './crash-fallback';
import { SaveIndicatorPlace, ShellLayout } from './shell-layout';

// "Saving… / Saved" needs the save queue and so the database: it follows the first paint.
const SaveIndicator = lazyAfterFirstPaint(
  () => import('./save-indicator').then((module) => module.SaveIndicator),
  SaveIndicatorPlace,
);

const routerLink = (props: AppLinkProps) => <Link {...props} />;

export function AppShell() {
  return (
    <AppLinkProvider value={routerLink}>
      <ShellLayout saveIndicator={<SaveIndicator />}>
        <ErrorBoundary fallback={() => <CrashFallback />}>
          <Outlet />
        </ErrorBoundary>
      </ShellLayout>
      <Notices />
      <ConnectionNotice />
    </AppLinkProvider>
  );
}
