import { db } from './database';
import { LATEST_SCHEMA_VERSION } from './schema';

export type ConnectionProblem = 'newerVersionElsewhere' | 'blockedByOtherTab' | 'databaseNewer';

/**
 * Watches the database connection: another tab upgrading the schema, an upgrade blocked by an
 * old tab, or a database written by a newer app. The app shows a notice for each; data is
 * never deleted.
 */
export function watchConnection(report: (problem: ConnectionProblem) => void): void {
  db.on('versionchange', () => {
    // Let the newer tab upgrade; this tab must reload to keep saving.
    db.close();
    report('newerVersionElsewhere');
    return false;
  });
  db.on('blocked', () => report('blockedByOtherTab'));
  db.open()
    .then(() => {
      // Dexie 4 opens a database of a higher version instead of failing with VersionError, so
      // the installed version is compared with the newest one this app knows.
      if (db.backendDB().version / 10 > LATEST_SCHEMA_VERSION) report('databaseNewer');
    })
    .catch((error: unknown) => {
      const name = error && typeof error === 'object' && 'name' in error ? String(error.name) : '';
      const inner =
        error && typeof error === 'object' && 'inner' in error
          ? (error.inner as { name?: string } | undefined)?.name
          : '';
      if (name === 'VersionError' || inner === 'VersionError') report('databaseNewer');
    });
}
