// Stylesheets first, in cascade order: the features' own load with their screens.
import './styles/tokens.css';
import './styles/base.css';
import './components/components.css';
import './app/app.css';
import { StrictMode, useEffect } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';
import { createAppRouter } from './app/router';
import { lazyAfterFirstPaint } from './components/after-first-paint';
import { hasDatabaseAtStart } from './db/database-name';
import { holdDatabaseOpening } from './db/open-gate';
import { afterFirstPaint, awaitFirstRender } from './lib/after-first-paint';
import { readRoomLockHint, wasStorageEmptyAtStart } from './lib/room-lock-hint';

const root = document.getElementById('root');
if (!root) throw new Error('#root missing from index.html');

// The shell and the controls that need no data render first; the database's start-up (Dexie, the
// pre-upgrade snapshot, replaying journaled edits) loads once React's first screen has been
// painted, so its code does not compete with that render. Until the snapshot has read the old
// workshops, nothing may open the database: the screens' queries wait for this gate.
const firstRenderDone = awaitFirstRender();
holdDatabaseOpening(
  afterFirstPaint()
    .then(() => import('./app/start-database'))
    .then(({ startDatabase }) => startDatabase()),
);

// Registering the service worker starts its precache (every chunk, the PDF fonts): it waits
// until the first screen has painted.
const UpdatePrompt = lazyAfterFirstPaint(() =>
  import('./app/update-prompt').then((module) => module.UpdatePrompt),
);

/** Tells afterFirstPaint() that the first screen has been committed. */
function FirstRenderSignal() {
  useEffect(firstRenderDone, []);
  return null;
}

function render(container: HTMLElement) {
  // The first screen renders synchronously, while this module runs: a concurrent render would
  // wait for the scheduler's next task and yield between slices, painting the screen later.
  const reactRoot = createRoot(container);
  flushSync(() =>
    reactRoot.render(
      <StrictMode>
        <RouterProvider router={createAppRouter()} />
        <FirstRenderSignal />
        <UpdatePrompt />
      </StrictMode>,
    ),
  );
}

// On a device that has stored something but has no hint whether it is in a room, the room guard
// asks the browser whether any data exists (no database opened) before the first render, so a
// device with no data draws its screen at once instead of waiting for the database. A first
// start (nothing stored at all) needs no question: it draws at once.
if (readRoomLockHint() === null && !wasStorageEmptyAtStart())
  void hasDatabaseAtStart().finally(() => render(root));
else render(root);
