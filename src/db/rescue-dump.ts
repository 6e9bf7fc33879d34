import { db } from './database';

/**
 * Every table as it is stored, without validation: the last resort when something is broken.
 * Readable by a person and importable after repair.
 */
export async function dumpDatabase(): Promise<string> {
  const tables: Record<string, unknown[]> = {};
  for (const table of db.tables) {
    // y-dexie's update tables hold the live rooms' documents (unrevealed answers): never copied.
    if (table.name.startsWith('$')) continue;
    try {
      tables[table.name] = await table.toArray();
    } catch (error) {
      tables[table.name] = [{ unreadable: String(error) }];
    }
  }
  return JSON.stringify(
    {
      format: 'palvelupolku-rescue',
      schemaVersion: db.verno,
      dumpedAt: new Date().toISOString(),
      tables,
    },
    null,
    1,
  );
}
