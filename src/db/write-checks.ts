import type { RowOf, TableName } from './database';

type RecordChecks = typeof import('./record-schemas');

let loaded: RecordChecks | undefined;
let loading: Promise<RecordChecks> | undefined;

/**
 * Loads the record schemas. `guardWrite` awaits this before every write, so the checks below
 * can run synchronously inside a transaction (awaiting anything else there would end it).
 * The app also starts loading it as soon as the first screen is shown.
 */
export function loadWriteChecks(): Promise<RecordChecks> {
  loading ??= import('./record-schemas').then(
    (module) => (loaded = module),
    (error: unknown) => {
      loading = undefined; // the next write tries again
      throw error;
    },
  );
  return loading;
}

/** Whether the checks are in memory (then a write need not wait for anything first). */
export function areWriteChecksLoaded(): boolean {
  return loaded !== undefined;
}

function checks(): RecordChecks {
  if (!loaded) throw new Error('A write ran outside guardWrite, before the record checks loaded.');
  return loaded;
}

/** A whole record checked against its table's schema (texts cut, other limits refused). */
export function checkRow<T extends TableName>(table: T, row: RowOf<T>): RowOf<T> {
  return checks().checkRow(table, row);
}

/** The changed fields of a record, checked against its table's schema. */
export function checkPatch<T extends TableName>(
  table: T,
  patch: Partial<RowOf<T>>,
): Partial<RowOf<T>> {
  return checks().checkPatch(table, patch);
}
