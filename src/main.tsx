// Stylesheets first, in cascade order: the features' own load with their screens.
import './styles/tokens.css';
import './styles/base.css';
import './components/components.css';
import './app/app.css';
import { StrictMode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { CrashFallback } from './app/crash-fallback';
import { FirstScreen } from './app/first-screen';
import { SaveIndicatorPlace, ShellLayout } from './app/shell-layout';
import { paths } from './config/paths';
import { hasDatabaseAtStart } from './db/database-name';
import { holdDatabaseOpening } from './db/open-gate';
import { afterFirstPaint, awaitFirstRender } from './lib/after-first-paint';
import { readRoomLockHint, wasStorageEmptyAtStart } from './lib/room-lock-hint';

const container = document.getElementById('root');
if (!container) throw new Error('#root missing from index.html');
const root = createRoot(container);

// The database's start-up (Dexie, the pre-upgrade snapshot, replaying journaled edits) loads
// once the first screen has been painted, so its code does not compete with that render.
// Until the snapshot has read the old workshops, nothing may open the database: the screens'
// queries wait for this gate.
const firstScreenRendered = awaitFirstRender();
holdDatabaseOpening(
  afterFirstPaint()
    .then(() => import('./app/start-database'))
    .then(({ startDatabase }) => startDatabase()),
);

function startApp() {
  import('./app/app-root').then(
    ({ renderApp }) => renderApp(root, firstScreenRendered),
    // The app's code could not be loaded (a broken cache, a half-finished update).
    () =>
      root.render(
        <StrictMode>
          <ShellLayout saveIndicator={<SaveIndicatorPlace />}>
            <CrashFallback />
          </ShellLayout>
        </StrictMode>,
      ),
  );
}

const roomHint = readRoomLockHint();
const isInNoRoom = roomHint === 'none' || wasStorageEmptyAtStart();
if (isInNoRoom && window.location.pathname === paths.home()) {
  // The home page's frame and controls need neither the router nor any data: they are drawn
  // at once, synchronously, and the router and the screens load once the page has, so they
  // never delay this first screen. The app then takes over the same root.
  flushSync(() =>
    root.render(
      <StrictMode>
        <FirstScreen />
      </StrictMode>,
    ),
  );
  // The database and the app's code then load side by side.
  firstScreenRendered();
  if (document.readyState === 'complete') startApp();
  else window.addEventListener('load', startApp, { once: true });
} else if (roomHint === null && !isInNoRoom) {
  // Something is stored but nothing says whether this device is in a live room: the room
  // guard asks the browser whether any data exists (no database opened) before the first
  // render, so a device with no data draws its screen at once instead of waiting.
  void hasDatabaseAtStart().finally(startApp);
} else startApp();
