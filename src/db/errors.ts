/** Short error codes from the storage layer; src/i18n turns them into messages. */
export type StorageErrorCode =
  | 'storageFull'
  | 'databaseClosed'
  | 'databaseNewer'
  | 'upgradeBlocked'
  | 'notFound'
  | 'invalidInput'
  | 'writeFailed';

export class StorageError extends Error {
  readonly code: StorageErrorCode;
  constructor(code: StorageErrorCode, cause?: unknown) {
    super(code, { cause });
    this.code = code;
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

/** Runs a write and rethrows failures as StorageError. */
export async function guardWrite<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    throw toStorageError(error);
  }
}
