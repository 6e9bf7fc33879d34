/**
 * Every schema version the app has ever shipped, oldest first. Never edit a shipped version:
 * add a new one (with an `upgrade` when existing data must change) and a test that upgrades
 * fixture data from every earlier version.
 */
import type { Transaction } from 'dexie';
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

export type SchemaVersion = {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void>;
  /** Tables added in this version whose rows belong to one workshop (`workshopId` index). */
  workshopTables: readonly string[];
};

export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [v1, v2, v3, v4, v5, v6, v7, v8, v9, v10];

export const LATEST_SCHEMA_VERSION = Math.max(...SCHEMA_VERSIONS.map((v) => v.version));

/**
 * Tables whose rows belong to one workshop. Duplicating, deleting and backing up a workshop walk
 * this list, so a new table only needs to be declared in its schema version.
 */
export const WORKSHOP_CHILD_TABLES: readonly string[] = SCHEMA_VERSIONS.flatMap(
  (schema) => schema.workshopTables,
);

/** Child tables that are not part of the workshop's content: not copied, not backed up. */
export const HOUSEKEEPING_TABLES: readonly string[] = ['snapshots'];

/** Child tables that hold the workshop's content (duplicate, backup, export). */
export const WORKSHOP_CONTENT_TABLES: readonly string[] = WORKSHOP_CHILD_TABLES.filter(
  (name) => !HOUSEKEEPING_TABLES.includes(name),
);
