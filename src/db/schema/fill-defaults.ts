import type { Transaction } from 'dexie';

type Row = Record<string, unknown>;

/**
 * Gives every row of `table` the fields it lacks, with their default values; fields already
 * there (even `null` or empty) are left alone. Defaults are cloned so no two rows share one
 * array. `alsoFix` runs on each row afterwards for repairs a plain default cannot express.
 */
export async function fillDefaults(
  tx: Transaction,
  table: string,
  defaults: Readonly<Record<string, unknown>>,
  alsoFix?: (row: Row) => void,
): Promise<void> {
  await tx
    .table(table)
    .toCollection()
    .modify((row: Row) => {
      for (const [field, value] of Object.entries(defaults)) {
        if (!(field in row)) row[field] = structuredClone(value);
      }
      alsoFix?.(row);
    });
}
