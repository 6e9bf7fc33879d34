import { db } from './database';
import { LATEST_SCHEMA_VERSION } from './schema';

export type ConnectionProblem = 'newerVersionElsewhere' | 'blockedByOtherTab' | 'databaseNewer';

const seen = new Set<ConnectionProblem>();
let listener: ((problem: ConnectionProblem) => void) | null = null;
let isListening = false;

/**
 * Whether another tab has taken the database to a newer version: this tab must not reopen it
 * (its older schema could disturb the newer app); edits wait in memory until the reload.
 */
export function hasConnectionMovedOn(): boolean {
  return seen.has('newerVersionElsewhere');
}

/** For tests: starts over as if no problem had been seen. */
export function forgetConnectionProblems(): void {
  seen.clear();
}

function emit(problem: ConnectionProblem) {
  seen.add(problem);
  listener?.(problem);
}

/**
 * Listens to the database connection from the first line of the app: an upgrade blocked by an
 * old tab is reported as soon as the database is opened, before any screen is drawn. Problems
 * are kept until `watchConnection` shows them.
 */
export function listenToConnection(): void {
  if (isListening) return;
  isListening = true;
  db.on('versionchange', () => {
    // Let the newer tab upgrade; this tab must reload to keep saving.
    db.close();
    emit('newerVersionElsewhere');
    return false;
  });
  db.on('blocked', () => emit('blockedByOtherTab'));
}

/**
 * Watches the database connection: another tab upgrading the schema, an upgrade blocked by an
 * old tab, or a database written by a newer app. The app shows a notice for each; data is
 * never deleted.
 */
export function watchConnection(
  report: (problem: ConnectionProblem) => void,
  onOpen?: () => void,
): void {
  listenToConnection();
  listener = report;
  for (const problem of seen) report(problem);
  db.open()
    .then(() => {
      onOpen?.();
      // Dexie 4 opens a database of a higher version instead of failing with VersionError, so
      // the installed version is compared with the newest one this app knows.
      if (db.backendDB().version / 10 > LATEST_SCHEMA_VERSION) emit('databaseNewer');
    })
    .catch((error: unknown) => {
      const name = error && typeof error === 'object' && 'name' in error ? String(error.name) : '';
      const inner =
        error && typeof error === 'object' && 'inner' in error
          ? (error.inner as { name?: string } | undefined)?.name
          : '';
      if (name === 'VersionError' || inner === 'VersionError') emit('databaseNewer');
    });
}
