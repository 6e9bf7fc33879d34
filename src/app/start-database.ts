import { listenToConnection } from '../db/connection-events';
import { purgeDeletedWorkshops } from '../db/repositories/workshops';
import { replayPendingEdits } from '../db/save-journal';
import { flushSavesWhenLeaving } from '../db/save-queue';
import { snapshotBeforeUpgrade } from '../db/upgrade-snapshot';
import { loadWriteChecks } from '../db/write-checks';

/**
 * The database's start-up work, loaded right after the first screen began to render (src/main.tsx
 * holds every open of the database until this has read the old workshops). Resolves once
 * the database may open.
 */
export async function startDatabase(): Promise<void> {
  flushSavesWhenLeaving();
  // Before anything opens the database, so a blocked upgrade is noticed.
  listenToConnection();
  // Workshops are copied as the older schema stored them before anything opens (and upgrades)
  // the database; the copies are written once it is open.
  await snapshotBeforeUpgrade();
  // Edits journaled while a tab was closing are applied first.
  void replayPendingEdits();
  // Deletions whose undo window passed while the app was closed are erased for good now.
  void purgeDeletedWorkshops();
  // Every save checks its record against the data model's schemas. They stay out of the first
  // load and arrive while the first screen is read, not on the first keystroke.
  const preload = () => void loadWriteChecks().catch(() => undefined);
  if ('requestIdleCallback' in window) requestIdleCallback(preload);
  else setTimeout(preload, 500);
}
