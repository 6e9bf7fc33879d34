// Stylesheets first, in cascade order: the features' own load with their screens.
import './styles/tokens.css';
import './styles/base.css';
import './components/components.css';
import './app/app.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';
import { createAppRouter } from './app/router';
import { UpdatePrompt } from './app/update-prompt';
import { listenToConnection } from './db/connection-events';
import { purgeDeletedWorkshops } from './db/repositories/workshops';
import { snapshotBeforeUpgrade } from './db/upgrade-snapshot';
import { replayPendingEdits } from './db/save-journal';
import { flushSavesWhenLeaving } from './db/save-queue';
import { loadWriteChecks } from './db/write-checks';

flushSavesWhenLeaving();
// Before anything opens the database, so a blocked upgrade is noticed.
listenToConnection();

const root = document.getElementById('root');
if (!root) throw new Error('#root missing from index.html');

async function start(container: HTMLElement) {
  // Workshops are copied as the older schema stored them before anything opens (and upgrades)
  // the database.
  await snapshotBeforeUpgrade();
  // Edits journaled while a tab was closing are applied first.
  void replayPendingEdits();
  // Deletions whose undo window passed while the app was closed are erased for good now.
  void purgeDeletedWorkshops();
  createRoot(container).render(
    <StrictMode>
      <RouterProvider router={createAppRouter()} />
      <UpdatePrompt />
    </StrictMode>,
  );
  // Every save checks its record against the data model's schemas. They stay out of the first
  // load and arrive while the first screen is read, not on the first keystroke.
  const preload = () => void loadWriteChecks().catch(() => undefined);
  if ('requestIdleCallback' in window) requestIdleCallback(preload);
  else setTimeout(preload, 500);
}

void start(root);
