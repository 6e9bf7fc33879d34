/**
 * Every schema version the app has ever shipped, oldest first. Never edit a shipped version:
 * add a new one (with an `upgrade` when existing data must change) and a test that upgrades
 * fixture data from every earlier version.
 */
import type { Transaction } from 'dexie';
import { v1 } from './v1';

export type SchemaVersion = {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void>;
};

export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [v1];

export const LATEST_SCHEMA_VERSION = Math.max(...SCHEMA_VERSIONS.map((v) => v.version));

/**
 * Tables whose rows belong to one workshop through a `workshopId` index. Duplicating, deleting
 * and backing up a workshop walk this list, so a new table only needs to be added here.
 */
export const WORKSHOP_CHILD_TABLES: readonly string[] = ['actions'];
