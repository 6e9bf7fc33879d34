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
import { holdDatabaseOpening } from './db/open-gate';

const root = document.getElementById('root');
if (!root) throw new Error('#root missing from index.html');

// The shell and the controls that need no data render at once; the database (Dexie, the
// pre-upgrade snapshot, replaying journaled edits) loads beside them. Until the snapshot has read
// the old workshops, nothing may open the database: screens' queries wait for this gate.
holdDatabaseOpening(import('./app/start-database').then(({ startDatabase }) => startDatabase()));

createRoot(root).render(
  <StrictMode>
    <RouterProvider router={createAppRouter()} />
    <UpdatePrompt />
  </StrictMode>,
);
