/**
 * Every schema version the app has ever shipped, oldest first. Never edit a shipped version:
 * add a new one (with `upgrades` when existing rows must change) and a fixture of the data it
 * writes (tests/fixtures/db-vN.json) that the upgrade tests carry through every later version.
 */
import type { Transaction } from 'dexie';
import type { Assert, Equal } from '../../domain/model/type-checks';
import {
  CONTENT_TABLES,
  type ContentRecords,
  type ContentTable,
} from '../../domain/workshop-content';
import type { ChildTableName, RowOf, TableName } from '../database';
import { upgradeRow, type RowUpgrade, type StoredRow } from './row-upgrade';
import { v1 } from './v1';
import { v2 } from './v2';
import { v3 } from './v3';
import { v4 } from './v4';
import { v5 } from './v5';
import { v6 } from './v6';
import { v7 } from './v7';
import { v8 } from './v8';
import { v9 } from './v9';
import { v10 } from './v10';
import { v11 } from './v11';
import { v12 } from './v12';
import { v13 } from './v13';
import { v14 } from './v14';
import { v15 } from './v15';
import { v16 } from './v16';

export type SchemaVersion = {
  version: number;
  /** Dexie's store definitions added or changed in this version (null deletes a table). */
  stores: Partial<Record<TableName, string | null>>;
  /** How the rows written by the versions before change, table by table. */
  upgrades?: readonly RowUpgrade[];
  /** Tables added in this version whose rows belong to one workshop (`workshopId` index). */
  workshopTables: readonly ChildTableName[];
  /**
   * A move of data that row upgrades cannot express (rows into another table), run in Dexie's
   * upgrade after them. Only for tables that are never in a snapshot: snapshots run `upgrades` only.
   */
  upgradeData?: (tx: Transaction) => Promise<void>;
};

export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  v1,
  v2,
  v3,
  v4,
  v5,
  v6,
  v7,
  v8,
  v9,
  v10,
  v11,
  v12,
  v13,
  v14,
  v15,
  v16,
];

export const LATEST_SCHEMA_VERSION = Math.max(...SCHEMA_VERSIONS.map((v) => v.version));

/**
 * Tables whose rows belong to one workshop. Deleting a workshop and forgetting a client walk
 * this list, so a new table only needs to be declared in its schema version.
 */
export const WORKSHOP_CHILD_TABLES: readonly ChildTableName[] = SCHEMA_VERSIONS.flatMap(
  (schema) => schema.workshopTables,
);

/**
 * Child tables that are not part of the workshop's content: not copied, not backed up (a live
 * room holds the facilitator's secret and the room's unrevealed entries).
 */
export const HOUSEKEEPING_TABLES = [
  'snapshots',
  'liveRooms',
] as const satisfies readonly ChildTableName[];

/** Child tables that hold the workshop's content (duplicate, backup, export, snapshots). */
export const WORKSHOP_CONTENT_TABLES: readonly ContentTable[] = CONTENT_TABLES;

/**
 * Brings rows written by `fromVersion` up to date in memory, with the same upgrades the
 * database runs. `rowsOf` hands out the rows of a table (an empty list when there are none).
 */
export function upgradeRowsInMemory(
  rowsOf: (table: TableName) => StoredRow[],
  fromVersion: number,
): void {
  for (const schema of SCHEMA_VERSIONS) {
    if (schema.version <= fromVersion) continue;
    for (const upgrade of schema.upgrades ?? []) {
      for (const row of rowsOf(upgrade.table)) upgradeRow(row, upgrade);
    }
  }
}

/**
 * Compile-time: the workshop's content (domain) and the database's child tables name the same
 * tables with the same records. A table added to one and not the other fails the typecheck here.
 */
export type ContentMatchesDatabase = Assert<
  Equal<
    ContentRecords,
    { [T in Exclude<ChildTableName, (typeof HOUSEKEEPING_TABLES)[number]>]: RowOf<T> }
  >
>;
