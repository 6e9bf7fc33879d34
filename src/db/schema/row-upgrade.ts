import type { Transaction } from 'dexie';
import type { TableName } from '../database';

/** A row as some schema version stored it: read raw, typed only once it is upgraded. */
export type StoredRow = Record<string, unknown>;

/**
 * What one schema version changes in the existing rows of one table, as data: the same
 * definition runs inside Dexie's `.upgrade()` and on rows held in memory (a snapshot written by
 * an older version, restored after an upgrade).
 */
export type RowUpgrade = {
  table: TableName;
  /** Fields a row lacks get these values (cloned); fields already there, even null, stay. */
  defaults?: Readonly<Record<string, unknown>>;
  /** A repair a plain default cannot express, run on each row after the defaults. */
  fix?: (row: StoredRow) => void;
};

export function upgradeRow(row: StoredRow, upgrade: RowUpgrade): void {
  for (const [field, value] of Object.entries(upgrade.defaults ?? {})) {
    if (!(field in row)) row[field] = structuredClone(value);
  }
  upgrade.fix?.(row);
}

/** Runs a version's row upgrades in the database, inside the upgrade transaction. */
export async function upgradeTables(tx: Transaction, upgrades: readonly RowUpgrade[]) {
  for (const upgrade of upgrades) {
    await tx
      .table(upgrade.table)
      .toCollection()
      .modify((row: StoredRow) => upgradeRow(row, upgrade));
  }
}
