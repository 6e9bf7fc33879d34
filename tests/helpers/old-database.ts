import Dexie from 'dexie';
import yDexie from 'y-dexie';
import { db, DATABASE_NAME, type TableName } from '../../src/db/database';
import { SCHEMA_VERSIONS } from '../../src/db/schema';

export type StoredTables = Partial<Record<TableName, readonly Record<string, unknown>[]>>;

/**
 * Replaces the database with one written by an older app: created with the app's own schema of
 * `version` and holding `tables` exactly as given. The shared `db` is closed first and left
 * closed, so the test decides when the current app opens (and upgrades) it.
 */
export async function seedDatabaseAtVersion(version: number, tables: StoredTables = {}) {
  db.close();
  await Dexie.delete(DATABASE_NAME);
  // With y-dexie, as the app: from v14 a store declares Y.Doc properties.
  const old = new Dexie(DATABASE_NAME, { addons: [(database) => void yDexie(database)] });
  for (const schema of SCHEMA_VERSIONS.filter((s) => s.version <= version)) {
    old.version(schema.version).stores(schema.stores);
  }
  await old.open();
  for (const [table, rows] of Object.entries(tables)) await old.table(table).bulkAdd([...rows]);
  old.close();
}
