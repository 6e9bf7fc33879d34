/**
 * What opening the database waits for. src/main.tsx sets it, before anything can open the
 * database, to the pre-upgrade snapshot's read of the old workshops: the shell renders at once,
 * but no screen's query can open (and upgrade) the database before that read is done. Imports
 * nothing, so the first load can set it without loading Dexie.
 */
let gate: Promise<void> = Promise.resolve();

export function holdDatabaseOpening(until: Promise<unknown>): void {
  gate = until.then(
    () => undefined,
    () => undefined,
  );
}

export const databaseMayOpen = (): Promise<void> => gate;
