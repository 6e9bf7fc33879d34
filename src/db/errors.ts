import { areWriteChecksLoaded, loadWriteChecks } from './write-checks';

/** Short error codes from the storage layer; src/i18n turns them into messages. */
export type StorageErrorCode =
  | 'storageFull'
  | 'databaseClosed'
  | 'databaseNewer'
  | 'upgradeBlocked'
  | 'notFound'
  | 'invalidInput'
  | 'overLimit'
  | 'writeFailed';

export class StorageError extends Error {
  readonly code: StorageErrorCode;
  /** The table and field refused, e.g. "workshops.strengths", for invalidInput and overLimit. */
  readonly field?: string;
  constructor(code: StorageErrorCode, cause?: unknown, field?: string) {
    super(field ? `${code}: ${field}` : code, { cause });
    this.code = code;
    this.field = field;
    this.name = 'StorageError';
  }
}

function errorName(error: unknown): string {
  if (error && typeof error === 'object' && 'name' in error) return String(error.name);
  return '';
}

/** Maps IndexedDB/Dexie failures to our codes; the original stays available as `cause`. */
export function toStorageError(error: unknown): StorageError {
  if (error instanceof StorageError) return error;
  const name = errorName(error);
  const inner =
    error && typeof error === 'object' && 'inner' in error ? errorName(error.inner) : '';
  if (name === 'QuotaExceededError' || inner === 'QuotaExceededError') {
    return new StorageError('storageFull', error);
  }
  if (name === 'DatabaseClosedError') return new StorageError('databaseClosed', error);
  if (name === 'VersionError' || inner === 'VersionError') {
    return new StorageError('databaseNewer', error);
  }
  return new StorageError('writeFailed', error);
}

/**
 * Runs a write and rethrows failures as StorageError. The record checks are loaded first, so
 * `checkRow` and `checkPatch` can be used anywhere inside the write.
 */
export async function guardWrite<T>(write: () => Promise<T>): Promise<T> {
  try {
    // Awaited only the first time: inside a transaction nothing else may be awaited.
    if (!areWriteChecksLoaded()) await loadWriteChecks();
    return await write();
  } catch (error) {
    throw toStorageError(error);
  }
}
